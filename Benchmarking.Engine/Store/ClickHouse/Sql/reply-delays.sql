-- Every brand reply to a customer post of the period stored on THIS shard, not timed before it, with its delay in
-- whole milliseconds (the DuckDB store's reply-delays.sql). The brand replies come from every shard (Distributed posts).
-- Placeholders, passes and dialect as in conversation-facts.sql.
SELECT brand_id, intDiv(r_us, 1000) - intDiv(c_us, 1000) AS ms
FROM (
    SELECT platform, post_id AS c_id, created_us AS c_us
    FROM {db}.posts_local
    WHERE {visible} AND {brand_of} = '' AND created_us >= {from_us} AND created_us < {to_us} AND cityHash64(post_id) % {passes} = {pass}) AS customer
ALL INNER JOIN (
    SELECT platform, in_reply_to_id AS c_id, {brand_of} AS brand_id, created_us AS r_us
    FROM {db}.posts
    WHERE {visible} AND in_reply_to_id != '' AND brand_id != '' AND cityHash64(in_reply_to_id) % {passes} = {pass}) AS replies USING (platform, c_id)
WHERE r_us >= c_us
