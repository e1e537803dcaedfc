-- One week's snapshot row (SnapshotTables.Replace; its brand results and components are appended after it).
INSERT INTO weekly_snapshots VALUES ($week, $start, $end, $computed, $version, $weights, $normalisation,
    $window, $min, $bootstrap, $seed, $first, $last, $asof, $wposts, $wmentions, $wpending, $sposts, $ssources,
    $read, $accepted, $rejected, $clock)
