-- Per shard: for every post stored on THIS shard that replies directly to a brand's reply to some post (the brand
-- replies come from every shard, Distributed posts) and is not dated before that reply, the earliest such post (time,
-- then post id) per replied-to post, brand and author, with its sentiment when it has features (has_sentiment is 0 for a post
-- without features: the LEFT JOIN's default). The client keeps, per
-- answered mention, the earliest over the shards by the mention's own author (the `follow` part of the DuckDB store's
-- follow-ups.sql). Placeholders as in text-analysed.sql.
SELECT platform, m_id, brand_id, c_author, min(c_us) AS follow_us, argMin(c_id, (c_us, c_id)) AS follow_id,
    argMin(has_sentiment, (c_us, c_id)) AS follow_has_sentiment, argMin(sentiment, (c_us, c_id)) AS follow_sentiment
FROM (
    SELECT platform, c_id, c_us, c_author, r_id, has_sentiment, sentiment
    FROM (
        SELECT platform, post_id AS c_id, created_us AS c_us, author AS c_author, in_reply_to_id AS r_id
        FROM {db}.posts_local
        WHERE {visible} AND in_reply_to_id != '') AS c
    ANY LEFT JOIN (
        SELECT platform, post_id AS c_id, toUInt8(isNotNull(sentiment)) AS has_sentiment, ifNull(sentiment, '') AS sentiment
        FROM {db}.text_features_local
        WHERE {features}) AS f USING (platform, c_id)) AS follow
ALL INNER JOIN (
    SELECT platform, post_id AS r_id, in_reply_to_id AS m_id, {brand_of} AS brand_id, created_us AS r_us
    FROM {db}.posts
    WHERE {visible} AND in_reply_to_id != '' AND brand_id != '') AS replies USING (platform, r_id)
WHERE c_us >= r_us
GROUP BY platform, m_id, brand_id, c_author
