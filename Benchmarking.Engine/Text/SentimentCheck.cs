namespace Benchmarking.Engine.Text;

/// <summary>How the sentiment model did on a labelled file (<see cref="TextModels.EvaluateSentiment"/>).</summary>
/// <param name="Evaluation">Accuracy, macro-F1 (with 95% bootstrap intervals), per-class figures and the confusion matrix.</param>
/// <param name="Skipped">Rows of the file not evaluated (filtered out or without a label), counted.</param>
/// <param name="Estimated">The class shares corrected for the model's recorded validation (<see cref="ShareEstimator"/>); null when the model records no validation.</param>
public sealed record SentimentCheck(SentimentEvaluation Evaluation, int Skipped, ShareEstimate? Estimated);
