using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Benchmarks;

/// <summary>Metrics, scores and rankings (<see cref="CareBenchmark.Evaluate"/>) over a store holding the generated posts.</summary>
public class MetricsBenchmarks
{
    private CareBenchmark benchmark = null!;
    private string store = null!;

    /// <summary>Posts in the store.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates the input and ingests it once; the measured part only reads the store.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        store = BenchmarkData.FreshStore("metrics");
        benchmark = CareBenchmark.Open(store, BrandRegistry.Load(files.Registry));
        benchmark.Ingest(files.Csv, new IngestOptions { RejectsDirectory = Path.Combine(BenchmarkData.Folder, "rejects") });
    }

    /// <summary>Computes every brand's metrics, scores them and ranks each industry.</summary>
    [Benchmark]
    public int MetricsAndRanking() => benchmark.Evaluate().Leaderboards.Count;

    /// <summary>Closes and removes the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        benchmark.Dispose();
        BenchmarkData.Delete(store);
    }
}
