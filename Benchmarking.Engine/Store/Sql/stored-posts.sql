-- Every stored post with the fields an ingest reads, in a stable order (StoredPostSource: a store read as a post source).
-- The stored_hash placeholder is a stored post's content hash (ContentHash.Stored), put in by StoredPostSource.
SELECT platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound,
       author_account_id, mentions, edited_at, {stored_hash} AS content_hash
FROM posts ORDER BY source_id, platform, post_id
