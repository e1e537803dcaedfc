using Benchmarking.Engine.History;
using System.Globalization;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Text;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Evaluation over ISO weeks, weekly and hourly breakdowns of the mention facts, and the weekly scorecard of one brand.
/// </summary>
public sealed partial class CareBenchmark
{
    // The metric options the temporary mention_facts table was last built for; null before any build.
    private MetricsOptions? factsFor;

    /// <summary>
    /// The last complete ISO week of the data: the week before the one holding the latest post in the store (UTC), so a
    /// store whose latest post is on Sunday 2017-12-03 gives 2017-W47. Null when the store holds no post.
    /// </summary>
    /// <remarks>
    /// "Complete" is about posts, not answers: mentions from the end of that week can still be pending at the as-of time
    /// (younger than the answer window), and are then left out of its rates as everywhere else.
    /// </remarks>
    public IsoWeek? LastCompleteWeek() =>
        warehouse.LatestPostTime() is { } latest
            ? IsoWeek.LastComplete(new DateTimeOffset(DateTime.SpecifyKind(latest, DateTimeKind.Utc)))
            : null;

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
    public BenchmarkResult EvaluateWeeks(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null)
    {
        if (last < first)
        {
            throw new ArgumentException($"the last week {last} is before the first {first}", nameof(last));
        }

        return Evaluate(ForWeeks(metricsOptions, first, last), scoreOptions);
    }

    /// <summary>
    /// Evaluates every brand over each ISO week from <paramref name="first"/> to <paramref name="last"/> separately, in
    /// week order: the reusable core of weekly reports (one evaluation per week serves every brand's scorecard).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or invalid options.</exception>
    public IReadOnlyList<WeekResult> EvaluateEachWeek(IsoWeek first, IsoWeek last, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, CancellationToken cancellationToken = default)
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

    /// <summary>
    /// Every brand's mentions, response rate and median first response per ISO week of the period of
    /// <paramref name="metricsOptions"/>, by brand id then week; weeks without mentions are absent. The same mention facts
    /// and definitions as <see cref="Evaluate"/>: a week's row equals the metrics of an evaluation of that week alone.
    /// </summary>
    public IReadOnlyList<WeeklyFigures> WeeklyTrend(MetricsOptions? metricsOptions = null)
    {
        const string sql = """
            SELECT brand_id, CAST(date_trunc('week', created_at) AS TIMESTAMP) AS week_start, count(*),
                count(*) FILTER (WHERE status = 'answered'), count(*) FILTER (WHERE status = 'pending'),
                quantile_cont(response_seconds, 0.5) FILTER (WHERE status = 'answered')
            FROM mention_facts GROUP BY brand_id, week_start ORDER BY brand_id, week_start
            """;
        EnsureFacts(metricsOptions ?? new MetricsOptions());
        var list = new List<WeeklyFigures>();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (mentions, answered, pending) = (reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
            var decided = mentions - pending;
            list.Add(new WeeklyFigures(
                reader.GetString(0),
                IsoWeek.Containing(Utc(reader, 1)!.Value),
                mentions,
                answered,
                pending,
                decided > 0 ? answered / (double)decided : null,
                reader.IsDBNull(5) ? null : Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>
    /// Every brand's mentions per ISO weekday and hour of day (UTC) over the period, with the median first response of
    /// the answered ones: the cells of the hour-of-day × weekday heatmap, by brand id, weekday, hour; empty cells absent.
    /// </summary>
    public IReadOnlyList<ActivityCell> Activity(MetricsOptions? metricsOptions = null)
    {
        const string sql = """
            SELECT brand_id, CAST(isodow(created_at) AS INTEGER) AS weekday, CAST(hour(created_at) AS INTEGER) AS hour, count(*),
                count(*) FILTER (WHERE status = 'answered'),
                quantile_cont(response_seconds, 0.5) FILTER (WHERE status = 'answered')
            FROM mention_facts GROUP BY brand_id, weekday, hour ORDER BY brand_id, weekday, hour
            """;
        EnsureFacts(metricsOptions ?? new MetricsOptions());
        var list = new List<ActivityCell>();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new ActivityCell(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                reader.IsDBNull(5) ? null : Convert.ToDouble(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>
    /// The brand's mentions in the period that were not answered within the answer window (unanswered or still pending),
    /// longest wait first (to the late reply, else to the as-of time), then mention time, platform and post id; at most
    /// <paramref name="count"/>. Customers are pseudonymised unless <paramref name="showCustomers"/>.
    /// </summary>
    public IReadOnlyList<UnansweredMention> SlowestUnanswered(
        Brand brand, int count, MetricsOptions? metricsOptions = null, bool showCustomers = false, string pseudonymKey = ScorecardOptions.DefaultPseudonymKey)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentException.ThrowIfNullOrEmpty(pseudonymKey);
        const string sql = """
            SELECT mf.platform, mf.post_id, p.author, mf.created_at, mf.status, mf.first_reply_at,
                (epoch_ms(coalesce(mf.first_reply_at, $as_of)) - epoch_ms(mf.created_at)) / 1000.0 AS waited
            FROM mention_facts mf JOIN posts p ON p.platform = mf.platform AND p.post_id = mf.post_id
            WHERE mf.brand_id = $brand AND mf.status <> 'answered'
            ORDER BY waited DESC, mf.created_at, mf.platform, mf.post_id
            LIMIT $count
            """;
        var options = metricsOptions ?? new MetricsOptions();
        EnsureFacts(options);
        var asOf = options.AsOf?.UtcDateTime
            ?? warehouse.LatestPostTime() ?? DateTime.UnixEpoch;
        var pseudonyms = new Pseudonymizer(pseudonymKey, BrandHandles());
        var list = new List<UnansweredMention>();
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        command.Parameters.Add(new DuckDBParameter("brand", brand.Id));
        command.Parameters.Add(new DuckDBParameter("count", (long)count));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var author = reader.GetString(2);
            list.Add(new UnansweredMention(
                reader.GetString(0),
                reader.GetString(1),
                showCustomers ? author : pseudonyms.Pseudonym(author),
                Utc(reader, 3)!.Value,
                reader.GetString(4),
                Utc(reader, 5),
                Math.Max(0, Convert.ToDouble(reader.GetValue(6), CultureInfo.InvariantCulture))));
        }

        return list;
    }

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
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(thisWeek);
        options ??= new ScorecardOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        ThrowIfInvalid((textOptions ?? new TextQualityOptions()).Validate(), nameof(textOptions));
        if (thisWeek.MetricsOptions.From != week.Start || thisWeek.MetricsOptions.To != week.End)
        {
            throw new ArgumentException($"the evaluation given as this week does not cover exactly {week}", nameof(thisWeek));
        }

        var trend = WeeklyTrend(ForWeeks(metricsOptions, week.Plus(1 - options.TrendWeeks), week));
        var trailing = EvaluateWeeks(week.Plus(-options.TrailingWeeks), week.Plus(-1), metricsOptions, scoreOptions);
        var lastWeek = EvaluateWeeks(week.Plus(-1), week.Plus(-1), metricsOptions, scoreOptions);
        var cards = brands
            .Select(brand => ScorecardBuilder.Build(
                brand, week, options.Week is null, thisWeek, lastWeek, trailing, options.TrailingWeeks, trend, options.TrendWeeks,
                SlowestUnanswered(brand, options.SlowestCount, thisWeek.MetricsOptions, options.ShowCustomers, options.PseudonymKey),
                options.ShowCustomers))
            .ToList();

        // Care quality from the text, this week and last, with the scorecard's privacy (one computation for all brands).
        textOptions = (textOptions ?? new TextQualityOptions()) with { ShowCustomers = options.ShowCustomers, PseudonymKey = options.PseudonymKey };
        var qualityThisWeek = Quality(thisWeek.MetricsOptions, textOptions);
        if (qualityThisWeek is null)
        {
            return cards;
        }

        var qualityLastWeek = Quality(lastWeek.MetricsOptions, textOptions);
        return cards
            .Select(card => card with
            {
                Quality = new ScorecardQuality(
                    qualityThisWeek.GetValueOrDefault(card.Brand.Id),
                    qualityLastWeek?.GetValueOrDefault(card.Brand.Id)),
            })
            .ToList();
    }

    private static MetricsOptions ForWeeks(MetricsOptions? options, IsoWeek first, IsoWeek last) =>
        (options ?? new MetricsOptions()) with { From = first.Start, To = last.End };

    /// <summary>Builds the mention facts for <paramref name="options"/> unless the table already holds them.</summary>
    private void EnsureFacts(MetricsOptions options)
    {
        ThrowIfInvalid(options.Validate(), nameof(options));
        if (factsFor != options)
        {
            factsFor = null;
            _ = new MetricsCalculator(warehouse).MentionOutcomes(options);
            factsFor = options;
        }
    }

    private HashSet<string> BrandHandles()
    {
        var handles = new HashSet<string>(StringComparer.Ordinal);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT lower(handle) FROM brand_handles";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            handles.Add(reader.GetString(0));
        }

        return handles;
    }
}
