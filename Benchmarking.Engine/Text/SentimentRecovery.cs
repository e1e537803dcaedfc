namespace Benchmarking.Engine.Text;

/// <summary>The one definition of sentiment recovery: compare the classes on the order negative &lt; neutral &lt; positive.</summary>
internal static class SentimentRecovery
{
    public static Recovery Compare(Sentiment mention, Sentiment followUp) =>
        (Recovery)Math.Sign((int)followUp - (int)mention);

    /// <summary>
    /// One row per answered mention: the mention's sentiment and, when there is one, the earliest post by the mention's
    /// author that replies directly to one of the brand's replies to the mention (at or after that reply).
    /// Needs <c>mention_facts</c> (built by the metrics calculator) and <c>text_features</c>.
    /// </summary>
    public const string FollowUpSql = """
        WITH answered AS (
            SELECT mf.platform, mf.post_id, mf.brand_id, m.author, fm.sentiment
            FROM mention_facts mf
            JOIN posts m ON m.platform = mf.platform AND m.post_id = mf.post_id
            JOIN text_features fm ON fm.platform = mf.platform AND fm.post_id = mf.post_id
            WHERE mf.status = 'answered'),
        follow AS (
            SELECT a.platform, a.post_id, a.brand_id,
                arg_min(c.post_id, (c.created_at, c.post_id)) AS follow_id
            FROM answered a
            JOIN posts r ON r.platform = a.platform AND r.in_reply_to_id = a.post_id AND r.brand_id = a.brand_id
            JOIN posts c ON c.platform = a.platform AND c.in_reply_to_id = r.post_id AND c.author = a.author AND c.created_at >= r.created_at
            GROUP BY a.platform, a.post_id, a.brand_id)
        SELECT a.brand_id, a.post_id, a.sentiment, f.follow_id, ff.sentiment
        FROM answered a
        LEFT JOIN follow f ON f.platform = a.platform AND f.post_id = a.post_id AND f.brand_id = a.brand_id
        LEFT JOIN text_features ff ON ff.platform = a.platform AND ff.post_id = f.follow_id
        ORDER BY a.brand_id, a.post_id
        """;
}
