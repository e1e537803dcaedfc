using System.Globalization;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>
/// The SQL definitions of the brand metrics that the engine used before the metrics moved to C# over the conversation
/// facts (methodology 4.0, DuckDB's quantile_cont and exact integer sums), kept here so the tests can show the C#
/// definition gives the same figures to the bit: published figures and goldens stay as they were.
/// </summary>
internal static class PreviousSqlMetrics
{
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

    /// <summary>Every brand's metrics as the previous SQL computed them (without the Kaplan–Meier shares and clocks).</summary>
    public static List<BrandMetrics> Compute(Warehouse warehouse, MetricsOptions options)
    {
        var asOf = options.AsOf?.UtcDateTime ?? warehouse.LatestPostTime() ?? DateTime.UnixEpoch;
        using (var build = Command(warehouse, MentionFactsSql, options, asOf))
        {
            build.ExecuteNonQuery();
        }

        var brands = new List<BrandMetrics>();
        using var command = Command(warehouse, BrandAggregatesSql, options, asOf);
        using var reader = command.ExecuteReader();
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

        return brands;
    }

    private static DuckDBCommand Command(Warehouse warehouse, string sql, MetricsOptions options, DateTime asOf)
    {
        var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("from", options.From?.UtcDateTime ?? DateTime.MinValue.AddYears(1)));
        command.Parameters.Add(new DuckDBParameter("to", options.To?.UtcDateTime ?? DateTime.MaxValue.AddYears(-1)));
        if (sql.Contains("$window_ms", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("window_ms", (long)options.AnswerWindow.TotalMilliseconds));
            command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        }

        return command;
    }

    private static double? Double(DuckDBDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
