-- Posts of the period, and those of them without text features.
SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM text_features f WHERE f.platform = p.platform AND f.post_id = p.post_id))
FROM posts p WHERE p.created_at >= $from AND p.created_at < $to;
