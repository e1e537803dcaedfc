-- The data fingerprint of every ISO week (Monday, UTC) with changes in [$from, $to) for the evaluation cache
-- (Store/WeekChanges.cs): how many committed writes changed it.
SELECT week, 'changes ' || count(*) AS fingerprint
FROM week_changes
WHERE week >= $from AND week < $to
GROUP BY week
ORDER BY week;
