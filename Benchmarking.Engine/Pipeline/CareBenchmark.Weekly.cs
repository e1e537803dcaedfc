using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>The weekly API, answered by <see cref="WeeklyEvaluator"/>.</summary>
public sealed partial class CareBenchmark
{
    /// <summary>
    /// The last complete ISO week of the data: the week before the one holding the latest post in the store (UTC), so a
    /// store whose latest post is on Sunday 2017-12-03 gives 2017-W47. Null when the store holds no post.
    /// </summary>
    /// <remarks>
    /// "Complete" is about posts, not answers: mentions from the end of that week can still be pending at the as-of time
    /// (younger than the answer window), and are then left out of its rates as everywhere else.
    /// </remarks>
    public IsoWeek? LastCompleteWeek() =>
        Weekly.LastCompleteWeek();

    /// <summary>
    /// Evaluates every brand over whole ISO weeks pooled into one period (mentions posted from
    /// <paramref name="first"/>'s Monday to the end of <paramref name="last"/>), like <see cref="Evaluate"/> with
    /// <see cref="MetricsOptions.From"/> and <see cref="MetricsOptions.To"/> set to those bounds.
    /// </summary>
    /// <param name="first">First week.</param>
    /// <param name="last">Last week (inclusive).</param>
    /// <param name="metricsOptions">Answer window and as-of time; its From and To are replaced.</param>
    /// <param name="scoreOptions">Score methodology.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or invalid options.</exception>
    public BenchmarkResult EvaluateWeeks(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null) =>
        Weekly.EvaluateWeeks(first, last, metricsOptions, scoreOptions);

    /// <summary>
    /// Evaluates every brand over each ISO week from <paramref name="first"/> to <paramref name="last"/> separately, in
    /// week order: the reusable core of weekly reports (one evaluation per week serves every brand's scorecard).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or invalid options.</exception>
    public IReadOnlyList<WeekResult> EvaluateEachWeek(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, CancellationToken cancellationToken = default) =>
        Weekly.EvaluateEachWeek(first, last, metricsOptions, scoreOptions, cancellationToken);

    /// <summary>
    /// Every brand's mentions, response rate and median first response per ISO week of the period of
    /// <paramref name="metricsOptions"/>, by brand id then week; weeks without mentions are absent. The same mention facts
    /// and definitions as <see cref="Evaluate"/>: a week's row equals the metrics of an evaluation of that week alone.
    /// </summary>
    public IReadOnlyList<WeeklyFigures> WeeklyTrend(MetricsOptions? metricsOptions = null) =>
        Weekly.Trend(metricsOptions);

    /// <summary>
    /// Every brand's mentions per ISO weekday and hour of day (UTC) over the period, with the median first response of
    /// the answered ones: the cells of the hour-of-day × weekday heatmap, by brand id, weekday, hour; empty cells absent.
    /// </summary>
    public IReadOnlyList<ActivityCell> Activity(MetricsOptions? metricsOptions = null) =>
        Weekly.Activity(TimeZoneInfo.Utc, null, metricsOptions);

    /// <summary>
    /// Evaluates exactly <paramref name="week"/> (mentions from Monday 00:00 UTC, inclusive, to the next Monday,
    /// exclusive) with <see cref="Evaluate"/> and builds its snapshot. <paramref name="metricsOptions"/>' period is
    /// replaced by the week; its answer window and as-of time are kept (a null as-of means the latest stored post, so
    /// replies that arrive after the week still count when the week is recomputed).
    /// </summary>
    public WeeklyEvaluation EvaluateWeek(IsoWeek week, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, IReadOnlyList<IngestSummary>? ingests = null) =>
        Weekly.EvaluateWeek(week, metricsOptions, scoreOptions, ingests);

    /// <summary>
    /// <see cref="EvaluateWeek"/>, then the <see cref="Scorecards"/> of every brand with mentions in the week (none when
    /// the week has no mentions): the weekly job. The scorecards' earlier periods (the trailing weeks pooled, the week
    /// before) that the evaluation cache does not hold are evaluated on a second connection to the store while the week
    /// itself is evaluated on this one; the results are those of the two calls one after the other.
    /// </summary>
    /// <param name="week">The reported week.</param>
    /// <param name="options">As for <see cref="Scorecards"/>.</param>
    /// <param name="metricsOptions">Answer window and as-of time; the periods are set per evaluation.</param>
    /// <param name="scoreOptions">Score methodology.</param>
    /// <param name="ingests">Accounting of the files the run ingested (for the week's findings and snapshot).</param>
    /// <param name="textOptions">As for <see cref="Scorecards"/>.</param>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public (WeeklyEvaluation Evaluation, IReadOnlyList<Scorecard> Scorecards) EvaluateWeekWithScorecards(
        IsoWeek week, ScorecardOptions? options = null, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, IReadOnlyList<IngestSummary>? ingests = null, TextQualityOptions? textOptions = null)
    {
        options ??= new ScorecardOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        ThrowIfInvalid((textOptions ?? new TextQualityOptions()).Validate(), nameof(textOptions));
        return Weekly.EvaluateWeekWithScorecards(week, options, metricsOptions, scoreOptions, ingests, textOptions);
    }

    /// <summary>
    /// Stores <paramref name="snapshot"/>, replacing any earlier snapshot of the same week in one transaction: a week is
    /// never stored twice and never mixed with another; on failure the earlier snapshot stays as it was.
    /// </summary>
    public void SaveSnapshot(WeeklySnapshot snapshot) =>
        Weekly.SaveSnapshot(snapshot);

    /// <summary>Test seam of <see cref="SaveSnapshot(WeeklySnapshot)"/> on the DuckDB store: <paramref name="beforeCommit"/> runs inside the transaction.</summary>
    internal void SaveSnapshot(WeeklySnapshot snapshot, Action? beforeCommit) =>
        (store as DuckDbStore ?? throw new InvalidOperationException("Only the DuckDB store has this test seam.")).ReplaceSnapshot(snapshot, beforeCommit);

    /// <summary>
    /// Deletes the stored snapshot of <paramref name="week"/> in one transaction; returns whether one was stored. On
    /// failure the snapshot stays as it was.
    /// </summary>
    public bool RemoveSnapshot(IsoWeek week) =>
        Weekly.RemoveSnapshot(week);

    /// <summary>
    /// Empties the evaluation cache the weekly job keeps in the store (<see cref="ScorecardOptions.UseCache"/>), so the
    /// next scorecards compute every period afresh; returns the number of entries removed.
    /// </summary>
    public long ClearEvaluationCache() =>
        store.ClearEvaluationCache();

    /// <summary>Every stored weekly snapshot, earliest week first.</summary>
    public IReadOnlyList<WeeklySnapshot> Snapshots() =>
        Weekly.Snapshots();

    /// <summary>The latest plausible post time in the store (not dated after its own ingest plus a day), or null when it holds no posts (for "the last week with data").</summary>
    public DateTimeOffset? LatestPostTime() =>
        store.LatestPostTime();

    /// <summary>
    /// Like <see cref="Activity(MetricsOptions)"/>, for <paramref name="brandIds"/> only, with each mention's weekday and hour read on
    /// the local clock of <paramref name="zone"/> (a mention at 03:00 UTC in Sydney is an afternoon one). The median is
    /// the same type-7 quantile as in UTC. In UTC this is <see cref="Activity(MetricsOptions)"/> itself.
    /// </summary>
    public IReadOnlyList<ActivityCell> Activity(TimeZoneInfo zone, IReadOnlyCollection<string> brandIds, MetricsOptions? metricsOptions = null) =>
        Weekly.Activity(zone, brandIds ?? throw new ArgumentNullException(nameof(brandIds)), metricsOptions);

    /// <summary>
    /// The brand's mentions in the period that were not answered within the answer window (unanswered or still pending),
    /// longest wait first (to the late reply, else to the as-of time), then mention time, platform and post id; at most
    /// <paramref name="count"/>. Customers are pseudonymised unless <paramref name="showCustomers"/>.
    /// </summary>
    public IReadOnlyList<UnansweredMention> SlowestUnanswered(
        Brand brand, int count, MetricsOptions? metricsOptions = null, bool showCustomers = false, string pseudonymKey = ScorecardOptions.DefaultPseudonymKey) =>
        Weekly.SlowestUnanswered(brand, count, metricsOptions, showCustomers, pseudonymKey);

    /// <summary>
    /// The weekly scorecard of <paramref name="brand"/>: evaluations of the week, the week before and the trailing weeks
    /// pooled (all brands, for ranks), the weekly trend, the slowest unanswered mentions of the week and, when the week's
    /// text is analysed (<see cref="AnalyzeText"/>), its care quality from the text.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options, or the store holds no post (no week to default to).</exception>
    public Scorecard Scorecard(Brand brand, ScorecardOptions? options = null, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, TextQualityOptions? textOptions = null)
    {
        ArgumentNullException.ThrowIfNull(brand);
        options ??= new ScorecardOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        var week = options.Week ?? LastCompleteWeek()
            ?? throw new ArgumentException("The store holds no post, so there is no complete week to report; ingest data first.", nameof(options));
        var thisWeek = EvaluateWeeks(week, week, metricsOptions, scoreOptions);
        return Scorecards([brand], week, thisWeek, options, metricsOptions, scoreOptions, textOptions)[0];
    }

    /// <summary>
    /// The weekly scorecards of several brands for <paramref name="week"/>, sharing one evaluation of the week before,
    /// one of the trailing weeks and one weekly trend (a weekly run writes every brand's scorecard this way).
    /// </summary>
    /// <param name="brands">The brands, in the order of the result.</param>
    /// <param name="week">The reported week.</param>
    /// <param name="thisWeek">The evaluation of exactly that week (e.g. <see cref="EvaluateWeek"/>'s result).</param>
    /// <param name="options">Trailing and trend lengths, slowest mentions and privacy; its <see cref="ScorecardOptions.Week"/> only says whether the week was chosen by default.</param>
    /// <param name="metricsOptions">Answer window and as-of time; the periods are set per evaluation.</param>
    /// <param name="scoreOptions">Score methodology.</param>
    /// <param name="textOptions">Template grouping and example counts of the quality figures (read only when the week's text is analysed); privacy comes from <paramref name="options"/>.</param>
    /// <exception cref="ArgumentException">Invalid options, or <paramref name="thisWeek"/> is not an evaluation of <paramref name="week"/>.</exception>
    public IReadOnlyList<Scorecard> Scorecards(IReadOnlyList<Brand> brands, IsoWeek week, BenchmarkResult thisWeek, ScorecardOptions? options = null, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, TextQualityOptions? textOptions = null)
    {
        options ??= new ScorecardOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        ThrowIfInvalid((textOptions ?? new TextQualityOptions()).Validate(), nameof(textOptions));
        return Weekly.Scorecards(brands, week, thisWeek, options, metricsOptions, scoreOptions, textOptions);
    }
}
