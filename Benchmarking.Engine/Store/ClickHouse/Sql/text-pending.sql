-- Per shard: the committed posts stored on THIS shard without a current feature row ({features}: the version being
-- computed, with the post's brand status under the registry applied now), to analyse. Placeholders as in
-- text-analysed.sql.
SELECT platform, post_id, author_lc, author_account_id, toUInt8({brand_of} != '') AS is_brand, text
FROM {db}.posts_local
WHERE {visible} AND (platform, post_id) NOT IN (
    SELECT platform, post_id
    FROM {db}.text_features_local
    WHERE {features})
