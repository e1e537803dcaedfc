-- Posts whose text features are missing or were computed under another brand status (TextFeatureStore.IsCurrent).
SELECT count(*) FROM posts p WHERE NOT EXISTS (
    SELECT 1 FROM text_features f WHERE f.platform = p.platform AND f.post_id = p.post_id AND f.is_brand = (p.brand_id IS NOT NULL))
