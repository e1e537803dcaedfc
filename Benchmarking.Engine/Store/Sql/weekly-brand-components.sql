-- Every stored week's component scores, by week, brand and component order (SnapshotTables.Load).
SELECT week, brand_id, component_id, name, score, weight FROM weekly_brand_components ORDER BY week, brand_id, position
