-- Per shard: the mentions of THIS shard's conversation facts ({facts}) that have text features, with those features
-- and the raw text (for theme discovery), ordered by brand, mention time and post id; the client merges the shards'
-- ordered streams (the DuckDB store's mention-texts.sql). A mention, its features and its text lie on one shard.
-- Placeholders as in text-analysed.sql.
SELECT brand_id, m_id, m_us, replies_after, first_reply_us,
    isNull(sentiment) AS no_sentiment, ifNull(sentiment, '') AS sentiment, isNull(intent) AS no_intent, ifNull(intent, '') AS intent,
    themes, text
FROM (
    SELECT platform, m_id, brand_id, m_us, replies_after, first_reply_us
    FROM {facts}) AS facts
ANY INNER JOIN (
    SELECT platform, post_id AS m_id, sentiment, intent, themes, text
    FROM (
        SELECT platform, post_id, text
        FROM {db}.posts_local
        WHERE {visible} AND (platform, post_id) IN (SELECT platform, m_id FROM {facts})) AS p
    ANY INNER JOIN (
        SELECT platform, post_id, sentiment, intent, themes
        FROM {db}.text_features_local
        WHERE {features}) AS f USING (platform, post_id)) AS features USING (platform, m_id)
ORDER BY brand_id, m_us, m_id
