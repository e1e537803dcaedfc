-- What the store holds: posts, brand posts, sources (Warehouse.Totals).
SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM posts WHERE brand_id IS NOT NULL), (SELECT count(*) FROM sources)
