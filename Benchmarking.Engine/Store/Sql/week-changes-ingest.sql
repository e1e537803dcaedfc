-- The weeks an ingest changes (Store/WeekChanges.cs), run in its transaction once the stage is classified (contested)
-- and edits are applied, before the new rows are inserted: per week (Monday, UTC) one row if any written post — new or
-- edited, as staged and as stored — was posted in it, replies to a post of it (a late reply) or is the parent of a
-- stored post of it (a parent arriving after its reply). A new post's stored parent and stored replies are in posts
-- already; one staged with it marks its own week.
INSERT INTO week_changes
WITH written AS (
    SELECT platform, post_id, in_reply_to_id, created_at FROM stage
    WHERE row_no NOT IN (SELECT row_no FROM contested WHERE outcome NOT IN ('new', 'edited'))),
edited AS (
    SELECT p.platform, p.post_id, p.in_reply_to_id, p.created_at
    FROM posts p SEMI JOIN (SELECT s.platform, s.post_id FROM stage s JOIN contested c ON c.row_no = s.row_no AND c.outcome = 'edited') e
        ON e.platform = p.platform AND e.post_id = p.post_id),
touched AS (
    SELECT * FROM written UNION ALL SELECT * FROM edited),
weeks AS (
    SELECT created_at FROM touched
    UNION ALL
    SELECT p.created_at FROM touched t JOIN posts p ON p.platform = t.platform AND p.post_id = t.in_reply_to_id
    UNION ALL
    SELECT r.created_at FROM touched t JOIN posts r ON r.platform = t.platform AND r.in_reply_to_id = t.post_id)
SELECT DISTINCT date_trunc('week', created_at) FROM weeks;
