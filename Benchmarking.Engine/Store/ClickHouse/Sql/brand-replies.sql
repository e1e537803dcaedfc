-- Per shard: the brand posts of the period stored on THIS shard that have features, ordered by brand, time and post
-- id; the client merges the shards' ordered streams (the DuckDB store's brand-replies.sql).
-- Placeholders as in text-analysed.sql.
SELECT brand_id, post_id, template_hash, reply_norm, deflection, hedging, created_us
FROM (
    SELECT platform, post_id, {brand_of} AS brand_id, created_us
    FROM {db}.posts_local
    WHERE {visible} AND brand_id != '' AND created_us >= {from_us} AND created_us < {to_us}) AS p
ANY INNER JOIN (
    SELECT platform, post_id, ifNull(template_hash, '') AS template_hash, ifNull(reply_norm, '') AS reply_norm, deflection, hedging
    FROM {db}.text_features_local
    WHERE {features} AND is_brand = 1) AS f USING (platform, post_id)
ORDER BY brand_id, created_us, post_id
