-- A version-4 store to version 6, in the transaction of its migration; see Schema.MigrateFrom4.
-- The schema placeholder is the current schema (Sql/schema.sql), which creates the version-6 posts table once the old one
-- is renamed; the content_hash one is the hash the ingest compares (Store/ContentHash.cs), both put in by Schema. Every
-- column is copied as stored; the stored hash is kept only where the fields no longer give it (a post whose text an edit
-- replaced).
ALTER TABLE posts RENAME TO posts_v4;
{schema}
INSERT INTO posts (platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound,
                   source_id, mentions, is_repost, author_account_id, edited_at, edited_content_hash)
SELECT platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound,
       source_id, mentions, is_repost, author_account_id, edited_at,
       CASE WHEN content_hash <> {content_hash} THEN content_hash END
FROM posts_v4;
DROP TABLE posts_v4;
UPDATE meta SET value = '6' WHERE key = 'schema_version';
