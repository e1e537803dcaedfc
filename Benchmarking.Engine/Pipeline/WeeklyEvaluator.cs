using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Evaluation over ISO weeks: one week's (or several pooled weeks') benchmark through <see cref="CareBenchmark.Evaluate"/>,
/// the weekly and hourly breakdowns of the conversation facts, the slowest unanswered mentions, weekly scorecards and
/// stored snapshots. Every figure per week or per hour is <see cref="OutcomeMetrics"/> over that cell's mentions, the
/// definition of the whole-period metrics, so a week's row equals an evaluation of that week alone.
/// </summary>
internal sealed class WeeklyEvaluator(CareBenchmark benchmark, ICareStore store, ConversationStage conversations, TimeProvider time)
{
    private readonly EvaluationCache cache = new(store, benchmark.Registry, time);

    /// <summary>The evaluation cache of scorecards run with <see cref="ScorecardOptions.UseCache"/>.</summary>
    public EvaluationCache Cache => cache;

    /// <summary>See <see cref="CareBenchmark.LastCompleteWeek"/>.</summary>
    public IsoWeek? LastCompleteWeek() =>
        store.LatestPostTime() is { } latest ? IsoWeek.LastComplete(latest) : null;

    /// <summary>See <see cref="CareBenchmark.EvaluateWeeks"/>.</summary>
    public BenchmarkResult EvaluateWeeks(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions, ScoreOptions? scoreOptions)
    {
        if (last < first)
        {
            throw new ArgumentException($"the last week {last} is before the first {first}", nameof(last));
        }

        return benchmark.Evaluate(ForWeeks(metricsOptions, first, last), scoreOptions);
    }

    /// <summary>See <see cref="CareBenchmark.EvaluateEachWeek"/>.</summary>
    public IReadOnlyList<WeekResult> EvaluateEachWeek(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions, ScoreOptions? scoreOptions, CancellationToken cancellationToken)
    {
        if (last < first)
        {
            throw new ArgumentException($"the last week {last} is before the first {first}", nameof(last));
        }

        var results = new List<WeekResult>();
        foreach (var week in IsoWeek.Range(first, last))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(new WeekResult(week, EvaluateWeeks(week, week, metricsOptions, scoreOptions)));
        }

        return results;
    }

    /// <summary>See <see cref="CareBenchmark.EvaluateWeek"/>.</summary>
    public WeeklyEvaluation EvaluateWeek(IsoWeek week, MetricsOptions? metricsOptions, ScoreOptions? scoreOptions, IReadOnlyList<IngestSummary>? ingests)
    {
        var options = (metricsOptions ?? new MetricsOptions()) with { From = week.Start, To = week.End };
        var result = benchmark.Evaluate(options, scoreOptions, ingests);
        var brands = result.AllBrands.ToList();
        var accounting = new SnapshotAccounting(
            store.PostsBetween(week.Start, week.End),
            brands.Sum(b => b.Metrics.Mentions),
            brands.Sum(b => b.Metrics.Pending),
            result.Store.Posts,
            result.Store.Sources,
            result.Ingests.Sum(i => i.Read),
            result.Ingests.Sum(i => i.Accepted),
            result.Ingests.Sum(i => i.Rejected));
        return new WeeklyEvaluation(result, Snapshot(week, result, accounting));
    }

    /// <summary>See <see cref="CareBenchmark.WeeklyTrend"/>.</summary>
    public IReadOnlyList<WeeklyFigures> Trend(MetricsOptions? metricsOptions)
    {
        var facts = conversations.Facts(Checked(metricsOptions));
        var list = new List<WeeklyFigures>();
        foreach (var brand in facts.Brands)
        {
            foreach (var (week, indices) in Cells(brand, at => IsoWeek.Containing(at)))
            {
                var m = OutcomeMetrics.From(brand.BrandId, MentionOutcomes.Of(brand, facts.Scope, indices));
                list.Add(new WeeklyFigures(brand.BrandId, week, m.Mentions, m.Answered, m.Pending, m.ResponseRate, m.FirstResponse.MedianSeconds));
            }
        }

        return list;
    }

    /// <summary>See <see cref="CareBenchmark.Activity(TimeZoneInfo, IReadOnlyCollection{string}, MetricsOptions?)"/>.</summary>
    public IReadOnlyList<ActivityCell> Activity(TimeZoneInfo zone, IReadOnlyCollection<string>? brandIds, MetricsOptions? metricsOptions)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var facts = conversations.Facts(Checked(metricsOptions));
        var list = new List<ActivityCell>();
        foreach (var brand in facts.Brands.Where(b => brandIds is null || brandIds.Contains(b.BrandId)))
        {
            foreach (var ((weekday, hour), indices) in Cells(brand, at =>
            {
                var local = TimeZoneInfo.ConvertTime(at, zone);
                return ((((int)local.DayOfWeek + 6) % 7) + 1, local.Hour);
            }))
            {
                var m = OutcomeMetrics.From(brand.BrandId, MentionOutcomes.Of(brand, facts.Scope, indices));
                list.Add(new ActivityCell(brand.BrandId, weekday, hour, m.Mentions, m.Answered, m.FirstResponse.MedianSeconds));
            }
        }

        return list;
    }

    /// <summary>See <see cref="CareBenchmark.SlowestUnanswered"/>.</summary>
    public IReadOnlyList<UnansweredMention> SlowestUnanswered(Brand brand, int count, MetricsOptions? metricsOptions, bool showCustomers, string pseudonymKey)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return SlowestUnanswered([brand], count, metricsOptions, showCustomers, pseudonymKey)[brand.Id];
    }

    /// <summary>
    /// <see cref="CareBenchmark.SlowestUnanswered"/> for several brands from one read of the facts with their authors
    /// (a read per brand would join every fact of the period with the stored posts once per brand), by brand id.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<UnansweredMention>> SlowestUnanswered(IReadOnlyCollection<Brand> brands, int count, MetricsOptions? metricsOptions, bool showCustomers, string pseudonymKey)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(pseudonymKey);
        var wanted = brands.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<UnansweredMention>>(StringComparer.Ordinal);
        }

        var facts = conversations.Facts(Checked(metricsOptions));
        var asOf = ConversationScope.EpochMilliseconds(facts.Scope.AsOf);
        var pseudonyms = new Pseudonymizer(pseudonymKey, ConversationStage.BrandHandles(benchmark.Registry));
        var slowest = store.ReadConversations(conversations.SetOf(facts), withAuthors: true)
            .Where(f => wanted.Contains(f.BrandId) && f.Status != MentionStatus.Answered)
            .Select(f => (Fact: f, Waited: ((f.FirstReplyAt is { } r ? ConversationScope.EpochMilliseconds(r) : asOf) - ConversationScope.EpochMilliseconds(f.MentionAt)) / 1000.0))
            .GroupBy(x => x.Fact.BrandId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<UnansweredMention>)g
                    .OrderByDescending(x => x.Waited)
                    .ThenBy(x => x.Fact.MentionAt)
                    .ThenBy(x => x.Fact.Platform, StringComparer.Ordinal)
                    .ThenBy(x => x.Fact.PostId, StringComparer.Ordinal)
                    .Take(count)
                    .Select(x => new UnansweredMention(
                        x.Fact.Platform,
                        x.Fact.PostId,
                        showCustomers ? x.Fact.Author! : pseudonyms.Pseudonym(x.Fact.Author!),
                        x.Fact.MentionAt,
                        x.Fact.Status,
                        x.Fact.FirstReplyAt,
                        Math.Max(0, x.Waited)))
                    .ToList(),
                StringComparer.Ordinal);
        foreach (var id in wanted.Where(id => !slowest.ContainsKey(id)))
        {
            slowest[id] = [];
        }

        return slowest;
    }

    /// <summary>See <see cref="CareBenchmark.Scorecards"/>.</summary>
    public IReadOnlyList<Scorecard> Scorecards(IReadOnlyList<Brand> brands, IsoWeek week, BenchmarkResult thisWeek, ScorecardOptions options, MetricsOptions? metricsOptions, ScoreOptions? scoreOptions, TextQualityOptions? textOptions)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(thisWeek);
        if (thisWeek.MetricsOptions.From != week.Start || thisWeek.MetricsOptions.To != week.End)
        {
            throw new ArgumentException($"the evaluation given as this week does not cover exactly {week}", nameof(thisWeek));
        }

        scoreOptions ??= new ScoreOptions();
        using var earlier = EarlierPeriods(week, options, metricsOptions, scoreOptions, concurrent: false, out var fingerprints);
        return Scorecards(brands, week, thisWeek, options, metricsOptions, scoreOptions, textOptions, fingerprints, earlier);
    }

    /// <summary>See <see cref="CareBenchmark.EvaluateWeekWithScorecards"/>.</summary>
    public (WeeklyEvaluation Evaluation, IReadOnlyList<Scorecard> Scorecards) EvaluateWeekWithScorecards(
        IsoWeek week, ScorecardOptions options, MetricsOptions? metricsOptions, ScoreOptions? scoreOptions, IReadOnlyList<IngestSummary>? ingests, TextQualityOptions? textOptions)
    {
        scoreOptions ??= new ScoreOptions();
        var problems = scoreOptions.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(scoreOptions));
        }

        // The earlier periods depend on the stored data only, not on this week's evaluation: the ones the cache does not
        // hold are evaluated on a second handle of the store while this week is evaluated on this one.
        using var earlier = EarlierPeriods(week, options, Checked(metricsOptions), scoreOptions, concurrent: true, out var fingerprints);
        var evaluation = EvaluateWeek(week, metricsOptions, scoreOptions, ingests);
        if (evaluation.Snapshot.Accounting.WeekMentions == 0)
        {
            // No brand to report: nothing more is computed or kept (the caller refuses the week).
            return (evaluation, []);
        }

        var brands = evaluation.Result.AllBrands.Where(b => b.Metrics.Mentions > 0).Select(b => b.Brand).ToList();
        return (evaluation, Scorecards(brands, week, evaluation.Result, options, metricsOptions, scoreOptions, textOptions, fingerprints, earlier));
    }

    private IReadOnlyList<Scorecard> Scorecards(
        IReadOnlyList<Brand> brands, IsoWeek week, BenchmarkResult thisWeek, ScorecardOptions options, MetricsOptions? metricsOptions, ScoreOptions scoreOptions, TextQualityOptions? textOptions,
        WeekFingerprints? fingerprints, EarlierPeriods earlier)
    {
        // This week's facts are the last ones built (by its evaluation): read everything of this week from them first.
        var slowest = SlowestUnanswered(brands, options.SlowestCount, thisWeek.MetricsOptions, options.ShowCustomers, options.PseudonymKey);
        textOptions = (textOptions ?? new TextQualityOptions()) with { ShowCustomers = options.ShowCustomers, PseudonymKey = options.PseudonymKey };
        var qualityThisWeek = benchmark.QualityByBrand(thisWeek.MetricsOptions, textOptions);

        // The earlier weeks come from the evaluation cache where an earlier run computed them from the same data (the
        // previous weekly run evaluated last week as its own week); this week is kept for the next run.
        if (fingerprints is not null)
        {
            cache.Prune(FirstNeeded(week, options));
        }

        var trend = ScorecardTrend(week, options.TrendWeeks, metricsOptions, fingerprints);
        if (fingerprints is not null && EvaluationCache.ComputedWith(thisWeek, scoreOptions))
        {
            cache.Keep(week, week, thisWeek, scoreOptions, fingerprints);
        }

        var trailing = Kept(earlier, week.Plus(-options.TrailingWeeks), week.Plus(-1), scoreOptions, fingerprints);
        var lastWeek = Kept(earlier, week.Plus(-1), week.Plus(-1), scoreOptions, fingerprints);
        var cards = brands
            .Select(brand => ScorecardBuilder.Build(
                brand, week, options.Week is null, thisWeek, lastWeek, trailing, options.TrailingWeeks, trend, options.TrendWeeks,
                slowest[brand.Id], options.ShowCustomers))
            .ToList();

        // Care quality from the text, this week and last, with the scorecard's privacy (one computation for all brands).
        if (qualityThisWeek is null)
        {
            return cards;
        }

        var qualityLastWeek = benchmark.QualityByBrand(lastWeek.MetricsOptions, textOptions);
        return cards
            .Select(card => card with
            {
                Quality = new ScorecardQuality(
                    qualityThisWeek.GetValueOrDefault(card.Brand.Id),
                    qualityLastWeek?.GetValueOrDefault(card.Brand.Id)),
            })
            .ToList();
    }

    /// <summary>See <see cref="CareBenchmark.SaveSnapshot(WeeklySnapshot)"/>.</summary>
    public void SaveSnapshot(WeeklySnapshot snapshot) => store.ReplaceSnapshot(snapshot);

    /// <summary>See <see cref="CareBenchmark.RemoveSnapshot"/>.</summary>
    public bool RemoveSnapshot(IsoWeek week) => store.DeleteSnapshot(week);

    /// <summary>See <see cref="CareBenchmark.Snapshots"/>.</summary>
    public IReadOnlyList<WeeklySnapshot> Snapshots() => store.Snapshots();

    /// <summary>Builds the snapshot of <paramref name="week"/> from a result evaluated over exactly that week.</summary>
    /// <exception cref="ArgumentException">The result's period is not the week.</exception>
    public static WeeklySnapshot Snapshot(IsoWeek week, BenchmarkResult result, SnapshotAccounting accounting)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(accounting);
        if (result.MetricsOptions.From != week.Start || result.MetricsOptions.To != week.End)
        {
            throw new ArgumentException($"the result covers {result.MetricsOptions.From:O} to {result.MetricsOptions.To:O}, not week {week}", nameof(result));
        }

        var brands = result.Leaderboards
            .SelectMany(board => board.Ranked.Concat(board.NotEnoughData))
            .Select(b => new WeeklyBrandResult(
                b.Brand.Id,
                b.Brand.Name,
                b.Brand.Industry,
                b.Rank,
                b.TieGroup,
                b.Metrics.Mentions,
                b.Metrics.Answered,
                b.Metrics.Pending,
                b.Metrics.ResponseRate,
                b.Metrics.FirstResponse.MedianSeconds,
                b.Score.Total,
                b.Uncertainty?.Score?.Lower,
                b.Uncertainty?.Score?.Upper,
                b.Score.Components))
            .OrderBy(b => b.Industry, StringComparer.Ordinal)
            .ThenBy(b => b.Rank ?? int.MaxValue)
            .ThenBy(b => b.BrandId, StringComparer.Ordinal)
            .ToList();
        var options = result.ScoreOptions;
        return new WeeklySnapshot(
            week,
            // The store keeps microseconds; truncating here makes a loaded snapshot equal the one that was saved.
            new DateTimeOffset(result.GeneratedAt.UtcTicks - (result.GeneratedAt.UtcTicks % 10), TimeSpan.Zero),
            options.Version,
            options.WeightsText,
            options.Normalisation == ScoreNormalisation.Relative ? "relative" : "absolute",
            result.MetricsOptions.AnswerWindow,
            options.MinimumMentions,
            options.BootstrapResamples,
            options.Seed,
            result.Window.FirstMention,
            result.Window.LastMention,
            result.Window.AsOf,
            accounting,
            brands)
        {
            Clock = options.Clock == ResponseClock.Business ? "business" : "wall",
        };
    }

    /// <summary>
    /// The trend of a scorecard, the <paramref name="trendWeeks"/> weeks ending with <paramref name="week"/>: this week's
    /// figures from its facts (built last, by its evaluation), the earlier weeks' from the
    /// evaluation cache where their data is unchanged and otherwise from one build over the weeks missing. A week's
    /// figures are the same from a build of that week alone or of any period containing it (<see cref="Trend"/>).
    /// </summary>
    private List<WeeklyFigures> ScorecardTrend(IsoWeek week, int trendWeeks, MetricsOptions? metricsOptions, WeekFingerprints? fingerprints)
    {
        var first = week.Plus(1 - trendWeeks);
        var thisWeek = Checked(ForWeeks(metricsOptions, week, week));
        var figures = Trend(thisWeek).ToList();
        if (fingerprints is null)
        {
            figures.AddRange(Trend(ForWeeks(thisWeek, first, week.Plus(-1))));
            return figures;
        }

        var asOf = conversations.ScopeOf(thisWeek).AsOf;
        cache.KeepTrend(week, figures, thisWeek.AnswerWindow, asOf, fingerprints);
        var missing = new List<IsoWeek>();
        foreach (var earlier in IsoWeek.Range(first, week.Plus(-1)))
        {
            if (cache.FindTrend(earlier, thisWeek.AnswerWindow, asOf, fingerprints) is { } cached)
            {
                figures.AddRange(cached);
            }
            else
            {
                missing.Add(earlier);
            }
        }

        if (missing.Count > 0)
        {
            var computed = Trend(ForWeeks(thisWeek, missing[0], missing[^1])).ToLookup(f => f.Week);
            foreach (var earlier in missing)
            {
                var of = computed[earlier].ToList();
                cache.KeepTrend(earlier, of, thisWeek.AnswerWindow, asOf, fingerprints);
                figures.AddRange(of);
            }
        }

        return figures;
    }

    /// <summary>The first week a scorecard of <paramref name="week"/> reads: the start of its trailing weeks or of its trend.</summary>
    private static IsoWeek FirstNeeded(IsoWeek week, ScorecardOptions options) =>
        week.Plus(-Math.Max(options.TrailingWeeks, options.TrendWeeks - 1));

    /// <summary>
    /// The earlier periods of a scorecard of <paramref name="week"/> (the trailing weeks, the week before) and, when
    /// <see cref="ScorecardOptions.UseCache"/>, the <paramref name="fingerprints"/> of the weeks the scorecard reads: the
    /// cached result of each period where it matches the current data, the others evaluated. When
    /// <paramref name="concurrent"/> and the store has a second handle, the periods of which the cache holds no entry at
    /// all are evaluated there, starting before the fingerprint query; any other is evaluated on this handle when first
    /// asked for.
    /// </summary>
    private EarlierPeriods EarlierPeriods(IsoWeek week, ScorecardOptions options, MetricsOptions? metricsOptions, ScoreOptions scoreOptions, bool concurrent, out WeekFingerprints? fingerprints)
    {
        var periods = new[] { (First: week.Plus(-options.TrailingWeeks), Last: week.Plus(-1)), (First: week.Plus(-1), Last: week.Plus(-1)) }.Distinct().ToList();
        var answerWindow = Checked(metricsOptions).AnswerWindow;
        var unkept = periods.Where(p => !options.UseCache || !cache.Holds(p.First, p.Last, answerWindow, scoreOptions)).ToList();
        var second = concurrent && unkept.Count > 0 ? store.OpenConcurrent() : null;
        Func<IReadOnlyList<(IsoWeek First, IsoWeek Last)>, List<BenchmarkResult>>? background = second is null
            ? null
            : inBackground =>
            {
                using (second)
                {
                    var stage = new ConversationStage(second);
                    return [.. inBackground.Select(p => benchmark.EvaluateOn(
                        second, stage, Checked(ForWeeks(metricsOptions, p.First, p.Last)), scoreOptions, [], new TextQualityOptions()).Result)];
                }
            };
        var earlier = new EarlierPeriods(unkept, (first, last) => EvaluateWeeks(first, last, metricsOptions, scoreOptions), background);
        try
        {
            fingerprints = options.UseCache ? cache.Fingerprints(FirstNeeded(week, options), week) : null;
            foreach (var (first, last) in periods)
            {
                var periodOptions = Checked(ForWeeks(metricsOptions, first, last));
                if (fingerprints is not null
                    && cache.Find(first, last, periodOptions, scoreOptions, conversations.ScopeOf(periodOptions).AsOf, fingerprints) is { } cached)
                {
                    earlier.Found(first, last, cached);
                }
            }

            return earlier;
        }
        catch
        {
            earlier.Dispose();
            throw;
        }
    }

    /// <summary>The result of an earlier period, kept in the evaluation cache when it was evaluated now (and the cache is used).</summary>
    private BenchmarkResult Kept(EarlierPeriods earlier, IsoWeek first, IsoWeek last, ScoreOptions scoreOptions, WeekFingerprints? fingerprints)
    {
        var (result, evaluated) = earlier.Of(first, last);
        if (evaluated && fingerprints is not null)
        {
            cache.Keep(first, last, result, scoreOptions, fingerprints);
        }

        return result;
    }

    private static MetricsOptions ForWeeks(MetricsOptions? options, IsoWeek first, IsoWeek last) =>
        (options ?? new MetricsOptions()) with { From = first.Start, To = last.End };

    private static MetricsOptions Checked(MetricsOptions? options)
    {
        options ??= new MetricsOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        return options;
    }

    /// <summary>The brand's mentions grouped by <paramref name="keyOf"/> their time, in key order; the mentions of a cell in fact order.</summary>
    private static SortedDictionary<TKey, List<int>> Cells<TKey>(BrandConversations brand, Func<DateTimeOffset, TKey> keyOf)
        where TKey : notnull
    {
        var cells = new SortedDictionary<TKey, List<int>>();
        for (var i = 0; i < brand.Count; i++)
        {
            var key = keyOf(DateTimeOffset.FromUnixTimeMilliseconds(brand.MentionAt[i]));
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(i);
        }

        return cells;
    }
}
