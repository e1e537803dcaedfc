using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

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

    /// <summary>Every field <see cref="Result(bool)"/> and <see cref="Comparison(bool)"/> fill with <see cref="Hostile"/> when asked.</summary>
    public static readonly IReadOnlyList<string> HostileFields =
    [
        "delta-name", "american-name", "small-name", "industry", "delta-handle", "component-name", "finding-rule",
        "finding-message", "ingest-file", "ingest-format", "rejects-file", "store-path",
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

    /// <summary>Airlines: Delta (1st), American Airlines (2nd), Small Air (too few mentions); ingests, findings.</summary>
    public static BenchmarkResult Result(bool hostile = false)
    {
        string Text(string field, string plain) => hostile ? Hostile(field) : plain;

        var industry = Text("industry", "Airlines");
        var delta = new RankedBrand(
            1,
            Brand("delta", Text("delta-name", "Delta"), industry, Text("delta-handle", "Delta")),
            Metrics("delta", 1200, 700, 20, 840, 14400, 0.61),
            Score(59.3, 71.2, 55.0, Text("component-name", "Speed")));
        var american = new RankedBrand(
            2,
            Brand("american-airlines", Text("american-name", "American Airlines"), industry, "AmericanAir"),
            Metrics("american-airlines", 900, 400, 10, 2760, 86400, 0.48, logIqr: 1.4),
            Score(44.9, 52.5, 30.0, Text("component-name", "Speed")));
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
            new ScoreOptions(),
            new DataWindow(
                new DateTimeOffset(2017, 10, 1, 0, 3, 11, TimeSpan.Zero),
                new DateTimeOffset(2017, 11, 30, 23, 58, 2, TimeSpan.Zero),
                new DateTimeOffset(2017, 12, 3, 23, 58, 2, TimeSpan.Zero)),
            ingests,
            new StoreTotals(Text("store-path", "/data/carebench.duckdb"), 2_811_774, 1_273_931, 1),
            [board],
            findings);
    }

    /// <summary>Delta vs American Airlines from <see cref="Result(bool)"/>, with response times.</summary>
    public static Comparison Comparison(bool hostile = false)
    {
        var result = Result(hostile);
        var ranked = result.Leaderboards[0].Ranked;
        return new Comparison(
            result,
            [ranked[0], ranked[1]],
            new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal)
            {
                ["delta"] = DeltaTimes,
                ["american-airlines"] = AmericanTimes,
            });
    }

    /// <summary>A comparison of the given brands (all in one industry leaderboard) with the given response times.</summary>
    public static Comparison Comparison(IReadOnlyList<RankedBrand> brands, IReadOnlyDictionary<string, IReadOnlyList<double>>? times = null)
    {
        var result = Result() with { Leaderboards = [new Leaderboard("Airlines", brands.Where(b => b.Rank is not null).ToList(), brands.Where(b => b.Rank is null).ToList(), 50)] };
        return new Comparison(result, brands, times ?? new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal));
    }
}
