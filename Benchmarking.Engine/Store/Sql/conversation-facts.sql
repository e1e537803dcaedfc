-- The conversation facts of one scope: one row per (inbound mention, brand addressed) with the brand's first direct
-- reply at or after the mention and the number of its replies timed before it. Statuses, response times and every
-- metric are derived from these columns in C# (Conversations/ConversationScope.cs, Metrics/OutcomeMetrics.cs).
--
-- A mention is a post by a non-brand author, not a repost (posts.is_repost, Store/Reposts.cs), posted in [$from, $to),
-- that replies directly to one of the brand's posts or @-mentions one of its handles or hidden aliases (posts.mentions,
-- extracted at ingest by Store/MentionHandles.cs). A post can address the same brand twice (it replies to the brand's
-- post and names its handle, or names two of its handles); those copies are exact duplicates and the GROUP BY of
-- `replied` merges them, hence count(DISTINCT r.post_id) for the early replies.
CREATE OR REPLACE TEMP TABLE conversation_facts AS
WITH customer AS (
    SELECT platform, post_id, created_at, mentions, in_reply_to_id
    FROM posts
    WHERE brand_id IS NULL AND NOT is_repost AND created_at >= $from AND created_at < $to),
targets AS (
    SELECT c.platform, c.post_id, p.brand_id, c.created_at
    FROM customer c JOIN posts p ON p.platform = c.platform AND p.post_id = c.in_reply_to_id
    WHERE p.brand_id IS NOT NULL
    UNION ALL
    SELECT m.platform, m.post_id, h.brand_id, m.created_at
    FROM (SELECT platform, post_id, created_at, unnest(mentions) AS handle FROM customer) m
    JOIN (SELECT platform, handle, brand_id FROM brand_handles UNION ALL SELECT platform, handle, brand_id FROM brand_aliases) h
        ON h.platform = m.platform AND h.handle = m.handle),
replied AS (
    SELECT m.platform, m.post_id, m.brand_id, m.created_at,
        min(r.created_at) FILTER (WHERE r.created_at >= m.created_at) AS first_reply_at,
        count(DISTINCT r.post_id) FILTER (WHERE r.created_at < m.created_at) AS early_replies
    FROM targets m
    LEFT JOIN posts r ON r.platform = m.platform AND r.in_reply_to_id = m.post_id AND r.brand_id = m.brand_id
    GROUP BY m.platform, m.post_id, m.brand_id, m.created_at)
SELECT platform, post_id, brand_id, created_at, first_reply_at, CAST(early_replies AS INTEGER) AS early_replies
FROM replied;
