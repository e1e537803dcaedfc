-- Every week with posts changes (Store/WeekChanges.cs): for writes that may touch any post (a registry applied to the
-- stored posts).
INSERT INTO week_changes SELECT DISTINCT date_trunc('week', created_at) FROM posts;
