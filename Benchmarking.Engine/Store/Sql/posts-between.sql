-- Posts timed inside [$from, $to) (SnapshotTables.PostsBetween).
SELECT count(*) FROM posts WHERE created_at >= $from AND created_at < $to
