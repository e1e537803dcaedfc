using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

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

    public static BenchmarkResult Result()
    {
        var delta = Ranked(1, Brand("delta", "Delta Air Lines"), 81.25, 420, 0.9, 840);
        var american = Ranked(2, Brand("american-airlines", "American Airlines"), 64.5, 380, 0.75, 5400);
        var odd = Ranked(null, Brand("odd", "Odd [Brand]"), 40, 12, 0.5, 200_000);
        var apple = Ranked(1, Brand("apple", "Apple", "tech"), 70, 900, 0.6, 45);
        return new BenchmarkResult(
            ManualTimeProvider.DefaultNow,
            new MetricsOptions(),
            new ScoreOptions(),
            new DataWindow(new DateTimeOffset(2017, 10, 1, 0, 5, 0, TimeSpan.Zero), new DateTimeOffset(2017, 11, 30, 23, 59, 0, TimeSpan.Zero), new DateTimeOffset(2017, 12, 1, 0, 0, 0, TimeSpan.Zero)),
            [Ingest("/tmp/twcs.csv")],
            new StoreTotals("/tmp/out/carebench.duckdb", 5000, 2100, 1),
            [new Leaderboard("airlines", [delta, american], [odd], 50), new Leaderboard("tech", [apple], [], 50)],
            [
                new Finding(FindingSeverity.Info, "pending-mentions", null, 4, "4 mentions are younger than the answer window and were left out of the rates."),
                new Finding(FindingSeverity.Warning, "reply-before-mention", "delta", 1, "1 brand reply is timed before the mention it answers."),
            ]);
    }
}
