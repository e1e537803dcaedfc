-- The posts that did not become conversations, for the findings: brand replies in the period whose replied-to post is
-- not stored (orphans); brand replies to a customer post of the period that is not a mention of the replying brand
-- (unaddressed; reposts never are); posts marked as company posts by the source whose author is not registered; posts
-- by registered handles marked as customer posts. Needs conversation_facts.
SELECT
    (SELECT count(*) FROM posts r
        LEFT JOIN posts c ON c.platform = r.platform AND c.post_id = r.in_reply_to_id
        WHERE r.brand_id IS NOT NULL AND r.in_reply_to_id IS NOT NULL AND c.post_id IS NULL
          AND r.created_at >= $from AND r.created_at < $to) AS orphans,
    (SELECT count(*) FROM posts r
        JOIN posts c ON c.platform = r.platform AND c.post_id = r.in_reply_to_id
        LEFT JOIN conversation_facts m ON m.platform = c.platform AND m.post_id = c.post_id AND m.brand_id = r.brand_id
        WHERE r.brand_id IS NOT NULL AND c.brand_id IS NULL AND c.created_at >= $from AND c.created_at < $to
          AND m.post_id IS NULL) AS unaddressed,
    (SELECT count(*) FROM posts WHERE brand_id IS NULL AND declared_inbound = false) AS unregistered,
    (SELECT count(DISTINCT author) FROM posts WHERE brand_id IS NULL AND declared_inbound = false) AS unregistered_handles,
    (SELECT count(*) FROM posts WHERE brand_id IS NOT NULL AND declared_inbound = true) AS inbound_brand;
