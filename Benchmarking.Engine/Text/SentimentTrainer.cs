using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Trains the sentiment model: <see cref="SentimentFeaturizer"/> vectors (hashed word uni- and bigrams and character
/// 3–5-grams, a lexicon block, 1 + ln tf, L2-normalised) fed to ML.NET's SDCA maximum entropy with class-balanced
/// example weights and a fixed offset added to the negative class's bias afterwards, on the
/// training split of the airline set plus the SemEval 2013–2016 tweets (less every tweet whose normalised text is in an
/// evaluation set), with <c>MLContext(seed)</c> and one thread so the same data and seed give the same
/// model and held-out figures. The fitted weights and biases are copied into a <see cref="SentimentModel"/>, which
/// scores without ML.NET; every training checks that its probabilities equal ML.NET's on the held-out tweets.
/// </summary>
internal static class SentimentTrainer
{
    /// <summary>Largest difference in a class probability tolerated between ML.NET's scoring and ours.</summary>
    internal const double AgreementTolerance = 1e-4;

    /// <summary>Name of the airline held-out evaluation set.</summary>
    public const string AirlineHeldOut = "airline-held-out";

    /// <summary>Name of the SemEval-2017 test set.</summary>
    public const string SemEval2017Test = "semeval-2017-test";

    /// <summary>Name of the validation split (<see cref="SentimentTrainingOptions.ValidationOnly"/>).</summary>
    public const string Validation = "validation";

    public static SentimentTrainingResult Train(SentimentTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var airline = AirlineSentimentData.Read(options.DataPath);
        var tests = new List<KeyValuePair<string, IReadOnlyList<LabelledTweet>>>
        {
            new(AirlineHeldOut, airline.Where(t => AirlineSentimentData.IsHeldOut(t.TweetId, options.HoldOutPercent)).ToList()),
        };
        var pool = airline.Where(t => !AirlineSentimentData.IsHeldOut(t.TweetId, options.HoldOutPercent) && t.Confidence >= options.MinimumConfidence).ToList();
        if (!string.IsNullOrEmpty(options.SemEvalFolder))
        {
            tests.Add(new(SemEval2017Test, SemEvalSentimentData.ReadTest2017(options.SemEvalFolder)));
            pool.AddRange(SemEvalSentimentData.ReadTraining(options.SemEvalFolder, out _));
        }

        // No evaluation tweet may be trained on, even under another id (retweets, copies across the SemEval years):
        // compare normalised texts, which ignore handles, links, case and spacing.
        var buffer = new SentimentFeatureBuffer();
        string Key(string text)
        {
            buffer.EnsureCapacity(text.Length);
            return new string(buffer.Chars, 0, SentimentFeaturizer.Normalize(text, buffer.Chars));
        }

        var seen = tests.SelectMany(t => t.Value).Select(t => Key(t.Text)).ToHashSet(StringComparer.Ordinal);
        var train = pool.Where(t => seen.Add(Key(t.Text))).ToList();
        var duplicates = pool.Count - train.Count;
        if (options.ValidationOnly)
        {
            // Hyper-parameters are chosen here, never on the evaluation sets: tweets whose id hash falls in 20–39.
            var validation = train.Where(t => IsValidation(t.TweetId)).ToList();
            tests = [new(Validation + "-airline", validation.Where(t => t.Airline).ToList()), new(Validation + "-semeval", validation.Where(t => !t.Airline).ToList())];
            train = train.Where(t => !IsValidation(t.TweetId)).ToList();
        }

        if (train.Count == 0 || tests.Any(t => t.Value.Count == 0))
        {
            throw new TextModelException($"'{options.DataPath}' gives {train.Count} training tweets and an empty evaluation set; both must be non-empty.");
        }

        var model = Fit(train, tests[0].Value, options, cancellationToken);
        var evaluations = tests.Select(t =>
        {
            var predicted = model.Predict(t.Value.Select(x => x.Text).ToList());
            return new KeyValuePair<string, SentimentEvaluation>(t.Key, SentimentEvaluation.From(t.Value.Select((x, i) => (x.Label, predicted[i].Sentiment)).ToList()));
        }).ToList();
        var validated = model.WithValidation([.. evaluations.Select(e => new SentimentValidation(e.Key, e.Key != SemEval2017Test, e.Value.Confusion))]);
        return new SentimentTrainingResult(validated, train.Count, duplicates, evaluations);
    }

    private static bool IsValidation(string tweetId) =>
        !AirlineSentimentData.IsHeldOut(tweetId, 20) && AirlineSentimentData.IsHeldOut(tweetId, 40);

    /// <summary>
    /// Fits the model on <paramref name="train"/> and checks on <paramref name="check"/> that the exported weights score
    /// exactly as ML.NET does (within <see cref="AgreementTolerance"/>).
    /// </summary>
    /// <exception cref="TextModelException">A class is missing from the training tweets, or the scorings disagree.</exception>
    internal static SentimentModel Fit(IReadOnlyList<LabelledTweet> train, IReadOnlyList<LabelledTweet> check, SentimentTrainingOptions options, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bits = options.Bits;
        var length = 1 << bits;
        var buffer = new SentimentFeatureBuffer();
        VBuffer<float> Vector(string text)
        {
            var count = SentimentFeaturizer.FeaturizeSorted(text, bits, buffer);
            return new VBuffer<float>(length, count, buffer.Values.AsSpan(0, count).ToArray(), buffer.Indices.AsSpan(0, count).ToArray());
        }

        // Balanced weights: each class contributes as much as the others (total weight = training size).
        var perClass = train.GroupBy(t => t.Label).ToDictionary(g => g.Key, g => g.Count());
        if (perClass.Count != 3)
        {
            throw new TextModelException($"The training tweets hold {perClass.Count} of the 3 classes; each of negative, neutral and positive is needed.");
        }

        var ml = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(SentimentRow));
        schema[nameof(SentimentRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        var rows = train.Select(t => new SentimentRow
        {
            Features = Vector(t.Text),
            Label = t.Label.ToName(),
            Weight = (float)(train.Count / (perClass.Count * (double)perClass[t.Label]) * (t.Airline ? options.AirlineWeight : 1.0)),
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, schema);

        // Keys by value: negative, neutral, positive — the order of the score vector and of the exported classes.
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Label", keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                FeatureColumnName = nameof(SentimentRow.Features),
                L2Regularization = options.L2Regularization,
                L1Regularization = options.L1Regularization,
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(SentimentRow.Weight),
            }));
        var transformer = pipeline.Fit(data);
        cancellationToken.ThrowIfCancellationRequested();

        var parameters = transformer.LastTransformer.Model;
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        var biases = parameters.GetBiases().ToArray();
        if (classes != 3 || biases.Length != 3)
        {
            throw new TextModelException($"ML.NET returned {classes} classes; expected 3.");
        }

        var weights = new float[3 * length];
        for (var k = 0; k < 3; k++)
        {
            var b = 0;
            foreach (var value in classWeights[k].DenseValues())
            {
                weights[(3 * b) + k] = value;
                b++;
            }
        }

        CheckAgreement(ml, transformer, schema, new SentimentModel(bits, weights, biases), check, Vector);

        // The decision offset is applied after the agreement check: ML.NET's scores know nothing of it.
        biases[0] += (float)options.NegativeOffset;
        return new SentimentModel(bits, weights, biases);
    }

    private static void CheckAgreement(MLContext ml, ITransformer transformer, SchemaDefinition schema, SentimentModel model, IReadOnlyList<LabelledTweet> check, Func<string, VBuffer<float>> vector)
    {
        var view = ml.Data.LoadFromEnumerable(check.Select(t => new SentimentRow { Features = vector(t.Text), Label = t.Label.ToName() }), schema);
        var buffer = new SentimentFeatureBuffer();
        Span<double> ours = stackalloc double[3];
        var worst = 0.0;
        var i = 0;
        foreach (var theirs in transformer.Transform(view).GetColumn<float[]>("Score"))
        {
            model.Probabilities(check[i++].Text, buffer, ours);
            for (var k = 0; k < 3; k++)
            {
                worst = Math.Max(worst, Math.Abs(ours[k] - theirs[k]));
            }
        }

        if (worst > AgreementTolerance)
        {
            throw new TextModelException($"The exported weights score differently from ML.NET (largest probability difference {worst:G3} > {AgreementTolerance:G1}); the model was not written.");
        }
    }
}
