using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Simulation;

namespace Benchmarking.Benchmarks;

/// <summary>
/// The weekly job for one new ISO week, 2017-W44 (ingest the week's file, evaluate the week, build every brand's
/// scorecard, store the snapshot), on a store already holding the generated history of October 2017
/// (<see cref="OnHistory"/>) and on a new store holding nothing else (<see cref="WeekAlone"/>): the ratio of the two is
/// how much of the weekly cost follows the history rather than the new week. Text analysis is left out (as
/// <c>weekly --no-text</c>), the bootstrap is the default.
/// </summary>
public class WeeklyBenchmarks
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2017-W44");

    private SimulationFiles week = null!;
    private BrandRegistry registry = null!;
    private string history = null!;
    private string store = null!;

    /// <summary>Posts in the history; the week holds about a sixth as many (its file covers ten days, as a weekly export would).</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates the history and the week and ingests the history once into a template store.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        registry = BrandRegistry.Load(files.Registry);
        week = BenchmarkData.GenerateWeek(Posts);
        history = BenchmarkData.IngestedStore("weekly-history", files.Csv, registry);
    }

    /// <summary>A copy of the history store for <see cref="OnHistory"/>.</summary>
    [IterationSetup(Target = nameof(OnHistory))]
    public void CopyHistory()
    {
        store = BenchmarkData.FreshStore("weekly");
        File.Copy(history, store);
    }

    /// <summary>An empty store for <see cref="WeekAlone"/>.</summary>
    [IterationSetup(Target = nameof(WeekAlone))]
    public void EmptyStore() => store = BenchmarkData.FreshStore("weekly");

    /// <summary>The week added to the history.</summary>
    [Benchmark]
    public int OnHistory() => RunWeek();

    /// <summary>The week on a store holding only it.</summary>
    [Benchmark]
    public int WeekAlone() => RunWeek();

    /// <summary>Removes the stores.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        BenchmarkData.Delete(history);
        BenchmarkData.Delete(store);
    }

    private int RunWeek()
    {
        using var benchmark = CareBenchmark.Open(store, registry);
        var ingests = new[] { benchmark.Ingest(week.Csv, BenchmarkData.Ingest) };
        var scoreOptions = new ScoreOptions();
        var evaluation = benchmark.EvaluateWeek(Week, scoreOptions: scoreOptions, ingests: ingests);
        var brands = evaluation.Result.AllBrands.Where(b => b.Metrics.Mentions > 0).Select(b => b.Brand).ToList();
        var scorecards = benchmark.Scorecards(brands, Week, evaluation.Result, new ScorecardOptions { Week = Week }, scoreOptions: scoreOptions);
        benchmark.SaveSnapshot(evaluation.Snapshot);
        return scorecards.Count;
    }
}
