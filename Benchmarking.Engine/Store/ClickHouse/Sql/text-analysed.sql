-- Per shard: the posts of the period stored on THIS shard, and those of them without current text features (the
-- features lie beside their posts, so the join is local). The DuckDB store's text-analysed.sql.
-- Placeholders as in conversation-facts.sql, and {features} (the rows of the version the reads use, computed with the
-- post's brand status under the registry applied now).
SELECT count() AS posts, countIf(has_features = 0) AS missing
FROM (
    SELECT platform, post_id
    FROM {db}.posts_local
    WHERE {visible} AND created_us >= {from_us} AND created_us < {to_us}) AS p
ANY LEFT JOIN (
    SELECT platform, post_id, toUInt8(1) AS has_features
    FROM {db}.text_features_local
    WHERE {features}) AS f USING (platform, post_id)
