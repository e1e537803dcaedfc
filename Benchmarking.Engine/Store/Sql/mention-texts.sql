-- The mentions of the conversation facts that have text features, with those features and the raw text (for theme
-- discovery), ordered by brand, mention time and post id.
SELECT f.brand_id, f.post_id, f.created_at, f.first_reply_at, t.sentiment, t.intent, t.themes, p.text
FROM conversation_facts f
JOIN text_features t ON t.platform = f.platform AND t.post_id = f.post_id
JOIN posts p ON p.platform = f.platform AND p.post_id = f.post_id
ORDER BY f.brand_id, f.created_at, f.post_id;
