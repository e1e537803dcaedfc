using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// Hand-made engine results for report tests (no store involved). Every user-text field can be replaced by a hostile
/// string naming the field, so encoding tests can check each field separately.
/// </summary>
internal static class Some
{
    public static readonly DateTimeOffset GeneratedAt = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Delta's first-response times in seconds.</summary>
    public static readonly IReadOnlyList<double> DeltaTimes = [45, 120, 600, 900, 900, 1800, 3600, 7200, 86400];

    /// <summary>American Airlines' first-response times in seconds.</summary>
    public static readonly IReadOnlyList<double> AmericanTimes = [300, 3600, 3600, 14400, 172800];

    /// <summary>A string that breaks out of HTML text, attributes and Markdown if not encoded, ending with the field's name.</summary>
    public static string Hostile(string field) =>
        $"<script>alert(1)</script>\"onerror=alert(1) <img src=x onerror=alert(1)> ' & | *{field}*";

    /// <summary>Every field <see cref="Result(bool, bool)"/> and <see cref="Comparison(bool, bool)"/> fill with <see cref="Hostile"/> when asked.</summary>
    public static readonly IReadOnlyList<string> HostileFields =
    [
        "delta-name", "american-name", "small-name", "industry", "delta-handle", "component-name", "finding-rule",
        "finding-message", "ingest-file", "ingest-format", "rejects-file", "store-path", "verdict", "explanation-summary",
    ];

    public static Brand Brand(string id, string name, string industry, string handle) =>
        new(id, name, industry, [new BrandHandle(Platform.Twitter, handle)]);

    public static BrandMetrics Metrics(
        string brandId, long mentions, long answered, long pending, double? median, double? p90, double? within1Hour, double? logIqr = 0.9)
    {
        var decided = mentions - pending;
        return new BrandMetrics(
            brandId,
            mentions,
            answered,
            pending,
            decided - answered,
            decided > 0 ? (double)answered / decided : null,
            new ResponseTimeStats(answered, median, median * 1.6, median * median * 4, median * 2, median / 3, median * 2.5, p90),
            logIqr,
            within1Hour / 3,
            within1Hour,
            within1Hour is { } w ? Math.Min(1.0, w * 1.4) : null,
            RepliesBeforeMention: 3,
            BrandReplies: answered + 17);
    }

    public static CareScore Score(double responsiveness, double speed, double consistency, string componentName = "Speed") =>
        Score(
            new ComponentScore("responsiveness", "Responsiveness", responsiveness, 0.4),
            new ComponentScore("speed", componentName, speed, 0.4),
            new ComponentScore("consistency", "Consistency", consistency, 0.2));

    public static CareScore Score(params ComponentScore[] components) => new(components.Sum(c => c.Points), components);

    /// <summary>
    /// Airlines: Delta (1st), American Airlines (2nd), Small Air (too few mentions); ingests, findings. With
    /// <paramref name="inference"/> (methodology v2), the ranked brands carry bootstrap intervals and are statistically
    /// tied, and Delta's Kaplan–Meier shares differ from its naive ones within 1 h and 24 h.
    /// </summary>
    public static BenchmarkResult Result(bool hostile = false, bool inference = true)
    {
        string Text(string field, string plain) => hostile ? Hostile(field) : plain;

        var industry = Text("industry", "Airlines");
        var delta = new RankedBrand(
            1,
            Brand("delta", Text("delta-name", "Delta"), industry, Text("delta-handle", "Delta")),
            Metrics("delta", 1200, 700, 20, 840, 14400, 0.61),
            Score(59.3, 71.2, 55.0, Text("component-name", "Speed")));
        if (inference)
        {
            delta = delta with
            {
                Metrics = delta.Metrics with { Survival = new SurvivalShares(0.61 / 3, 0.628, 0.87) },
                Uncertainty = new ScoreUncertainty(200, 20171031, new ConfidenceInterval(0.565, 0.62), new ConfidenceInterval(700, 1020), new ConfidenceInterval(58.1, 68.0), 1, 2),
                TieGroup = 1,
                TieRank = 1,
            };
        }

        var american = new RankedBrand(
            2,
            Brand("american-airlines", Text("american-name", "American Airlines"), industry, "AmericanAir"),
            Metrics("american-airlines", 900, 400, 10, 2760, 86400, 0.48, logIqr: 1.4),
            Score(44.9, 52.5, 30.0, Text("component-name", "Speed")));
        if (inference)
        {
            american = american with
            {
                Metrics = american.Metrics with { Survival = new SurvivalShares(0.16, 0.48, 0.672) },
                Uncertainty = new ScoreUncertainty(200, 20171031, new ConfidenceInterval(0.416, 0.482), new ConfidenceInterval(2100, 3500), new ConfidenceInterval(40.2, 59.0), 1, 2),
                TieGroup = 1,
                TieRank = 1,
            };
        }

        var small = new RankedBrand(
            null,
            Brand("small-air", Text("small-name", "Small Air"), industry, "SmallAirHelp"),
            Metrics("small-air", 12, 3, 0, 300, 900, 0.25),
            Score(25.0, 90.0, 80.0, Text("component-name", "Speed")));
        var board = new Leaderboard(industry, [delta, american], [small], 50);

        var file = Text("ingest-file", "/data/twcs/sample.csv");
        IngestSummary[] ingests =
        [
            new(
                file,
                Text("ingest-format", "twcs"),
                Read: 5000,
                Accepted: 4998,
                NewPosts: 4000,
                AlreadyStored: 998,
                Rejected: 2,
                new Dictionary<RejectReason, long> { [RejectReason.BadTimestamp] = 1, [RejectReason.IdInScientificNotation] = 1 },
                Text("rejects-file", "/data/twcs/sample.rejects.csv"),
                [new RejectedRow(file, 17, 18, "created_at", RejectReason.BadTimestamp, "yesterday")]),
        ];
        Finding[] findings =
        [
            new(FindingSeverity.Warning, Text("finding-rule", "reply-before-mention"), "delta", 3, Text("finding-message", "3 brand replies are timed before the mention they answer; they are excluded from response times.")),
            new(FindingSeverity.Info, "thin-data", "small-air", 12, "Small Air has 12 mentions, fewer than the 50 needed to be ranked."),
            new(FindingSeverity.Error, "clock-skew", null, 41, "41 posts have timestamps in the future; they are excluded."),
        ];

        return new BenchmarkResult(
            GeneratedAt,
            new MetricsOptions(),
            Options(inference),
            new DataWindow(
                new DateTimeOffset(2017, 10, 1, 0, 3, 11, TimeSpan.Zero),
                new DateTimeOffset(2017, 11, 30, 23, 58, 2, TimeSpan.Zero),
                new DateTimeOffset(2017, 12, 3, 23, 58, 2, TimeSpan.Zero)),
            ingests,
            new StoreTotals(Text("store-path", "/data/carebench.duckdb"), 2_811_774, 1_273_931, 1),
            [board],
            findings);
    }

    /// <summary>
    /// The methodology of <see cref="Result(bool, bool)"/>, pinned here so the snapshots do not follow the engine's
    /// defaults: v2.0 with a 200-replicate bootstrap, or v1.0 without one; weights matching <see cref="Score(double, double, double, string)"/>.
    /// </summary>
    public static ScoreOptions Options(bool inference = true) => new()
    {
        Version = inference ? "2.0" : "1.0",
        Weights = new Dictionary<string, double>(StringComparer.Ordinal) { ["responsiveness"] = 0.4, ["speed"] = 0.4, ["consistency"] = 0.2 },
        Normalisation = ScoreNormalisation.Absolute,
        BootstrapResamples = inference ? 200 : 0,
        Seed = 20171031,
        TieConfidence = 0.95,
        MinimumMentions = 50,
    };

    /// <summary>
    /// Delta vs American Airlines from <see cref="Result(bool, bool)"/>, with response times; with
    /// <paramref name="inference"/>, the pair's statistical tests and score explanation as well.
    /// </summary>
    public static Comparison Comparison(bool hostile = false, bool inference = true)
    {
        var result = Result(hostile, inference);
        var ranked = result.Leaderboards[0].Ranked;
        var (delta, american) = (ranked[0], ranked[1]);
        var comparison = new Comparison(
            result,
            [delta, american],
            new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal)
            {
                ["delta"] = DeltaTimes,
                ["american-airlines"] = AmericanTimes,
            });
        if (!inference)
        {
            return comparison;
        }

        var times = new MannWhitneyResult(700, 400, 112_000, -4.12, 0.00004, 0.2, 0.6);
        var rates = new TwoProportionResult(700, 1180, 400, 890, 700.0 / 1180, 400.0 / 890, (700.0 / 1180) - (400.0 / 890), 6.5, 1e-10, new ConfidenceInterval(0.1003, 0.1856), 0.2887);
        var logRank = new LogRankResult(1200, 900, 700, 610.5, 400, 489.5, 250.3, 31.99, 1.5e-8);
        var (a, b) = (delta.Brand.Name, american.Brand.Name);
        string[] verdicts =
        [
            hostile ? Hostile("verdict") : Verdict.ResponseTimes(a, b, times),
            Verdict.ResponseRates(a, b, rates),
            Verdict.TimeToResponse(a, b, logRank),
        ];
        var pair = new PairwiseComparison("delta", "american-airlines", times, rates, logRank, verdicts);
        return comparison with { Pairs = [pair], Explanations = [Explanation(delta, american, hostile ? Hostile("explanation-summary") : null)] };
    }

    /// <summary>A's lead over B by component, largest first, with the given summary or a plain one.</summary>
    public static ScoreExplanation Explanation(RankedBrand a, RankedBrand b, string? summary = null)
    {
        var contributions = a.Score.Components
            .Select(c => new ComponentContribution(c.Id, c.Name, c.Weight, c.Score, b.Score.Components.Single(x => x.Id == c.Id).Score))
            .OrderByDescending(c => Math.Abs(c.Points))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var top = contributions[0];
        return new ScoreExplanation(a, b, contributions, summary ?? string.Create(CultureInfo.InvariantCulture, $"{a.Brand.Name} ranks above {b.Brand.Name} mainly because of {top.Id}: +{top.Points:0.0} points."));
    }

    /// <summary>A comparison of the given brands (all in one industry leaderboard) with the given response times.</summary>
    public static Comparison Comparison(IReadOnlyList<RankedBrand> brands, IReadOnlyDictionary<string, IReadOnlyList<double>>? times = null)
    {
        var result = Result() with { Leaderboards = [new Leaderboard("Airlines", brands.Where(b => b.Rank is not null).ToList(), brands.Where(b => b.Rank is null).ToList(), 50)] };
        return new Comparison(result, brands, times ?? new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal));
    }
}
