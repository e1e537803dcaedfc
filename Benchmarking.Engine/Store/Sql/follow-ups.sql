-- Every mention of the conversation facts with a brand reply and text features: the mention's sentiment and, when
-- there is one, the earliest post by the mention's author that replies directly to one of the brand's replies to the
-- mention (at or after that reply), with its sentiment. The caller keeps the answered ones (their status is read in C#
-- from created_at and first_reply_at). Ordered by brand and post id.
WITH replied AS (
    SELECT f.platform, f.post_id, f.brand_id, f.created_at, f.first_reply_at, m.author, fm.sentiment
    FROM conversation_facts f
    JOIN posts m ON m.platform = f.platform AND m.post_id = f.post_id
    JOIN text_features fm ON fm.platform = f.platform AND fm.post_id = f.post_id
    WHERE f.first_reply_at IS NOT NULL),
follow AS (
    SELECT a.platform, a.post_id, a.brand_id,
        arg_min(c.post_id, (c.created_at, c.post_id)) AS follow_id
    FROM replied a
    JOIN posts r ON r.platform = a.platform AND r.in_reply_to_id = a.post_id AND r.brand_id = a.brand_id
    JOIN posts c ON c.platform = a.platform AND c.in_reply_to_id = r.post_id AND c.author = a.author AND c.created_at >= r.created_at
    GROUP BY a.platform, a.post_id, a.brand_id)
SELECT a.brand_id, a.post_id, a.created_at, a.first_reply_at, a.sentiment, f.follow_id, ff.sentiment
FROM replied a
LEFT JOIN follow f ON f.platform = a.platform AND f.post_id = a.post_id AND f.brand_id = a.brand_id
LEFT JOIN text_features ff ON ff.platform = a.platform AND ff.post_id = f.follow_id
ORDER BY a.brand_id, a.post_id;
