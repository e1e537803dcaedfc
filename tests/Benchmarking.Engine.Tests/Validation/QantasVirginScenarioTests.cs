using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Simulation;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Validation;

/// <summary>
/// The shipped synthetic scenario <c>data/scenario-qantas-virgin.csv</c>: it is exactly what the seeded generator writes,
/// and the comparison on it shows who wins where and whether the scores are distinguishable.
/// </summary>
public sealed class QantasVirginScenarioTests
{
    /// <summary>Set to 1 to (re)write the scenario files in <c>data/</c> from the generator.</summary>
    public const string WriteVariable = "CAREBENCH_WRITE_SCENARIOS";

    private static SimulationFiles Shipped => SimulationFiles.For(Path.Combine(TestPaths.RepoRoot, "data", Scenarios.QantasVirginStem + ".csv"));

    [Fact]
    public void The_shipped_files_are_what_the_generator_writes()
    {
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Scenarios.QantasVirgin().WriteFiles(Shipped);
        }

        using var temp = new TempDir();
        var fresh = SimulationFiles.For(temp.File(Scenarios.QantasVirginStem + ".csv"));
        Scenarios.QantasVirgin().WriteFiles(fresh);

        foreach (var (shipped, generated) in new[] { (Shipped.Csv, fresh.Csv), (Shipped.Truth, fresh.Truth), (Shipped.Registry, fresh.Registry) })
        {
            Assert.True(File.Exists(shipped), $"{shipped} is missing: run the tests with {WriteVariable}=1 to write it.");
            Assert.True(File.ReadAllBytes(shipped).AsSpan().SequenceEqual(File.ReadAllBytes(generated)), $"{Path.GetFileName(shipped)} differs from the generator's output.");
        }
    }

    [Fact]
    public void The_comparison_shows_where_each_airline_wins_and_whether_the_scores_differ()
    {
        using var temp = new TempDir();
        var registry = BrandRegistry.Load(Shipped.Registry);
        using var benchmark = CareBenchmark.Open(temp.File("store.duckdb"), registry);
        var ingest = benchmark.Ingest(Shipped.Csv, new IngestOptions { RejectsDirectory = temp.File("rejects") });
        var result = benchmark.Evaluate(new MetricsOptions(), new ScoreOptions(), [ingest]);
        var qantas = registry.FindById("qantas")!;
        var virgin = registry.FindById("virgin-australia")!;

        var comparison = benchmark.Compare(result, [qantas, virgin]);
        var explanation = CareBenchmark.Explain(result, virgin, qantas);

        var board = Assert.Single(result.Leaderboards);
        var q = board.Ranked.Single(b => b.Brand.Id == "qantas");
        var v = board.Ranked.Single(b => b.Brand.Id == "virgin-australia");
        Assert.InRange(q.Metrics.Mentions, 1000, 3000);
        Assert.InRange(v.Metrics.Mentions, 1000, 3000);

        // The published response rates lie inside the bootstrap intervals.
        Assert.True(q.Uncertainty!.ResponseRate!.Value.Contains(0.1385), $"Qantas rate interval {q.Uncertainty.ResponseRate}");
        Assert.True(v.Uncertainty!.ResponseRate!.Value.Contains(0.2613), $"Virgin rate interval {v.Uncertainty.ResponseRate}");

        // The published means: ≈ 6 h and ≈ 2 h (sample means of a few hundred answers; ±20%).
        Assert.InRange(q.Metrics.FirstResponse.MeanSeconds!.Value, 0.8 * 6 * 3600, 1.2 * 6 * 3600);
        Assert.InRange(v.Metrics.FirstResponse.MeanSeconds!.Value, 0.8 * 2 * 3600, 1.2 * 2 * 3600);

        double Component(Engine.Ranking.RankedBrand brand, string id) => brand.Score.Components.Single(c => c.Id == id).Score;
        Assert.True(Component(q, "consistency") > Component(v, "consistency"), "consistency favours Qantas (low variability)");
        Assert.True(Component(v, "responsiveness") > Component(q, "responsiveness"), "responsiveness favours Virgin");
        Assert.True(Component(v, "speed") > Component(q, "speed"), "speed favours Virgin");
        Assert.True(Component(v, "sla") > Component(q, "sla"), "SLA attainment favours Virgin");

        // The explanation names the components and decomposes the difference exactly.
        Assert.Equal(["consistency", "responsiveness", "sla", "speed"], explanation.Contributions.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(explanation.Difference, explanation.Contributions.Sum(c => c.Points), 9);
        Assert.StartsWith("Virgin Australia ranks above Qantas mainly because of ", explanation.Summary, StringComparison.Ordinal);
        Assert.Contains(explanation.Contributions, c => c.Id == "consistency" && c.Points < 0);

        // Distinguishable: no tie group, the replicates agree, every pairwise test is significant.
        Assert.Null(q.TieGroup);
        Assert.Null(v.TieGroup);
        Assert.True(explanation.Distinguishable);
        Assert.StartsWith("The difference is statistically supported", explanation.Certainty, StringComparison.Ordinal);
        var pair = Assert.Single(comparison.Pairs!);
        Assert.True(pair.ResponseRates.PValue < 0.05);
        Assert.True(pair.ResponseTimes.PValue < 0.05);
        Assert.True(pair.TimeToResponse.PValue < 0.05);
        Assert.Contains(pair.Verdicts, s => s.StartsWith("Virgin Australia answers a larger share of mentions", StringComparison.Ordinal));
        Assert.Contains(pair.Verdicts, s => s.StartsWith("Virgin Australia answers faster; the difference is significant", StringComparison.Ordinal));
        Assert.Equal(explanation.Summary, Assert.Single(comparison.Explanations!).Summary); // the leader is named first either way
    }
}
