namespace Benchmarking.Engine.Text;

/// <summary>How <c>carebench train sentiment</c> rebuilds the model. Check with <see cref="Validate"/>.</summary>
public sealed record SentimentTrainingOptions
{
    /// <summary>The labelled Twitter US Airline Sentiment <c>Tweets.csv</c>.</summary>
    public string DataPath { get; init; } = Path.Combine("..", "shared", "data", "twitter-us-airline-sentiment", "Tweets.csv");

    /// <summary>
    /// Folder of the SemEval Twitter sentiment files: the 2013–2016 files are added to the training tweets and the
    /// SemEval-2017 test set is evaluated. Empty: the airline set alone.
    /// </summary>
    public string SemEvalFolder { get; init; } = Path.Combine("..", "shared", "data", "semeval-twitter-sentiment");

    /// <summary>
    /// Fit on the training tweets less a validation split (tweet-id hash 20–39) and evaluate on that split only: how
    /// the hyper-parameters and features were chosen, without looking at the evaluation sets. Default false.
    /// </summary>
    public bool ValidationOnly { get; init; }

    /// <summary>Seed of the ML.NET context. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Per cent of tweets held out for evaluation, chosen by a hash of the tweet id. Default 20.</summary>
    public int HoldOutPercent { get; init; } = 20;

    /// <summary>
    /// L2 regularisation of the SDCA maximum-entropy trainer. Default 1e-5, chosen on a validation split carved from
    /// the training split (never on the held-out tweets).
    /// </summary>
    public float L2Regularization { get; init; } = 1e-5f;

    /// <summary>
    /// L1 regularisation of the SDCA trainer. Default 0: ML.NET's own default zeroed all but a few thousand weights and
    /// cost ≈ 0.015 validation macro-F1 on both sets once the SemEval tweets were added.
    /// </summary>
    public float L1Regularization { get; init; }

    /// <summary>
    /// Example weight of an airline (customer-care) tweet relative to a SemEval tweet, on top of the class balancing.
    /// Default 2: on the validation split it kept the airline figures of the airline-only model (macro-F1 0.756
    /// against 0.747 at 1) at no cost on SemEval (0.634 at both).
    /// </summary>
    public double AirlineWeight { get; init; } = 2.0;

    /// <summary>
    /// Added to the negative class's bias (a log-odds offset) after fitting. The class-balanced weights leave the model
    /// calling too few posts negative in customer care; default 0.5, chosen on the validation split (offsets −1 … 1 for
    /// negative against neutral and against positive in steps of 0.1, best mean macro-F1 of the two domains; an
    /// optimum chosen on one half of the split raised airline macro-F1 on the other half by 0.016–0.030).
    /// </summary>
    public double NegativeOffset { get; init; } = 0.5;

    /// <summary>
    /// The feature vector has 2^<see cref="Bits"/> hashed buckets (<see cref="SentimentFeaturizer"/>). Default 18
    /// (262,144 buckets), chosen on the validation split: 16, 19 and 20 bits scored the same within ±0.001 macro-F1,
    /// and 18 keeps the dense weights (3 MB) small enough to stay in cache while scoring.
    /// </summary>
    public int Bits { get; init; } = 18;

    /// <summary>
    /// Training tweets whose crowd confidence is below this are left out (noisy labels); the held-out split is always
    /// evaluated whole. Default 0.65.
    /// </summary>
    public double MinimumConfidence { get; init; } = 0.65;

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DataPath))
        {
            problems.Add("the labelled data path is empty");
        }

        if (HoldOutPercent is < 1 or > 50)
        {
            problems.Add($"held-out share must be 1–50 per cent (was {HoldOutPercent})");
        }

        if (!(L2Regularization >= 0) || float.IsInfinity(L2Regularization))
        {
            problems.Add("L2 regularisation must be a finite number ≥ 0");
        }

        if (!(L1Regularization >= 0) || float.IsInfinity(L1Regularization))
        {
            problems.Add("L1 regularisation must be a finite number ≥ 0");
        }

        if (!(AirlineWeight > 0) || double.IsInfinity(AirlineWeight))
        {
            problems.Add("the airline weight must be a finite number > 0");
        }

        if (!double.IsFinite(NegativeOffset) || Math.Abs(NegativeOffset) > 5)
        {
            problems.Add("the negative-class offset must be a finite number between −5 and 5");
        }

        if (Bits is < 8 or > 24)
        {
            problems.Add($"feature bits must be 8–24 (was {Bits})");
        }

        if (MinimumConfidence is < 0 or > 1 || double.IsNaN(MinimumConfidence))
        {
            problems.Add($"minimum label confidence must be 0–1 (was {MinimumConfidence})");
        }

        return problems;
    }
}
