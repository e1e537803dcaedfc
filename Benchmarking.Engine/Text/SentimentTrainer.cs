using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Trains the sentiment model: <c>FeaturizeText</c> (TF-IDF word uni- and bigrams, character trigrams, L2-normalised)
/// then SDCA maximum entropy with class-balanced example weights, on the training split of the airline set, with
/// <c>MLContext(seed)</c> and one thread so the same data and seed give the same model and held-out figures.
/// </summary>
internal static class SentimentTrainer
{
    public static (SentimentModel Model, SentimentEvaluation Evaluation) Train(SentimentTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var tweets = AirlineSentimentData.Read(options.DataPath);
        var train = tweets.Where(t => !AirlineSentimentData.IsHeldOut(t.TweetId, options.HoldOutPercent) && t.Confidence >= options.MinimumConfidence).ToList();
        var test = tweets.Where(t => AirlineSentimentData.IsHeldOut(t.TweetId, options.HoldOutPercent)).ToList();
        if (train.Count == 0 || test.Count == 0)
        {
            throw new TextModelException($"'{options.DataPath}' gives {train.Count} training and {test.Count} held-out tweets; both must be non-empty.");
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Balanced weights: each class contributes as much as the others (total weight = training size).
        var perClass = train.GroupBy(t => t.Label).ToDictionary(g => g.Key, g => g.Count());
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(train.Select(t => new SentimentRow
        {
            Text = SentimentText.Prepare(t.Text),
            Label = t.Label.ToName(),
            Weight = (float)(train.Count / (perClass.Count * (double)perClass[t.Label])),
        }));

        // The label mapping is fitted apart so the saved model needs only the text. Keys by value: negative, neutral,
        // positive — the order of the score vector.
        var keyed = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue).Fit(data).Transform(data);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(SentimentRow.Text))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                L2Regularization = options.L2Regularization,
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(SentimentRow.Weight),
            }));
        var transformer = pipeline.Fit(keyed);
        cancellationToken.ThrowIfCancellationRequested();

        var model = new SentimentModel(ml, transformer, data.Schema);
        var predicted = model.Predict(test.Select(t => t.Text).ToList());
        var pairs = test.Select((t, i) => (t.Label, predicted[i].Sentiment)).ToList();
        return (model, SentimentEvaluation.From(train.Count, pairs));
    }
}
