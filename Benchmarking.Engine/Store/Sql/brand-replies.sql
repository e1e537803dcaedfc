-- The brand posts of the period that have text features, ordered by brand, time and post id.
SELECT p.brand_id, p.post_id, f.template_hash, f.reply_norm, f.deflection, f.hedging
FROM posts p JOIN text_features f ON f.platform = p.platform AND f.post_id = p.post_id
WHERE p.brand_id IS NOT NULL AND f.is_brand AND p.created_at >= $from AND p.created_at < $to
ORDER BY p.brand_id, p.created_at, p.post_id;
