-- Posts by each brand dated in the period.
SELECT brand_id, count(*) FROM posts
WHERE brand_id IS NOT NULL AND created_at >= $from AND created_at < $to
GROUP BY brand_id;
