-- For the findings, per shard, over the posts stored on THIS shard joined to every brand reply (from every shard):
-- replies_found, brand replies of the period whose replied-to post is stored here (orphans are the brand replies of the
-- period with a parent id minus these, summed over the shards); customer_pairs, brand replies to a customer post of
-- the period stored here (unaddressed replies are these minus the replies matched to conversation facts).
-- Placeholders, passes and dialect as in conversation-facts.sql.
SELECT
    countIf(r_us >= {from_us} AND r_us < {to_us}) AS replies_found,
    countIf(is_customer = 1 AND p_us >= {from_us} AND p_us < {to_us}) AS customer_pairs
FROM (
    SELECT platform, post_id AS p_id, created_us AS p_us, toUInt8({brand_of} = '') AS is_customer
    FROM {db}.posts_local
    WHERE {visible} AND cityHash64(post_id) % {passes} = {pass}) AS parents
ALL INNER JOIN (
    SELECT platform, in_reply_to_id AS p_id, created_us AS r_us
    FROM {db}.posts
    WHERE {visible} AND in_reply_to_id != '' AND {brand_of} != '' AND cityHash64(in_reply_to_id) % {passes} = {pass}) AS replies USING (platform, p_id)
