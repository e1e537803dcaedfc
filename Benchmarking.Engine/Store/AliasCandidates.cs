using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Finds hidden-alias candidates in the store from the reply structure (methodology v4): for every handle that customer
/// posts mention and that is neither a registered handle nor an alias, how many of those posts each brand replied to,
/// against the brand's share of all answered customer posts. Reads only; writes nothing.
/// </summary>
internal static class AliasCandidates
{
    private const string Sql = """
        WITH customer AS (
            SELECT platform, post_id, in_reply_to_id, mentions FROM posts
            WHERE brand_id IS NULL AND NOT coalesce(is_repost, false) AND mentions IS NOT NULL AND len(mentions) > 0),
        answers AS (
            SELECT DISTINCT platform, in_reply_to_id AS post_id, brand_id FROM posts
            WHERE brand_id IS NOT NULL AND in_reply_to_id IS NOT NULL),
        answered AS (
            -- A customer post a brand replied to, and whether it already addresses that brand (replies to its post or
            -- mentions one of its handles or aliases).
            SELECT a.platform, a.post_id, a.brand_id,
                coalesce(p.brand_id = a.brand_id, false)
                OR EXISTS (SELECT 1 FROM (SELECT platform, handle, brand_id FROM brand_handles UNION ALL SELECT platform, handle, brand_id FROM brand_aliases) h
                           WHERE h.platform = a.platform AND h.brand_id = a.brand_id AND list_contains(c.mentions, h.handle)) AS addressed
            FROM answers a
            JOIN customer c ON c.platform = a.platform AND c.post_id = a.post_id
            LEFT JOIN posts p ON p.platform = c.platform AND p.post_id = c.in_reply_to_id),
        base AS (
            SELECT platform, brand_id, count(*) / (SELECT count(*) FROM (SELECT DISTINCT platform, post_id FROM answered)) AS share
            FROM answered GROUP BY platform, brand_id),
        mentioned AS (
            SELECT DISTINCT platform, post_id, handle FROM (SELECT platform, post_id, unnest(mentions) AS handle FROM customer) m
            WHERE NOT EXISTS (SELECT 1 FROM brand_handles h WHERE h.platform = m.platform AND h.handle = m.handle)
              AND NOT EXISTS (SELECT 1 FROM brand_aliases h WHERE h.platform = m.platform AND h.handle = m.handle)),
        per_handle AS (
            SELECT m.platform, m.handle, count(*) AS mentions,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM answered a WHERE a.platform = m.platform AND a.post_id = m.post_id)) AS answered_any
            FROM mentioned m GROUP BY m.platform, m.handle),
        per_brand AS (
            SELECT m.platform, m.handle, a.brand_id, count(*) AS answered_brand, count(*) FILTER (WHERE NOT a.addressed) AS new_mentions,
                list(m.post_id ORDER BY m.post_id)[1:$examples] AS examples
            FROM mentioned m JOIN answered a ON a.platform = m.platform AND a.post_id = m.post_id
            GROUP BY m.platform, m.handle, a.brand_id),
        authored AS (
            SELECT platform, lower(author) AS handle, count(*) AS n FROM posts GROUP BY platform, lower(author))
        SELECT b.brand_id, b.platform, b.handle, h.mentions, h.answered_any, b.answered_brand, b.new_mentions, s.share,
            coalesce(w.n, 0), b.examples
        FROM per_brand b
        JOIN per_handle h ON h.platform = b.platform AND h.handle = b.handle
        JOIN base s ON s.platform = b.platform AND s.brand_id = b.brand_id
        LEFT JOIN authored w ON w.platform = b.platform AND w.handle = b.handle
        WHERE b.answered_brand >= $min_answered AND b.new_mentions > 0
        """;

    /// <summary>The candidates that pass <paramref name="options"/>, most confident first (then most answered, then handle and brand).</summary>
    public static IReadOnlyList<AliasSuggestion> Find(Warehouse warehouse, AliasSuggestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(options);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.Add(new DuckDBParameter("examples", (long)options.Examples));
        command.Parameters.Add(new DuckDBParameter("min_answered", (long)options.MinimumAnswered));
        using var reader = command.ExecuteReader();
        var found = new List<AliasSuggestion>();
        while (reader.Read())
        {
            if (PlatformNames.TryParse(reader.GetString(1), out var platform))
            {
                found.Add(Suggestion(reader.GetString(0), platform, reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5),
                    reader.GetInt64(6), reader.GetDouble(7), reader.GetInt64(8), [.. ((System.Collections.IList)reader.GetValue(9)).Cast<object>().Select(o => o.ToString()!)]));
            }
        }

        return Choose(found, options);
    }

    /// <summary>One candidate with its evidence (every store builds them here, so the lower bound is computed once).</summary>
    internal static AliasSuggestion Suggestion(string brandId, Platform platform, string handle, long mentions, long answeredAny, long answeredBrand, long newMentions, double baseShare, long authored, IReadOnlyList<string> examples) =>
        new(brandId, platform, handle, mentions, answeredAny, answeredBrand, newMentions, baseShare, authored, AliasSuggestion.WilsonLower(answeredBrand, answeredAny), examples);

    /// <summary>The candidates that pass the share and lift of <paramref name="options"/>, most confident first (then most answered, then handle and brand).</summary>
    internal static IReadOnlyList<AliasSuggestion> Choose(IEnumerable<AliasSuggestion> candidates, AliasSuggestionOptions options) =>
        [.. candidates
            .Where(s => s.Share >= options.MinimumShare && s.Lift >= options.MinimumLift)
            .OrderByDescending(s => s.ShareLower)
            .ThenByDescending(s => s.AnsweredByBrand)
            .ThenBy(s => s.Handle, StringComparer.Ordinal)
            .ThenBy(s => s.BrandId, StringComparer.Ordinal)];
}
