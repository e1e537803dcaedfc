-- Every ingested source with its accounting, in ingest order (Warehouse.Totals).
SELECT path, format, ingested_at, rows_read, accepted, rejected, new_posts FROM sources ORDER BY source_id
