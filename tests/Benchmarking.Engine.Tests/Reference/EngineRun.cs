using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// The engine side of a cross-check: a fresh DuckDB store in a temp folder, CSV files ingested through
/// <see cref="CareBenchmark"/>, metrics read back from <see cref="CareBenchmark.Evaluate"/>.
/// </summary>
internal sealed class EngineRun : IDisposable
{
    private readonly TempDir temp = new();

    public EngineRun(BrandRegistry registry, params string[] files)
    {
        Benchmark = CareBenchmark.Open(temp.File("store.duckdb"), registry);
        Ingests = files.Select(f => Benchmark.Ingest(f, new IngestOptions { RejectsDirectory = temp.File("rejects") })).ToList();
    }

    public CareBenchmark Benchmark { get; }

    public IReadOnlyList<IngestSummary> Ingests { get; }

    /// <summary>Every brand with mentions in the period, ordered by id.</summary>
    public IReadOnlyList<BrandMetrics> Metrics(MetricsOptions options) =>
        Benchmark.Evaluate(options).AllBrands.Select(b => b.Metrics).OrderBy(m => m.BrandId, StringComparer.Ordinal).ToList();

    /// <summary>One brand's metrics, or null when it has no mention in the period.</summary>
    public BrandMetrics? Metrics(string brandId, MetricsOptions? options = null) =>
        Metrics(options ?? new MetricsOptions()).SingleOrDefault(m => m.BrandId == brandId);

    public void Dispose()
    {
        Benchmark.Dispose();
        temp.Dispose();
    }
}
