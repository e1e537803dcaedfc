-- The posts without text features, with their brand status and text (TextFeatureStore.Update streams them).
SELECT p.platform, p.post_id, p.brand_id IS NOT NULL, p.text
FROM posts p
WHERE NOT EXISTS (SELECT 1 FROM text_features f WHERE f.platform = p.platform AND f.post_id = p.post_id)
