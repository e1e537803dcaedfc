-- The conversation facts with each customer's raw handle, in their documented order.
SELECT f.platform, f.post_id, f.brand_id, f.created_at, f.first_reply_at, f.early_replies, p.author
FROM conversation_facts f
JOIN posts p ON p.platform = f.platform AND p.post_id = f.post_id
ORDER BY f.brand_id, f.created_at, f.platform, f.post_id;
