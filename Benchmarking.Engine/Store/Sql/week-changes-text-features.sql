-- The weeks a text-feature update changes (Store/WeekChanges.cs), run in its first transaction before the stale rows
-- are deleted: the weeks of every post without a feature row of $version matching its brand status, whose row the
-- update deletes, writes or both. Marked before the rows are written, so an update that stops early leaves its weeks
-- marked and the next one marks them again.
INSERT INTO week_changes
SELECT DISTINCT date_trunc('week', p.created_at)
FROM posts p ANTI JOIN text_features f
    ON f.platform = p.platform AND f.post_id = p.post_id AND f.features_version = $version AND f.is_brand = (p.brand_id IS NOT NULL);
