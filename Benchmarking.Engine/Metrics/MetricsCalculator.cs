using System.Globalization;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Methodology v1 as SQL inside DuckDB: threads replies to mentions, finds each mention's first response and
/// aggregates per brand. Every definition is in <c>docs/methodology.md</c>; the tests hold an independent C#
/// reference implementation that must agree.
/// </summary>
/// <param name="warehouse">The store.</param>
/// <param name="registry">The registry whose support hours and time zones define the business clock (methodology v4); null
/// computes the wall clock only.</param>
internal sealed class MetricsCalculator(Warehouse warehouse, BrandRegistry? registry = null)
{
    /// <summary>
    /// One row per (inbound mention, brand addressed): a post by a non-brand author, not a repost (<c>RT @</c>, stored at
    /// ingest in <c>posts.is_repost</c> by <see cref="Reposts"/>), that replies directly to one of the brand's posts or
    /// @-mentions one of its handles (<c>posts.mentions</c>, extracted at ingest by <see cref="MentionHandles"/>); with its
    /// first response.
    /// </summary>
    /// <remarks>
    /// A post can address the same brand twice (it replies to the brand's post and mentions its handle, names the handle
    /// twice, or two handles of one brand), so <c>targets</c> may hold a (post, brand) more than once. Those copies are
    /// exact duplicates, and they are merged by the <c>replied</c> GROUP BY, which groups by the same four columns anyway,
    /// instead of a separate UNION de-duplication (a hash aggregate of its own over every target). The minimum is
    /// unaffected by repeated rows; the early replies are counted as distinct reply ids, which over one (post, brand) is
    /// the number of replies because (platform, post_id) is unique in <c>posts</c>.
    /// </remarks>
    private const string MentionFactsSql = """
        CREATE OR REPLACE TEMP TABLE mention_facts AS
        WITH customer AS (
            -- The period is applied here, before the reply join and the unnest of the handles.
            SELECT platform, post_id, created_at, mentions, in_reply_to_id
            FROM posts
            WHERE brand_id IS NULL AND NOT is_repost AND created_at >= $from AND created_at < $to),
        targets AS (
            -- The mention's time travels with it, so no second join back to customer posts is needed.
            SELECT c.platform, c.post_id, p.brand_id, c.created_at
            FROM customer c JOIN posts p ON p.platform = c.platform AND p.post_id = c.in_reply_to_id
            WHERE p.brand_id IS NOT NULL
            UNION ALL
            SELECT m.platform, m.post_id, h.brand_id, m.created_at
            -- The handles were extracted (lower case) at ingest into posts.mentions (Store/MentionHandles.cs); a hidden
            -- alias (methodology v4) stands for its brand in a mention like one of its handles.
            FROM (SELECT platform, post_id, created_at, unnest(mentions) AS handle FROM customer) m
            JOIN (SELECT platform, handle, brand_id FROM brand_handles UNION ALL SELECT platform, handle, brand_id FROM brand_aliases) h
                ON h.platform = m.platform AND h.handle = m.handle),
        replied AS (
            -- Also merges repeated targets (see remarks): hence count(DISTINCT r.post_id).
            SELECT m.platform, m.post_id, m.brand_id, m.created_at,
                min(r.created_at) FILTER (WHERE r.created_at >= m.created_at) AS first_reply_at,
                count(DISTINCT r.post_id) FILTER (WHERE r.created_at < m.created_at) AS early_replies
            FROM targets m
            LEFT JOIN posts r ON r.platform = m.platform AND r.in_reply_to_id = m.post_id AND r.brand_id = m.brand_id
            GROUP BY m.platform, m.post_id, m.brand_id, m.created_at)
        SELECT *,
            (epoch_ms(first_reply_at) - epoch_ms(created_at)) / 1000.0 AS response_seconds,
            CASE
                WHEN first_reply_at IS NOT NULL AND epoch_ms(first_reply_at) - epoch_ms(created_at) <= $window_ms THEN 'answered'
                WHEN epoch_ms(created_at) + $window_ms > epoch_ms($as_of) THEN 'pending'
                ELSE 'unanswered'
            END AS status
        FROM replied;
        """;

    /// <summary>
    /// The two findings about brand replies that match no mention, counted in one pass over the brand replies with one
    /// join to the replied-to post (instead of one join each): <c>orphans</c>, replies in the period whose post is not
    /// stored; <c>unaddressed</c>, replies to a customer post of the period that is not a mention of the replying brand
    /// (no <c>mention_facts</c> row for that post and brand; reposts never are). Run after the mention facts are built.
    /// </summary>
    private const string ReplyFindingsSql = """
        SELECT
            count(*) FILTER (WHERE c.post_id IS NULL AND r.created_at >= $from AND r.created_at < $to) AS orphans,
            count(*) FILTER (WHERE c.brand_id IS NULL AND c.post_id IS NOT NULL AND c.created_at >= $from AND c.created_at < $to
                AND m.post_id IS NULL) AS unaddressed
        FROM posts r
        LEFT JOIN posts c ON c.platform = r.platform AND c.post_id = r.in_reply_to_id
        LEFT JOIN mention_facts m ON m.platform = c.platform AND m.post_id = c.post_id AND m.brand_id = r.brand_id
        WHERE r.brand_id IS NOT NULL AND r.in_reply_to_id IS NOT NULL
        """;

    // Mean and sample variance from exact integer sums of milliseconds (n, Σx, Σx²), so the figures do not depend on the
    // order in which DuckDB's parallel aggregation adds doubles: the same data gives the same bits on every run.
    private const string MeanSql = "CAST(a.s1 AS DOUBLE) / a.n / 1000.0";
    private const string VarianceSql = "CASE WHEN a.n > 1 THEN CAST(a.n * a.s2 - a.s1 * a.s1 AS DOUBLE) / (a.n * (a.n - 1)) / 1000000.0 END";

    private const string BrandAggregatesSql = $$"""
        WITH answered AS (
            SELECT brand_id,
                quantile_cont(response_seconds, [0.25, 0.5, 0.75, 0.9]) AS q,
                quantile_cont(log10(greatest(response_seconds, 1.0)), [0.25, 0.75]) AS lq,
                count(*) AS n, sum(ms) AS s1, sum(ms * ms) AS s2,
                count(*) FILTER (WHERE response_seconds <= 900) AS in15m,
                count(*) FILTER (WHERE response_seconds <= 3600) AS in1h,
                count(*) FILTER (WHERE response_seconds <= 86400) AS in24h
            FROM (SELECT *, CAST(round(response_seconds * 1000) AS HUGEINT) AS ms FROM mention_facts WHERE status = 'answered')
            GROUP BY brand_id),
        counts AS (
            SELECT brand_id, count(*) AS mentions,
                count(*) FILTER (WHERE status = 'answered') AS answered,
                count(*) FILTER (WHERE status = 'pending') AS pending,
                count(*) FILTER (WHERE status = 'unanswered') AS unanswered,
                CAST(sum(early_replies) AS BIGINT) AS early
            FROM mention_facts GROUP BY brand_id),
        replies AS (
            SELECT brand_id, count(*) AS n FROM posts
            WHERE brand_id IS NOT NULL AND created_at >= $from AND created_at < $to GROUP BY brand_id)
        SELECT c.brand_id, c.mentions, c.answered, c.pending, c.unanswered, c.early, coalesce(r.n, 0),
            a.q[2], {{MeanSql}}, {{VarianceSql}}, sqrt({{VarianceSql}}), a.q[1], a.q[3], a.q[4], a.lq[2] - a.lq[1],
            coalesce(a.in15m, 0), coalesce(a.in1h, 0), coalesce(a.in24h, 0)
        FROM counts c LEFT JOIN answered a USING (brand_id) LEFT JOIN replies r USING (brand_id)
        ORDER BY c.brand_id;
        """;

    /// <summary>Builds the mention facts for the period and aggregates them per brand.</summary>
    public ComputedMetrics Compute(MetricsOptions options)
    {
        var asOf = BuildMentionFacts(options);
        var brands = new List<BrandMetrics>();
        using (var command = Command(BrandAggregatesSql, options, asOf))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var mentions = reader.GetInt64(1);
                var answered = reader.GetInt64(2);
                var pending = reader.GetInt64(3);
                var decided = mentions - pending;
                double? Share(int ordinal) => decided > 0 ? reader.GetInt64(ordinal) / (double)decided : null;
                brands.Add(new BrandMetrics(
                    BrandId: reader.GetString(0),
                    Mentions: mentions,
                    Answered: answered,
                    Pending: pending,
                    Unanswered: reader.GetInt64(4),
                    ResponseRate: decided > 0 ? answered / (double)decided : null,
                    FirstResponse: new ResponseTimeStats(answered, Double(reader, 7), Double(reader, 8), Double(reader, 9), Double(reader, 10), Double(reader, 11), Double(reader, 12), Double(reader, 13)),
                    LogIqrDecades: Double(reader, 14),
                    Within15Min: Share(15),
                    Within1Hour: Share(16),
                    Within24Hours: Share(17),
                    RepliesBeforeMention: Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture),
                    BrandReplies: reader.GetInt64(6)));
            }
        }

        // Methodology v2: each brand's mention outcomes, loaded once, give the Kaplan–Meier shares here and the bootstrap later.
        var outcomes = Outcomes(options, asOf);
        for (var i = 0; i < brands.Count; i++)
        {
            brands[i] = brands[i] with { Survival = OutcomeMetrics.From(brands[i].BrandId, outcomes[brands[i].BrandId]).Survival };
        }

        // Methodology v4: both clocks. A brand open 24/7 has the same figures on both (see BusinessClock).
        var business = registry is null ? [] : BusinessClock.Compute(warehouse, registry, options, asOf);
        for (var i = 0; i < brands.Count; i++)
        {
            var wall = ClockFigures.Of(brands[i]);
            var (businessFigures, outOfHours) = business.TryGetValue(brands[i].BrandId, out var b)
                ? (ClockFigures.Of(OutcomeMetrics.From(brands[i].BrandId, b.Outcomes)), b.OutOfHours)
                : (wall, OutOfHoursMentions.None);
            brands[i] = brands[i] with { WallClock = wall, BusinessClock = businessFigures, OutOfHours = outOfHours };
        }

        return new ComputedMetrics(brands, Window(asOf), Findings(options, asOf, brands), outcomes)
        {
            BusinessOutcomes = business.ToDictionary(p => p.Key, p => p.Value.Outcomes, StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The mention outcomes of every brand in the period (answered: response seconds; unanswered: censored at the window;
    /// pending: censored at its age at the as-of time, at least 0), in <see cref="OutcomeSample"/> order, keyed by brand
    /// id. Run after the mention facts are built; two scans of them, no strings per row.
    /// </summary>
    private Dictionary<string, OutcomeSample> Outcomes(MetricsOptions options, DateTime asOf)
    {
        var sizes = new List<(string Brand, int Count)>();
        using (var command = Command("SELECT brand_id, count(*) FROM mention_facts GROUP BY brand_id ORDER BY brand_id", options, asOf))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                sizes.Add((reader.GetString(0), checked((int)reader.GetInt64(1))));
            }
        }

        // Identical outcomes (same status and observed seconds: all unanswered ones, answers in the same second) are
        // indistinguishable, so they are read once with their number and expanded here.
        const string sql = """
            SELECT code, observed, count(*) AS n FROM (
                SELECT brand_id,
                    CAST(CASE status WHEN 'answered' THEN 1 WHEN 'unanswered' THEN 2 ELSE 3 END AS INTEGER) AS code,
                    CAST(CASE status
                        WHEN 'answered' THEN response_seconds
                        WHEN 'unanswered' THEN $window_ms / 1000.0
                        ELSE greatest(0.0, (epoch_ms($as_of) - epoch_ms(created_at)) / 1000.0) END AS DOUBLE) AS observed
                FROM mention_facts)
            GROUP BY brand_id, code, observed
            ORDER BY brand_id, observed, code
            """;
        var result = new Dictionary<string, OutcomeSample>(StringComparer.Ordinal);
        using var outcomeCommand = Command(sql, options, asOf);
        using var rows = outcomeCommand.ExecuteReader();
        foreach (var (brand, count) in sizes)
        {
            var seconds = new double[count];
            var status = new MentionStatus[count];
            for (var filled = 0; filled < count;)
            {
                if (!rows.Read())
                {
                    throw new InvalidOperationException($"Mention outcomes of '{brand}' end after {filled} of {count}.");
                }

                var code = (MentionStatus)rows.GetInt32(0);
                var observed = rows.GetDouble(1);
                var n = checked((int)rows.GetInt64(2));
                seconds.AsSpan(filled, n).Fill(observed);
                status.AsSpan(filled, n).Fill(code);
                filled += n;
            }

            result[brand] = OutcomeSample.FromSorted(seconds, status);
        }

        return result;
    }

    /// <summary>The mention outcomes of every brand with mentions in the period, keyed by brand id (see <see cref="Compute"/>).</summary>
    public IReadOnlyDictionary<string, OutcomeSample> MentionOutcomes(MetricsOptions options) => Outcomes(options, BuildMentionFacts(options));

    /// <summary>
    /// Every brand reply to a customer post (not only the first), with a non-negative delay, by the customer post's
    /// time in the period: the figure published TWCS analyses report.
    /// </summary>
    public IReadOnlyList<ReplyLatency> ReplyLatencies(MetricsOptions options)
    {
        const string sql = $$"""
            WITH pairs AS (
                SELECT r.brand_id, (epoch_ms(r.created_at) - epoch_ms(c.created_at)) / 1000.0 AS seconds,
                    CAST(epoch_ms(r.created_at) - epoch_ms(c.created_at) AS HUGEINT) AS ms
                FROM posts r JOIN posts c ON c.platform = r.platform AND c.post_id = r.in_reply_to_id
                WHERE r.brand_id IS NOT NULL AND c.brand_id IS NULL AND r.created_at >= c.created_at
                  AND c.created_at >= $from AND c.created_at < $to)
            SELECT a.brand_id, a.n, a.q, {{MeanSql}}, {{VarianceSql}}, sqrt({{VarianceSql}})
            FROM (SELECT brand_id, count(*) AS n, quantile_cont(seconds, [0.25, 0.5, 0.75, 0.9]) AS q, sum(ms) AS s1, sum(ms * ms) AS s2
                  FROM pairs GROUP BY brand_id) a
            ORDER BY a.brand_id;
            """;
        var list = new List<ReplyLatency>();
        using var command = Command(sql, options, null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var q = ((System.Collections.IList)reader.GetValue(2)).Cast<object>().Select(Convert.ToDouble).ToArray();
            list.Add(new ReplyLatency(reader.GetString(0), new ResponseTimeStats(reader.GetInt64(1), q[1], Double(reader, 3), Double(reader, 4), Double(reader, 5), q[0], q[2], q[3])));
        }

        return list;
    }

    private DateTime BuildMentionFacts(MetricsOptions options)
    {
        var asOf = options.AsOf?.UtcDateTime
            ?? warehouse.LatestPostTime() ?? DateTime.UnixEpoch;
        using var command = Command(MentionFactsSql, options, asOf);
        command.ExecuteNonQuery();
        return asOf;
    }

    private DataWindow Window(DateTime asOf)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT min(created_at), max(created_at) FROM mention_facts";
        using var reader = command.ExecuteReader();
        reader.Read();
        DateTimeOffset? At(int i) => reader.IsDBNull(i) ? null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Utc));
        return new DataWindow(At(0), At(1), new DateTimeOffset(DateTime.SpecifyKind(asOf, DateTimeKind.Utc)));
    }

    /// <summary><c>1 brand reply</c>, <c>469 brand replies</c>.</summary>
    private static string Replies(long count) => string.Create(CultureInfo.InvariantCulture, $"{count} brand {(count == 1 ? "reply" : "replies")}");

    private List<Finding> Findings(MetricsOptions options, DateTime asOf, IReadOnlyList<BrandMetrics> brands)
    {
        var findings = new List<Finding>();
        foreach (var brand in brands.Where(b => b.RepliesBeforeMention > 0))
        {
            findings.Add(new Finding(FindingSeverity.Warning, "reply-before-mention", brand.BrandId, brand.RepliesBeforeMention,
                $"{Replies(brand.RepliesBeforeMention)} {(brand.RepliesBeforeMention == 1 ? "is" : "are")} timed before the mention they answer (clock or data error); they are not used as response times."));
        }

        long Count(string sql)
        {
            using var command = Command(sql, options, asOf);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        long orphans, unaddressed;
        using (var command = Command(ReplyFindingsSql, options, asOf))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            orphans = reader.GetInt64(0);
            unaddressed = reader.GetInt64(1);
        }

        if (orphans > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, "reply-to-missing-post", null, orphans,
                $"{Replies(orphans)} {(orphans == 1 ? "answers a post that is" : "answer posts that are")} not in the data (the sample cut their thread); {(orphans == 1 ? "it" : "they")} cannot be matched to a mention."));
        }

        if (unaddressed > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, "reply-to-unaddressed-post", null, unaddressed,
                $"{Replies(unaddressed)} {(unaddressed == 1 ? "answers a customer post that neither mentions" : "answer customer posts that neither mention")} the brand's handle nor {(unaddressed == 1 ? "replies" : "reply")} to it (e.g. an anonymised @mention); {(unaddressed == 1 ? "that post is" : "those posts are")} not counted as {(unaddressed == 1 ? "a mention" : "mentions")}."));
        }

        var unregistered = Count("SELECT count(*) FROM posts WHERE brand_id IS NULL AND declared_inbound = false");
        if (unregistered > 0)
        {
            var handles = Count("SELECT count(DISTINCT author) FROM posts WHERE brand_id IS NULL AND declared_inbound = false");
            findings.Add(new Finding(FindingSeverity.Warning, "unregistered-brand-handle", null, unregistered,
                $"{unregistered} post(s) by {handles} handle(s) are marked as company posts by the source but are not in the brand registry; they are treated as customers. Add the handles to the registry to benchmark them."));
        }

        var inboundBrand = Count("SELECT count(*) FROM posts WHERE brand_id IS NOT NULL AND declared_inbound = true");
        if (inboundBrand > 0)
        {
            findings.Add(new Finding(FindingSeverity.Warning, "registered-handle-marked-inbound", null, inboundBrand,
                $"{inboundBrand} post(s) by registered brand handles are marked as customer posts by the source; check the registry."));
        }

        return findings;
    }

    private DuckDBCommand Command(string sql, MetricsOptions options, DateTime? asOf)
    {
        var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$from", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("from", options.From?.UtcDateTime ?? DateTime.MinValue.AddYears(1)));
            command.Parameters.Add(new DuckDBParameter("to", options.To?.UtcDateTime ?? DateTime.MaxValue.AddYears(-1)));
        }

        if (sql.Contains("$window_ms", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("window_ms", (long)options.AnswerWindow.TotalMilliseconds));
        }

        if (sql.Contains("$as_of", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("as_of", asOf ?? DateTime.UnixEpoch));
        }

        return command;
    }

    private static double? Double(DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
