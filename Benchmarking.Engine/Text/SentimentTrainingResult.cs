namespace Benchmarking.Engine.Text;

/// <summary>What <see cref="TextModels.TrainSentiment"/> produced: the model and how it does on every evaluation set.</summary>
/// <param name="Model">The fitted model (its file also records <see cref="Evaluations"/>' confusion matrices).</param>
/// <param name="TrainCount">Labelled tweets trained on.</param>
/// <param name="DuplicatesRemoved">Training tweets dropped because their normalised text equals an evaluation tweet's or an earlier training tweet's.</param>
/// <param name="Evaluations">Evaluation set name → figures, in a fixed order.</param>
public sealed record SentimentTrainingResult(
    SentimentModel Model,
    int TrainCount,
    int DuplicatesRemoved,
    IReadOnlyList<KeyValuePair<string, SentimentEvaluation>> Evaluations);
