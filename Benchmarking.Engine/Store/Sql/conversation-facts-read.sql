-- The conversation facts in their documented order (brand, mention time, platform, post id; ordinal).
SELECT platform, post_id, brand_id, created_at, first_reply_at, early_replies
FROM conversation_facts
ORDER BY brand_id, created_at, platform, post_id;
