using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Text;

namespace Benchmarking.Benchmarks;

/// <summary>
/// Metrics, scores and rankings (<see cref="CareBenchmark.Evaluate"/>) over a store holding the generated posts with
/// their text features (analysed in the setup with the shipped model, so the text components and their reply counts
/// are part of what is measured, as in <c>carebench rank</c>), without the bootstrap and with the default replicates.
/// </summary>
public class MetricsBenchmarks
{
    private CareBenchmark benchmark = null!;
    private string store = null!;

    /// <summary>Posts in the store.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Bootstrap replicates: 0 (point scores and ranks only) and the default 1 000.</summary>
    [Params(0, 1000)]
    public int Bootstrap { get; set; }

    /// <summary>Generates the input and ingests it once; the measured part only reads the store.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        store = BenchmarkData.FreshStore("metrics");
        benchmark = CareBenchmark.Open(store, BrandRegistry.Load(files.Registry));
        benchmark.Ingest(files.Csv, BenchmarkData.Ingest);
        benchmark.AnalyzeText(new TextQualityOptions());
    }

    /// <summary>Computes every brand's metrics, scores them and ranks each industry.</summary>
    [Benchmark]
    public int MetricsAndRanking() => benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = Bootstrap }).Leaderboards.Count;

    /// <summary>Closes and removes the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        benchmark.Dispose();
        BenchmarkData.Delete(store);
    }
}
