-- A version-1 store to version 4, the first step of its migration; see Schema.MigrateFrom1.
-- The mention and repost placeholders are the ingest's own expressions (Store/MentionHandles.cs, Store/Reposts.cs), put in by Schema.
ALTER TABLE posts ADD COLUMN mentions VARCHAR[];
ALTER TABLE posts ADD COLUMN is_repost BOOLEAN;
ALTER TABLE posts ADD COLUMN author_account_id VARCHAR;
ALTER TABLE posts ADD COLUMN edited_at TIMESTAMP;
-- IF NOT EXISTS: the schema creates a missing weekly_snapshots table with the column before a migration runs.
ALTER TABLE weekly_snapshots ADD COLUMN IF NOT EXISTS clock VARCHAR DEFAULT 'wall';
UPDATE posts SET mentions = CASE WHEN brand_id IS NULL THEN {mention_handles} END, is_repost = {is_repost};
ALTER TABLE sources ADD COLUMN api_errors BIGINT DEFAULT 0;
UPDATE sources SET api_errors = 0;
UPDATE meta SET value = '4' WHERE key = 'schema_version';
