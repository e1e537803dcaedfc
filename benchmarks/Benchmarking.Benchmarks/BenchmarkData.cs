using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Simulation;

namespace Benchmarking.Benchmarks;

/// <summary>
/// Generated TWCS input shared by the benchmarks: one seeded file per size, written once under the temp folder and
/// reused by later runs (the simulator is deterministic, so a file of the same size and seed is the same file).
/// </summary>
internal static class BenchmarkData
{
    /// <summary>Environment variable holding the post counts to measure, comma-separated (set by <c>Program</c>).</summary>
    public const string PostsVariable = "CAREBENCH_BENCH_POSTS";

    /// <summary>Brands in the generated data, as in the public TWCS set (108).</summary>
    public const int Brands = 100;

    /// <summary>The folder holding generated inputs and scratch stores.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "carebench-benchmarks");

    /// <summary>The post counts to measure: <see cref="PostsVariable"/>, or 100 000 when it is not set.</summary>
    public static IEnumerable<long> Sizes() =>
        (Environment.GetEnvironmentVariable(PostsVariable) ?? "100000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>The generated files for <paramref name="posts"/> posts, writing them on first use.</summary>
    public static SimulationFiles Generate(long posts)
    {
        Directory.CreateDirectory(Folder);
        var files = SimulationFiles.For(Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"twcs-{posts}-seed1.csv")));
        if (!File.Exists(files.Csv) || !File.Exists(files.Registry))
        {
            var options = new SimulationOptions { Posts = posts, Brands = Brands, Seed = 1 };
            new TwcsSimulator(options).WriteFiles(files);
        }

        return files;
    }

    /// <summary>
    /// The week after the files of <see cref="Generate"/>: ten days from Monday 2017-10-30 (ISO week 2017-W44 and the
    /// replies after it) with a sixth of <paramref name="posts"/>, the same brands and ids above theirs; written on first use.
    /// </summary>
    public static SimulationFiles GenerateWeek(long posts)
    {
        Directory.CreateDirectory(Folder);
        var files = SimulationFiles.For(Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"twcs-{posts}-week-seed2.csv")));
        if (!File.Exists(files.Csv) || !File.Exists(files.Registry))
        {
            var options = new SimulationOptions
            {
                Posts = Math.Max(posts / 6, Brands + 1),
                Brands = Brands,
                Seed = 2,
                Start = new DateTimeOffset(2017, 10, 30, 0, 0, 0, TimeSpan.Zero),
                Days = 10,
                FirstId = 2 * posts + 1_000_000,
            };
            new TwcsSimulator(options).WriteFiles(files);
        }

        return files;
    }

    /// <summary>Ingest options for every benchmark: rejected rows are written under <see cref="Folder"/>.</summary>
    public static IngestOptions Ingest => new() { RejectsDirectory = Path.Combine(Folder, "rejects") };

    /// <summary>A new store named <paramref name="name"/> holding the posts of <paramref name="csv"/>, ingested once (set-up, not measured).</summary>
    public static string IngestedStore(string name, string csv, BrandRegistry registry)
    {
        var store = FreshStore(name);
        using var benchmark = CareBenchmark.Open(store, registry);
        benchmark.Ingest(csv, Ingest);
        return store;
    }

    /// <summary>A path for a scratch store, with any earlier store (and its WAL and spill folder) removed.</summary>
    public static string FreshStore(string name)
    {
        var path = Path.Combine(Folder, name + ".duckdb");
        Delete(path);
        return path;
    }

    /// <summary>Removes a store with its WAL and spill folder.</summary>
    public static void Delete(string store)
    {
        File.Delete(store);
        File.Delete(store + ".wal");
        if (Directory.Exists(store + ".tmp"))
        {
            Directory.Delete(store + ".tmp", recursive: true);
        }
    }
}
