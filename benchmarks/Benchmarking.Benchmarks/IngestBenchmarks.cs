using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Simulation;

namespace Benchmarking.Benchmarks;

/// <summary>Ingest of one generated TWCS file into a new store: parse, validate, stage, classify, insert, commit.</summary>
public class IngestBenchmarks
{
    private SimulationFiles files = null!;
    private BrandRegistry registry = null!;
    private string store = null!;

    /// <summary>Posts in the generated file.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates the input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        files = BenchmarkData.Generate(Posts);
        registry = BrandRegistry.Load(files.Registry);
    }

    /// <summary>Every iteration ingests into an empty store.</summary>
    [IterationSetup]
    public void FreshStore() => store = BenchmarkData.FreshStore("ingest");

    /// <summary>Opens a new store and ingests the file.</summary>
    [Benchmark]
    public long Ingest()
    {
        using var benchmark = CareBenchmark.Open(store, registry);
        var summary = benchmark.Ingest(files.Csv, BenchmarkData.Ingest);
        return summary.NewPosts;
    }

    /// <summary>Removes the last store.</summary>
    [GlobalCleanup]
    public void Cleanup() => BenchmarkData.Delete(store);
}
