-- Rows stored for one features version (TextFeatureStore.Count).
SELECT count(*) FROM text_features WHERE features_version = $version
