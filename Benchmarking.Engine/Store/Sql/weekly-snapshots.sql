-- Every stored week's snapshot, oldest first; snapshots stored before the clock column are on the wall clock (SnapshotTables.Load).
SELECT week, computed_at, methodology_version, weights, normalisation, answer_window_seconds, minimum_mentions,
       bootstrap_resamples, seed, first_mention, last_mention, as_of, week_posts, week_mentions, week_pending,
       store_posts, store_sources, run_rows_read, run_rows_accepted, run_rows_rejected, coalesce(clock, 'wall')
FROM weekly_snapshots ORDER BY week_start
