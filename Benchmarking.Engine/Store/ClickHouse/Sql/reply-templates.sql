-- Per shard: the brand posts of the period stored on THIS shard grouped by template per brand, with the first use
-- (time, then post id) of each; `missing` counts brand posts without features. The client adds the shards' groups up
-- and orders each brand's templates by first use (the DuckDB store's reply-templates.sql).
-- Placeholders as in text-analysed.sql.
SELECT brand_id, template_hash, reply_norm, count() AS replies, countIf(deflection != '') AS deflecting,
    countIf(has_features = 0) AS missing, min(created_us) AS first_us, argMin(post_id, (created_us, post_id)) AS first_id
FROM (
    SELECT platform, post_id, {brand_of} AS brand_id, created_us
    FROM {db}.posts_local
    WHERE {visible} AND brand_id != '' AND created_us >= {from_us} AND created_us < {to_us}) AS p
ANY LEFT JOIN (
    SELECT platform, post_id, ifNull(template_hash, '') AS template_hash, ifNull(reply_norm, '') AS reply_norm, deflection,
        toUInt8(1) AS has_features
    FROM {db}.text_features_local
    WHERE {features} AND is_brand = 1) AS f USING (platform, post_id)
GROUP BY brand_id, template_hash, reply_norm
