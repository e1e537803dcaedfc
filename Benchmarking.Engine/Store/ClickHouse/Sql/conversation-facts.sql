-- One row per (inbound mention, brand addressed) whose customer post is stored on THIS shard, with the brand's first
-- reply at or after it, its replies before it and all its replies by that brand (methodology §2; the DuckDB store's
-- conversation_facts, plus the reply count the unaddressed-reply check subtracts). Sent to every shard's own server:
-- the customer posts are read from posts_local where they lie; the brand posts and brand replies they join to are read
-- through the Distributed posts table (from every shard), because a conversation's posts are not co-located.
-- Runs on ClickHouse 18.16 and current ClickHouse alike: one JOIN per SELECT, equality joins only (time conditions are
-- -If combinators), no CTE, no window function; every joined side is an aliased subquery whose USING columns it
-- selects by name (current ClickHouse resolves USING from the left table expression, not from WHERE aliases).
-- Run in passes ({pass} of {passes}) over buckets of the customer post id, so a shard holds only the brand replies of
-- one bucket in memory (ClickHouseStore.RepliesPerPass); the passes' rows together are the facts.
-- Placeholders: {db}; {visible} (the committed ingest batches); {brand_of} (a post's brand from the registry, '' for a
-- customer); {handle_brand} (the brand of a mentioned handle); {from_us} and {to_us} (the period, microseconds).
SELECT platform, m_id, brand_id, m_us, m_author,
    uniqExactIf(r_id, r_hit = 1 AND r_us >= m_us) AS replies_after,
    minIf(r_us, r_hit = 1 AND r_us >= m_us) AS first_reply_us,
    uniqExactIf(r_id, r_hit = 1 AND r_us < m_us) AS early_replies,
    uniqExactIf(r_id, r_hit = 1) AS brand_replies
FROM (
    -- Targets by reply: the customer post replies directly to one of the brand's posts.
    SELECT platform, m_id, parent_brand AS brand_id, m_us, m_author
    FROM (
        SELECT platform, post_id AS m_id, created_us AS m_us, author AS m_author, in_reply_to_id AS parent_id
        FROM {db}.posts_local
        WHERE {visible} AND {brand_of} = '' AND is_repost = 0 AND created_us >= {from_us} AND created_us < {to_us}
            AND in_reply_to_id != '' AND cityHash64(post_id) % {passes} = {pass}) AS customer
    ANY INNER JOIN (
        SELECT platform, post_id AS parent_id, {brand_of} AS parent_brand
        FROM {db}.posts
        WHERE {visible} AND parent_brand != '') AS brand_posts USING (platform, parent_id)
    UNION ALL
    -- Targets by handle: each mentioned handle (or hidden alias) of a brand; repeats are merged by the GROUP BY.
    SELECT platform, m_id, {handle_brand} AS brand_id, m_us, m_author
    FROM (
        SELECT platform, post_id AS m_id, created_us AS m_us, author AS m_author, mentions
        FROM {db}.posts_local
        WHERE {visible} AND {brand_of} = '' AND is_repost = 0 AND created_us >= {from_us} AND created_us < {to_us}
            AND cityHash64(post_id) % {passes} = {pass}) AS customer
    ARRAY JOIN mentions AS handle
    WHERE brand_id != '') AS targets
ALL LEFT JOIN (
    -- The brand's replies to each post, from every shard.
    SELECT platform, in_reply_to_id AS m_id, {brand_of} AS brand_id, post_id AS r_id, created_us AS r_us, toUInt8(1) AS r_hit
    FROM {db}.posts
    WHERE {visible} AND in_reply_to_id != '' AND brand_id != '' AND cityHash64(in_reply_to_id) % {passes} = {pass}) AS replies USING (platform, m_id, brand_id)
GROUP BY platform, m_id, brand_id, m_us, m_author
