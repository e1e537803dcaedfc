using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pipeline;

/// <summary>
/// The weekly job's evaluation cache on the shipped TWCS sample: a week's scorecards read last week and the trend from
/// what the previous week's run kept, and are the same as scorecards computed afresh; any change to the data of a kept
/// week, or an as-of time at which a kept week's pending mentions would read otherwise, makes that week be computed again.
/// </summary>
public sealed class EvaluationCacheTests : IDisposable
{
    private static readonly ScoreOptions Scoring = new() { MinimumMentions = 10, BootstrapResamples = 100 };
    private static readonly IsoWeek Previous = new(2017, 46);
    private static readonly IsoWeek Week = new(2017, 47);

    private readonly TempDir dir = new();
    private readonly CareBenchmark benchmark;

    public EvaluationCacheTests() => benchmark = SampleStores.Open(dir, Registries.Shipped);

    public void Dispose()
    {
        benchmark.Dispose();
        dir.Dispose();
    }

    [Fact]
    public void Scorecards_from_the_cache_equal_scorecards_computed_afresh()
    {
        Run(Previous, useCache: true);
        var hitsBefore = benchmark.Weekly.Cache.Hits;

        var cached = Run(Week, useCache: true);

        // Last week (2017-W46, kept as the previous run's own week) and the eleven earlier weeks of the trend are reused;
        // the trailing weeks 2017-W43 to W46 were never evaluated together before.
        Assert.Equal(12, benchmark.Weekly.Cache.Hits - hitsBefore);
        Assert.Equal(Json(Run(Week, useCache: false)), Json(cached));
    }

    [Fact]
    public void A_late_reply_to_a_mention_of_last_week_makes_last_week_be_computed_again()
    {
        Run(Previous, useCache: true);
        var before = Run(Week, useCache: false);
        var mention = Unanswered(Previous, before.Select(c => c.Brand.Id).ToHashSet());
        var answeredBefore = Of(before, mention.BrandId).LastWeek.Brand!.Metrics.Answered;

        // The reply arrives in a later file: dated an hour after the mention, so it answers it within the window.
        benchmark.Ingest(TwcsCsv.Write(dir.File("late.csv"), TwcsCsv.Row("99000001", mention.Handle, "False", TwcsCsv.Time(mention.CreatedAt.AddHours(1)), "Sorry for the wait, we can help.", parent: mention.PostId)), new() { RejectsDirectory = dir.File("rejects") });
        var missesBefore = benchmark.Weekly.Cache.Misses;

        var cached = Run(Week, useCache: true);

        Assert.True(benchmark.Weekly.Cache.Misses > missesBefore);
        Assert.Equal(answeredBefore + 1, Of(cached, mention.BrandId).LastWeek.Brand!.Metrics.Answered);
        Assert.Equal(Json(Run(Week, useCache: false)), Json(cached));
    }

    [Fact]
    public void A_parent_arriving_for_a_stored_reply_of_last_week_makes_last_week_and_the_parents_week_be_computed_again()
    {
        // A brand reply posted in 2017-W46 to a post not stored yet, kept by the run of that week.
        var brand = Registries.Shipped.Brands.First(b => b.Handles.Any(h => h.Platform == Benchmarking.Engine.Domain.Platform.Twitter));
        var handle = brand.Handles.First(h => h.Platform == Benchmarking.Engine.Domain.Platform.Twitter).Handle;
        benchmark.Ingest(TwcsCsv.Write(dir.File("reply.csv"), TwcsCsv.Row("99000002", handle, "False", TwcsCsv.Time(Previous.Start.AddDays(2)), "We can help.", parent: "99000001")), new() { RejectsDirectory = dir.File("rejects") });
        Run(Previous, useCache: true);
        var hitsBefore = benchmark.Weekly.Cache.Hits;

        // Its parent arrives later, posted in 2017-W45: W46's parents change as well as W45's posts.
        benchmark.Ingest(TwcsCsv.Write(dir.File("parent.csv"), TwcsCsv.Row("99000001", "115712", "True", TwcsCsv.Time(Previous.Start.AddDays(-3)), $"@{handle} help")), new() { RejectsDirectory = dir.File("rejects") });
        var cached = Run(Week, useCache: true);

        // Of last week and the eleven earlier trend weeks, last week and the trend's W45 and W46 are computed again.
        Assert.Equal(9, benchmark.Weekly.Cache.Hits - hitsBefore);
        Assert.Equal(Json(Run(Week, useCache: false)), Json(cached));
    }

    [Fact]
    public void A_text_feature_update_makes_the_weeks_it_analysed_be_computed_again()
    {
        Run(Previous, useCache: true);
        var hitsBefore = benchmark.Weekly.Cache.Hits;

        Assert.True(benchmark.AnalyzeText(Benchmarking.Engine.Tests.Text.TextFixtures.Options).Computed > 0);
        var cached = Run(Week, useCache: true);

        // Every post of the sample gained its features: no kept week with posts is reused (one without posts has no data to change).
        var fingerprints = benchmark.Weekly.Cache.Fingerprints(Week.Plus(-11), Week)!;
        var empty = IsoWeek.Range(Week.Plus(-11), Previous).Count(w => fingerprints.Of(w, w).EndsWith("=-", StringComparison.Ordinal));
        Assert.NotEqual("-", fingerprints.Of(Previous, Previous).Split('=')[1]);
        Assert.Equal(empty, benchmark.Weekly.Cache.Hits - hitsBefore);
        Assert.Equal(Json(Run(Week, useCache: false)), Json(cached));
        var hitsAfter = benchmark.Weekly.Cache.Hits;
        Run(Week, useCache: true);
        Assert.Equal(13, benchmark.Weekly.Cache.Hits - hitsAfter);
    }

    [Fact]
    public void A_week_kept_with_pending_mentions_is_not_reused_at_a_later_as_of_time()
    {
        // As of the end of 2017-W46 its last mentions are pending; a week later every one of them is answered or unanswered.
        var early = new MetricsOptions { AsOf = Previous.End };
        var later = new MetricsOptions { AsOf = Week.End.AddDays(4) };
        var kept = Run(Previous, useCache: true, early);
        Assert.True(kept.Sum(c => c.ThisWeek.Brand!.Metrics.Pending) > 0);

        var cached = Run(Week, useCache: true, later);

        Assert.Equal(Json(Run(Week, useCache: false, later)), Json(cached));
        var brand = cached.First(c => c.LastWeek.Brand is not null && kept.Any(k => k.Brand.Id == c.Brand.Id && k.ThisWeek.Brand!.Metrics.Pending > 0)).Brand.Id;
        Assert.NotEqual(Of(kept, brand).ThisWeek.Brand!.Metrics.Pending, Of(cached, brand).LastWeek.Brand!.Metrics.Pending);
    }

    [Fact]
    public void A_run_removes_the_entries_no_later_scorecard_reads()
    {
        // The run of 2017-W46 keeps the trend's weeks from 2017-W35; that of 2017-W47 needs them from 2017-W36 only.
        Run(Previous, useCache: true);
        var cache = benchmark.Weekly.Cache;
        var oldest = Previous.Plus(-11);
        var window = new MetricsOptions().AnswerWindow;
        var asOf = benchmark.LatestPostTime()!.Value;
        Assert.NotNull(cache.FindTrend(oldest, window, asOf, cache.Fingerprints(oldest, Week)!));

        Run(Week, useCache: true);

        Assert.Null(cache.FindTrend(oldest, window, asOf, cache.Fingerprints(oldest, Week)!));
        Assert.NotNull(cache.FindTrend(oldest.Plus(1), window, asOf, cache.Fingerprints(oldest, Week)!));
    }

    [Fact]
    public void The_weekly_job_with_the_earlier_periods_evaluated_beside_the_week_gives_what_the_calls_one_after_the_other_give()
    {
        var sequential = Run(Week, useCache: false);
        var sequentialSnapshot = benchmark.EvaluateWeek(Week, null, Scoring).Snapshot;

        var (evaluation, concurrent) = benchmark.EvaluateWeekWithScorecards(Week, new ScorecardOptions { Week = Week, UseCache = false }, null, Scoring);

        Assert.Equal(Json(sequential), Json(concurrent));
        Assert.Equal(Json(sequentialSnapshot with { ComputedAt = default }), Json(evaluation.Snapshot with { ComputedAt = default }));
    }

    [Fact]
    public void The_weekly_job_with_the_earlier_periods_evaluated_beside_the_week_reads_and_keeps_the_cache_as_the_calls_do()
    {
        Run(Previous, useCache: true);
        var hitsBefore = benchmark.Weekly.Cache.Hits;

        var (_, cached) = benchmark.EvaluateWeekWithScorecards(Week, new ScorecardOptions { Week = Week, UseCache = true }, null, Scoring);

        Assert.Equal(12, benchmark.Weekly.Cache.Hits - hitsBefore);
        Assert.Equal(Json(Run(Week, useCache: false)), Json(cached));

        // The trailing weeks it evaluated were kept: the calls one after the other now find them as well.
        var hitsAfter = benchmark.Weekly.Cache.Hits;
        Assert.Equal(Json(cached), Json(Run(Week, useCache: true)));
        Assert.Equal(13, benchmark.Weekly.Cache.Hits - hitsAfter);
    }

    [Fact]
    public void The_weekly_job_of_a_week_without_mentions_returns_no_scorecard_and_keeps_the_cache_as_it_was()
    {
        Run(Previous, useCache: true);
        var cache = benchmark.Weekly.Cache;
        var oldest = Previous.Plus(-11);
        var later = new IsoWeek(2018, 10);
        var window = new MetricsOptions().AnswerWindow;
        var asOf = benchmark.LatestPostTime()!.Value;

        var (evaluation, cards) = benchmark.EvaluateWeekWithScorecards(later, new ScorecardOptions { Week = later, UseCache = true }, null, Scoring);

        Assert.Equal(0, evaluation.Snapshot.Accounting.WeekMentions);
        Assert.Empty(cards);
        Assert.NotNull(cache.FindTrend(oldest, window, asOf, cache.Fingerprints(oldest, Week)!));
    }

    private static Scorecard Of(IReadOnlyList<Scorecard> cards, string brandId) => cards.Single(c => c.Brand.Id == brandId);

    /// <summary>What the weekly job does for <paramref name="week"/>: its evaluation, then every brand's scorecard.</summary>
    private IReadOnlyList<Scorecard> Run(IsoWeek week, bool useCache, MetricsOptions? metricsOptions = null)
    {
        var evaluation = benchmark.EvaluateWeek(week, metricsOptions, Scoring);
        var brands = evaluation.Result.AllBrands.Where(b => b.Metrics.Mentions > 0).Select(b => b.Brand).ToList();
        return benchmark.Scorecards(brands, week, evaluation.Result, new ScorecardOptions { Week = week, UseCache = useCache }, metricsOptions, Scoring);
    }

    /// <summary>An unanswered mention of <paramref name="week"/> of one of <paramref name="brands"/> whose brand has a Twitter handle, with that handle.</summary>
    private (string BrandId, string Handle, string PostId, DateTimeOffset CreatedAt) Unanswered(IsoWeek week, IReadOnlySet<string> brands)
    {
        benchmark.Evaluate(new MetricsOptions { From = week.Start, To = week.End }, Scoring);
        var facts = benchmark.MentionFacts().Where(f => f.Status == MentionStatus.Unanswered && brands.Contains(f.BrandId)).ToList();
        var (fact, handle) = facts
            .Select(f => (Fact: f, Handle: Registries.Shipped.FindById(f.BrandId)!.Handles.FirstOrDefault(h => h.Platform == Benchmarking.Engine.Domain.Platform.Twitter)?.Handle))
            .First(x => x.Handle is not null);
        return (fact.BrandId, handle!, fact.PostId, fact.CreatedAt);
    }

    /// <summary>Every figure of the scorecards (or a snapshot), brands by id, for comparing two sets exactly.</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions
    {
        Converters = { new BrandIdJsonConverter(Registries.Shipped), new ConfidenceIntervalJsonConverter(), new IsoWeekJsonConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    });
}
