-- The latest post not dated after the clock of its own ingest plus the plausible-dates margin (Warehouse.LatestPostTime).
SELECT max(p.created_at) FROM posts p JOIN sources s ON s.source_id = p.source_id
WHERE p.created_at <= s.ingested_at + INTERVAL {future_margin_minutes} MINUTE
