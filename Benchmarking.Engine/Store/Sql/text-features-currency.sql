-- Whether the stored features are those of $version for every post under the registry applied now: rows of another
-- version, rows, posts, and whether the registry was checked against them ($marker: the meta key TextFeatureStore records).
SELECT (SELECT count(*) FROM text_features WHERE features_version <> $version),
       (SELECT count(*) FROM text_features),
       (SELECT count(*) FROM posts),
       coalesce((SELECT coalesce((SELECT value FROM meta WHERE key = 'registry'), '')) = (SELECT value FROM meta WHERE key = $marker), false)
