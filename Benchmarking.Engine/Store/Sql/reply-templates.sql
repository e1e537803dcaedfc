-- The brand posts of the period grouped by template per brand, each brand's templates in order of first use (time,
-- then post id); `missing` counts brand posts without a brand feature row (the LEFT JOIN finds them).
SELECT p.brand_id, f.template_hash, f.reply_norm, count(*) AS replies,
       count(*) FILTER (WHERE f.deflection <> '') AS deflecting,
       count(*) FILTER (WHERE f.post_id IS NULL) AS missing,
       min({'at': p.created_at, 'id': p.post_id}) AS first_use
FROM posts p
LEFT JOIN text_features f ON f.platform = p.platform AND f.post_id = p.post_id AND f.is_brand
WHERE p.brand_id IS NOT NULL AND p.created_at >= $from AND p.created_at < $to
GROUP BY p.brand_id, f.template_hash, f.reply_norm
ORDER BY p.brand_id, first_use;
