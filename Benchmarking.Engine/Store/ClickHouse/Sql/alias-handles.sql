-- Per shard, for the candidate handles only ({handles}: (platform, handle) pairs): the customer posts with mentions
-- stored on THIS shard that mention each, and how many of those a brand replied to; and the posts each handle wrote
-- (authored). The client adds the shards up (the `per_handle` and `authored` parts of the DuckDB store's alias
-- candidates). Placeholders as in conversation-facts.sql, and {handles}.
SELECT platform, handle, count() AS mentions, countIf(answered = 1) AS answered_any, toUInt64(0) AS authored
FROM (
    SELECT DISTINCT platform, post_id, handle, answered
    FROM (
        SELECT platform, post_id, mentions, answered
        FROM (
            SELECT platform, post_id, mentions
            FROM {db}.posts_local
            WHERE {visible} AND {brand_of} = '' AND is_repost = 0 AND notEmpty(mentions)) AS customer
        ANY LEFT JOIN (
            SELECT DISTINCT platform, in_reply_to_id AS post_id, toUInt8(1) AS answered
            FROM {db}.posts
            WHERE {visible} AND in_reply_to_id != '' AND {brand_of} != '') AS answers USING (platform, post_id))
    ARRAY JOIN mentions AS handle
    WHERE (platform, handle) IN ({handles}))
GROUP BY platform, handle
UNION ALL
SELECT platform, author_lc AS handle, toUInt64(0) AS mentions, toUInt64(0) AS answered_any, count() AS authored
FROM {db}.posts_local
WHERE {visible} AND (platform, author_lc) IN ({handles})
GROUP BY platform, author_lc
