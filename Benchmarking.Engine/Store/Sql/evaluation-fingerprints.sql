-- Per ISO week (Monday, UTC) of [$from, $to): a fingerprint of every stored row that feeds the conversation facts, the
-- in-period checks and the reply-text counts of the mentions posted that week (Pipeline/EvaluationCache.cs): the week's
-- posts; the posts replying to them, whenever posted (a late reply ingested weeks later changes the week); the posts
-- they reply to, whenever ingested; and the text features of the week's posts. A new row, an edit (content hash and
-- mentions), a registry change (brand_id) or a new or replaced feature row changes the week's fingerprint. The text and
-- edited_content_hash stand for the content hash, which the store does not keep (Store/ContentHash.cs): computing it
-- costs an MD5 per row.
WITH w AS (
    SELECT platform, post_id, in_reply_to_id, date_trunc('week', created_at) AS week,
        hash(platform, post_id, author, brand_id, created_at, in_reply_to_id, declared_inbound, text,
            edited_content_hash, source_id, mentions, is_repost) AS h
    FROM posts
    WHERE created_at >= $from AND created_at < $to),
own AS (SELECT week, count(*) AS n, bit_xor(h) AS x FROM w GROUP BY week),
replies AS (
    SELECT w.week, count(*) AS n, bit_xor(hash(r.platform, r.post_id, r.brand_id, r.created_at, r.source_id)) AS x
    FROM w JOIN posts r ON r.platform = w.platform AND r.in_reply_to_id = w.post_id
    GROUP BY w.week),
parents AS (
    SELECT w.week, count(*) AS n, bit_xor(hash(p.platform, p.post_id, p.brand_id, p.created_at, p.source_id)) AS x
    FROM w JOIN posts p ON p.platform = w.platform AND p.post_id = w.in_reply_to_id
    GROUP BY w.week),
features AS (
    SELECT w.week, count(*) AS n,
        bit_xor(hash(f.platform, f.post_id, f.features_version, f.is_brand, f.reply_norm, f.template_hash, f.deflection)) AS x
    FROM w JOIN text_features f ON f.platform = w.platform AND f.post_id = w.post_id
    GROUP BY w.week)
SELECT own.week,
    concat_ws(' ', own.n, own.x, coalesce(replies.n, 0), coalesce(replies.x, 0), coalesce(parents.n, 0),
        coalesce(parents.x, 0), coalesce(features.n, 0), coalesce(features.x, 0)) AS fingerprint
FROM own
LEFT JOIN replies USING (week)
LEFT JOIN parents USING (week)
LEFT JOIN features USING (week)
ORDER BY own.week;
