using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;

namespace Benchmarking.Benchmarks;

/// <summary>
/// Text features (<c>docs/text-quality.md</c> § Throughput): <see cref="CareBenchmark.AnalyzeText"/>, the sentiment
/// model and the rules over every post of a store, appended to its text features (loading the shipped model and rules
/// is part of each operation, as in <c>carebench rank</c>). Run from the repository root (the model and rules are read
/// from <c>data/text/</c>). Generated posts have shorter text than real TWCS, so posts/s here is an upper bound for
/// real data.
/// </summary>
public class TextFeatureBenchmarks
{
    private string ingested = null!;
    private string store = null!;
    private BrandRegistry registry = null!;
    private CareBenchmark benchmark = null!;

    /// <summary>Posts in the store.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates and ingests the posts once, into a store no iteration changes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        registry = BrandRegistry.Load(files.Registry);
        ingested = BenchmarkData.IngestedStore("text-ingested", files.Csv, registry);
    }

    /// <summary>A copy of the ingested store without text features, so each iteration analyses every post.</summary>
    [IterationSetup]
    public void Copy()
    {
        store = BenchmarkData.FreshStore("text");
        File.Copy(ingested, store);
        benchmark = CareBenchmark.Open(store, registry);
    }

    /// <summary>Computes and stores the features of every post.</summary>
    [Benchmark]
    public long UpdateTextFeatures() => benchmark.AnalyzeText(new TextQualityOptions()).Computed;

    /// <summary>Closes and removes the iteration's store.</summary>
    [IterationCleanup]
    public void Close()
    {
        benchmark.Dispose();
        BenchmarkData.Delete(store);
    }

    /// <summary>Removes the ingested store.</summary>
    [GlobalCleanup]
    public void Cleanup() => BenchmarkData.Delete(ingested);
}
