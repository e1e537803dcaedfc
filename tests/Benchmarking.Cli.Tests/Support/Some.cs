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

namespace Benchmarking.Cli.Tests.Support;

/// <summary>Hand-built engine results, so the printing is tested without a store.</summary>
internal static class Some
{
    public static Brand Brand(string id, string name, string industry = "airlines") =>
        new(id, name, industry, [new BrandHandle(Platform.Twitter, name.Replace(" ", string.Empty, StringComparison.Ordinal))]);

    public static RankedBrand Ranked(int? rank, Brand brand, double score, long mentions, double? responseRate, double? medianSeconds) =>
        new(rank, brand,
            new BrandMetrics(brand.Id, mentions, (long)(mentions * (responseRate ?? 0)), 2, mentions - 2 - (long)(mentions * (responseRate ?? 0)), responseRate,
                new ResponseTimeStats(mentions, medianSeconds, medianSeconds * 1.5, null, null, medianSeconds / 2, medianSeconds * 3, medianSeconds * 10),
                0.8, 0.25, 0.5, 0.75, 1, mentions),
            new CareScore(score,
            [
                new ComponentScore("responsiveness", "Responsiveness", 100 * (responseRate ?? 0), 0.4),
                new ComponentScore("speed", "Speed", score * 0.9, 0.4),
                new ComponentScore("consistency", "Consistency", 60, 0.2),
            ]));

    public static IngestSummary Ingest(string file) =>
        new(file, "twcs", 5000, 4997, 4990, 7, 3,
            new Dictionary<RejectReason, long> { [RejectReason.BadTimestamp] = 2, [RejectReason.IdInScientificNotation] = 1 },
            "/tmp/out/rejects/twcs.rejects.csv",
            [
                new RejectedRow(file, 12, 13, "created_at", RejectReason.BadTimestamp, "yesterday"),
                new RejectedRow(file, 40, 41, "tweet_id", RejectReason.IdInScientificNotation, "5.70E+17"),
            ]);

    /// <summary>The methodology of <see cref="Result"/>, pinned so the snapshots do not follow the engine's defaults.</summary>
    public static ScoreOptions Options { get; } = new()
    {
        Version = "2.0",
        Weights = new Dictionary<string, double>(StringComparer.Ordinal) { ["responsiveness"] = 0.4, ["speed"] = 0.4, ["consistency"] = 0.2 },
        Normalisation = ScoreNormalisation.Absolute,
        BootstrapResamples = 200,
        Seed = 20171031,
        MinimumMentions = 50,
    };

    /// <summary>
    /// Airlines (Delta Air Lines and American Airlines ranked and statistically tied, with intervals; Odd [Brand] with
    /// too few mentions) and tech (Apple, without intervals).
    /// </summary>
    public static BenchmarkResult Result()
    {
        var delta = Ranked(1, Brand("delta", "Delta Air Lines"), 81.25, 420, 0.9, 840) with
        {
            Uncertainty = new ScoreUncertainty(200, 20171031, new ConfidenceInterval(0.87, 0.93), new ConfidenceInterval(600, 1100), new ConfidenceInterval(74.1, 86.0), 1, 2),
            TieGroup = 1,
            TieRank = 1,
        };
        delta = delta with { Metrics = delta.Metrics with { Survival = new SurvivalShares(0.25, 0.532, 0.75) } };
        var american = Ranked(2, Brand("american-airlines", "American Airlines"), 64.5, 380, 0.75, 5400) with
        {
            Uncertainty = new ScoreUncertainty(200, 20171031, new ConfidenceInterval(0.7, 0.8), new ConfidenceInterval(4000, 7000), new ConfidenceInterval(60.0, 76.2), 1, 2),
            TieGroup = 1,
            TieRank = 1,
        };
        var odd = Ranked(null, Brand("odd", "Odd [Brand]"), 40, 12, 0.5, 200_000);
        var apple = Ranked(1, Brand("apple", "Apple", "tech"), 70, 900, 0.6, 45);
        return new BenchmarkResult(
            ManualTimeProvider.DefaultNow,
            new MetricsOptions(),
            Options,
            new DataWindow(new DateTimeOffset(2017, 10, 1, 0, 5, 0, TimeSpan.Zero), new DateTimeOffset(2017, 11, 30, 23, 59, 0, TimeSpan.Zero), new DateTimeOffset(2017, 12, 1, 0, 0, 0, TimeSpan.Zero)),
            [Ingest("/tmp/twcs.csv")],
            new StoreTotals("/tmp/out/carebench.duckdb", 5000, 2100, 1),
            [new Leaderboard("airlines", [delta, american], [odd], 50), new Leaderboard("tech", [apple], [], 50)],
            [
                new Finding(FindingSeverity.Info, "pending-mentions", null, 4, "4 mentions are younger than the answer window and were left out of the rates."),
                new Finding(FindingSeverity.Warning, "reply-before-mention", "delta", 1, "1 brand reply is timed before the mention it answers."),
            ]);
    }

    /// <summary>Delta Air Lines vs American Airlines with the pair's tests and score explanation.</summary>
    public static Comparison Comparison()
    {
        var result = Result();
        var (delta, american) = (result.Leaderboards[0].Ranked[0], result.Leaderboards[0].Ranked[1]);
        var times = new MannWhitneyResult(378, 285, 40_000, -3.4, 0.0007, 0.257, 0.6285);
        var rates = new TwoProportionResult(378, 418, 285, 378, 378.0 / 418, 285.0 / 378, (378.0 / 418) - (285.0 / 378), 5.6, 0.00000002, new ConfidenceInterval(0.098, 0.2), 0.42);
        var logRank = new LogRankResult(420, 380, 378, 330.2, 285, 332.8, 120.5, 18.96, 0.0000134);
        var pair = new PairwiseComparison("delta", "american-airlines", times, rates, logRank,
            [Verdict.ResponseRates(delta.Brand.Name, american.Brand.Name, rates), Verdict.ResponseTimes(delta.Brand.Name, american.Brand.Name, times), Verdict.TimeToResponse(delta.Brand.Name, american.Brand.Name, logRank)]);
        return new Comparison(result, [delta, american], new Dictionary<string, IReadOnlyList<double>>(), [pair], [Explanation(delta, american)]);
    }

    /// <summary>A's lead over B by component, largest first, with a plain summary.</summary>
    public static ScoreExplanation Explanation(RankedBrand a, RankedBrand b)
    {
        var contributions = a.Score.Components
            .Select(c => new ComponentContribution(c.Id, c.Name, c.Weight, c.Score, b.Score.Components.Single(x => x.Id == c.Id).Score))
            .OrderByDescending(c => Math.Abs(c.Points))
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        var top = contributions[0];
        return new ScoreExplanation(a, b, contributions, string.Create(CultureInfo.InvariantCulture, $"{a.Brand.Name} ranks above {b.Brand.Name} mainly because of {top.Id}: +{top.Points:0.0} points."));
    }
}
