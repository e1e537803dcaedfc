-- Removes the features of another version, and of posts gone or whose brand status changed (TextFeatureStore.Update).
DELETE FROM text_features WHERE features_version <> $version
   OR NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = text_features.platform AND p.post_id = text_features.post_id
                  AND (p.brand_id IS NOT NULL) = text_features.is_brand);
