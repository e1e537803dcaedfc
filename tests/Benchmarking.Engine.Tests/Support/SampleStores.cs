using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>Stores holding the shipped TWCS sample (<c>data/twcs-sample.csv</c>), for pipeline tests.</summary>
public static class SampleStores
{
    /// <summary>The shipped sample.</summary>
    public static string Sample => Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv");

    /// <summary>Opens (or reopens) <paramref name="name"/> in <paramref name="dir"/> with <paramref name="registry"/> and ingests the sample (idempotent).</summary>
    public static CareBenchmark Open(TempDir dir, BrandRegistry registry, string name = "store.duckdb")
    {
        ArgumentNullException.ThrowIfNull(dir);
        var benchmark = CareBenchmark.Open(dir.File(name), registry, FixedTime.Default);
        benchmark.Ingest(Sample, new IngestOptions { RejectsDirectory = dir.File("rejects") });
        return benchmark;
    }
}
