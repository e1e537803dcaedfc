-- Removes one week's snapshot, brand results and components (SnapshotTables.Replace, inside its transaction).
DELETE FROM weekly_brand_components WHERE week = $week;
DELETE FROM weekly_brand_results WHERE week = $week;
DELETE FROM weekly_snapshots WHERE week = $week;
