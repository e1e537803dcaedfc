-- Per shard: every mention of THIS shard's conversation facts ({facts}) with a brand reply and text features, with its
-- author and sentiment (the `replied` part of the DuckDB store's follow-ups.sql). The client keeps the answered ones
-- and matches them with follow-candidates.sql. Placeholders as in text-analysed.sql.
SELECT platform, m_id, brand_id, m_us, first_reply_us, m_author, isNull(sentiment) AS no_sentiment, ifNull(sentiment, '') AS sentiment
FROM (
    SELECT platform, m_id, brand_id, m_us, first_reply_us, m_author
    FROM {facts}
    WHERE replies_after > 0) AS facts
ANY INNER JOIN (
    SELECT platform, post_id AS m_id, sentiment
    FROM {db}.text_features_local
    WHERE {features}) AS f USING (platform, m_id)
