-- A version-6 store to version 7, in the transaction of its migration; see Schema.MigrateFrom6. An older store runs its
-- own steps first. Every week with posts gets one change, so that a week without any has no posts; the cached
-- evaluations were checked against the data fingerprints of version 6, which no week's changes equal: they go.
INSERT INTO week_changes SELECT DISTINCT date_trunc('week', created_at) FROM posts;
DELETE FROM evaluation_cache;
UPDATE meta SET value = '7' WHERE key = 'schema_version';
