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
/// scorecard with the evaluation cache, store the snapshot), on a store already holding the generated history of
/// October 2017 on which the job of the week before, 2017-W43, has run (<see cref="OnHistory"/>: the sequence a weekly
/// job faces), and on a new store holding nothing else (<see cref="WeekAlone"/>): the ratio of the two is how much of
/// the weekly cost follows the history rather than the new week. Text analysis is left out (as
/// <c>weekly --no-text</c>), the bootstrap is the default.
/// </summary>
public class WeeklyBenchmarks
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2017-W44");
    private static readonly IsoWeek WeekBefore = IsoWeek.Parse("2017-W43");

    private SimulationFiles week = null!;
    private BrandRegistry registry = null!;
    private string history = null!;
    private string store = null!;

    /// <summary>Posts in the history; the week holds about a sixth as many (its file covers ten days, as a weekly export would).</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>
    /// Generates the history and the week, ingests the history once into a template store and runs the job of the week
    /// before on it.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkData.Generate(Posts);
        registry = BrandRegistry.Load(files.Registry);
        week = BenchmarkData.GenerateWeek(Posts);
        history = BenchmarkData.IngestedStore("weekly-history", files.Csv, registry);
        store = history;
        RunWeek(WeekBefore, null);
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
    public int OnHistory() => RunWeek(Week, week.Csv);

    /// <summary>The week on a store holding only it.</summary>
    [Benchmark]
    public int WeekAlone() => RunWeek(Week, week.Csv);

    /// <summary>Removes the stores.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        BenchmarkData.Delete(history);
        BenchmarkData.Delete(store);
    }

    /// <summary>The weekly job of <paramref name="isoWeek"/> on <see cref="store"/>, ingesting <paramref name="file"/> first if given.</summary>
    private int RunWeek(IsoWeek isoWeek, string? file)
    {
        using var benchmark = CareBenchmark.Open(store, registry);
        IngestSummary[] ingests = file is null ? [] : [benchmark.Ingest(file, BenchmarkData.Ingest)];
        var scoreOptions = new ScoreOptions();
        var (evaluation, scorecards) = benchmark.EvaluateWeekWithScorecards(isoWeek, new ScorecardOptions { Week = isoWeek, UseCache = true }, scoreOptions: scoreOptions, ingests: ingests);
        benchmark.SaveSnapshot(evaluation.Snapshot);
        return scorecards.Count;
    }
}
