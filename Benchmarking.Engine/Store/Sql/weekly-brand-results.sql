-- Every stored week's brand results, by week in rank-table order (SnapshotTables.Load).
SELECT week, brand_id, name, industry, rank, tie_group, mentions, answered, pending, response_rate,
       median_seconds, score, score_lower, score_upper
FROM weekly_brand_results ORDER BY week, position
