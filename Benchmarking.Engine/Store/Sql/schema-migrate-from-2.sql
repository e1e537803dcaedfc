-- A version-2 store to version 4, the first step of its migration; see Schema.MigrateFrom2.
-- The mention and repost placeholders are the ingest's own expressions (Store/MentionHandles.cs, Store/Reposts.cs), put in by Schema.
ALTER TABLE posts ADD COLUMN is_repost BOOLEAN;
ALTER TABLE posts ADD COLUMN author_account_id VARCHAR;
ALTER TABLE posts ADD COLUMN edited_at TIMESTAMP;
-- IF NOT EXISTS: the schema creates a missing weekly_snapshots table with the column before a migration runs.
ALTER TABLE weekly_snapshots ADD COLUMN IF NOT EXISTS clock VARCHAR DEFAULT 'wall';
ALTER TABLE sources ADD COLUMN api_errors BIGINT DEFAULT 0;
UPDATE posts SET is_repost = {is_repost};
UPDATE posts SET mentions = {mention_handles} WHERE brand_id IS NULL AND platform <> 'twitter';
UPDATE meta SET value = '4' WHERE key = 'schema_version';
