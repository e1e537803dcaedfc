using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Benchmarks;

/// <summary>
/// Text features (<c>docs/text-quality.md</c> § Throughput): the sentiment model and the rules
/// over every post of a store, appended to <c>text_features</c>. Run from the repository root (the shipped model and
/// rules are read from <c>data/text/</c>). Generated posts have shorter text than real TWCS, so posts/s here is an
/// upper bound for real data.
/// </summary>
public class TextFeatureBenchmarks
{
    private Warehouse warehouse = null!;
    private TextAnalyzer analyzer = null!;
    private string store = null!;

    /// <summary>Posts in the store.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates and ingests the posts once and loads the shipped model and rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        store = BenchmarkData.FreshStore("text");
        warehouse = Warehouse.Open(store);
        var registry = BrandRegistry.Load(files.Registry);
        warehouse.ApplyRegistry(registry);
        warehouse.Ingest(files.Csv, registry, new IngestOptions { RejectsDirectory = Path.Combine(BenchmarkData.Folder, "rejects") }, TimeProvider.System, null, CancellationToken.None);
        analyzer = TextQuality.LoadAnalyzer(new TextQualityOptions());
    }

    /// <summary>Removes the features of the previous iteration, so each one analyses every post.</summary>
    [IterationSetup]
    public void Clear()
    {
        TextFeatureStore.EnsureCreated(warehouse);
        warehouse.Execute("DELETE FROM text_features");
    }

    /// <summary>Computes and stores the features of every post.</summary>
    [Benchmark]
    public long UpdateTextFeatures() => TextFeatureStore.Update(warehouse, analyzer).Computed;

    /// <summary>Closes and removes the store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        warehouse.Dispose();
        BenchmarkData.Delete(store);
    }
}
