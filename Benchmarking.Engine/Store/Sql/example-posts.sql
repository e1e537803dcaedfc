-- The posts whose ids were appended to the temp table quality_examples.
SELECT p.post_id, p.author, p.brand_id IS NOT NULL, p.created_at, p.text
FROM posts p JOIN quality_examples e ON e.post_id = p.post_id;
