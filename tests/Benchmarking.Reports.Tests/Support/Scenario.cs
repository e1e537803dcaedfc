using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// The synthetic Qantas / Virgin Australia scenario (<c>data/scenario-qantas-virgin.csv</c>, methodology §11) compared
/// end to end, built once: the seed story every comparison report must tell in its first screen.
/// </summary>
internal static class Scenario
{
    private static readonly Lazy<Comparison> Built = new(Build);

    /// <summary>Qantas vs Virgin Australia, default methodology with 200 replicates.</summary>
    public static Comparison QantasVsVirgin => Built.Value;

    private static Comparison Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carebench-reports-tests", "scenario-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var registry = BrandRegistry.Load(Path.Combine(RepoPaths.Root, "data", "scenario-qantas-virgin.brands.json"));
        using var benchmark = CareBenchmark.Open(Path.Combine(folder, "store.duckdb"), registry, FixedClock.Instance);
        benchmark.Ingest(Path.Combine(RepoPaths.Root, "data", "scenario-qantas-virgin.csv"), new IngestOptions { RejectsDirectory = Path.Combine(folder, "rejects") });
        var result = benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 200 });
        return benchmark.Compare(result, [registry.Resolve("qantas"), registry.Resolve("virgin-australia")]);
    }
}
