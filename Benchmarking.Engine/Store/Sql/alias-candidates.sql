-- Handles customers mention that no brand owns, with how often each brand answered such mentions that did not already
-- address it, against the brand's share of all answered customer posts (AliasCandidates). $examples, $min_answered.
WITH customer AS (
    SELECT platform, post_id, in_reply_to_id, mentions FROM posts
    WHERE brand_id IS NULL AND NOT coalesce(is_repost, false) AND mentions IS NOT NULL AND len(mentions) > 0),
answers AS (
    SELECT DISTINCT platform, in_reply_to_id AS post_id, brand_id FROM posts
    WHERE brand_id IS NOT NULL AND in_reply_to_id IS NOT NULL),
answered AS (
    -- A customer post a brand replied to, and whether it already addresses that brand (replies to its post or
    -- mentions one of its handles or aliases).
    SELECT a.platform, a.post_id, a.brand_id,
        coalesce(p.brand_id = a.brand_id, false)
        OR EXISTS (SELECT 1 FROM (SELECT platform, handle, brand_id FROM brand_handles UNION ALL SELECT platform, handle, brand_id FROM brand_aliases) h
                   WHERE h.platform = a.platform AND h.brand_id = a.brand_id AND list_contains(c.mentions, h.handle)) AS addressed
    FROM answers a
    JOIN customer c ON c.platform = a.platform AND c.post_id = a.post_id
    LEFT JOIN posts p ON p.platform = c.platform AND p.post_id = c.in_reply_to_id),
base AS (
    SELECT platform, brand_id, count(*) / (SELECT count(*) FROM (SELECT DISTINCT platform, post_id FROM answered)) AS share
    FROM answered GROUP BY platform, brand_id),
mentioned AS (
    SELECT DISTINCT platform, post_id, handle FROM (SELECT platform, post_id, unnest(mentions) AS handle FROM customer) m
    WHERE NOT EXISTS (SELECT 1 FROM brand_handles h WHERE h.platform = m.platform AND h.handle = m.handle)
      AND NOT EXISTS (SELECT 1 FROM brand_aliases h WHERE h.platform = m.platform AND h.handle = m.handle)),
per_handle AS (
    SELECT m.platform, m.handle, count(*) AS mentions,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM answered a WHERE a.platform = m.platform AND a.post_id = m.post_id)) AS answered_any
    FROM mentioned m GROUP BY m.platform, m.handle),
per_brand AS (
    SELECT m.platform, m.handle, a.brand_id, count(*) AS answered_brand, count(*) FILTER (WHERE NOT a.addressed) AS new_mentions,
        list(m.post_id ORDER BY m.post_id)[1:$examples] AS examples
    FROM mentioned m JOIN answered a ON a.platform = m.platform AND a.post_id = m.post_id
    GROUP BY m.platform, m.handle, a.brand_id),
authored AS (
    SELECT platform, lower(author) AS handle, count(*) AS n FROM posts GROUP BY platform, lower(author))
SELECT b.brand_id, b.platform, b.handle, h.mentions, h.answered_any, b.answered_brand, b.new_mentions, s.share,
    coalesce(w.n, 0), b.examples
FROM per_brand b
JOIN per_handle h ON h.platform = b.platform AND h.handle = b.handle
JOIN base s ON s.platform = b.platform AND s.brand_id = b.brand_id
LEFT JOIN authored w ON w.platform = b.platform AND w.handle = b.handle
WHERE b.answered_brand >= $min_answered AND b.new_mentions > 0
