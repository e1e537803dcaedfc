-- The brand of every post under the registry just stored: by its author's stable account id first (a renamed account
-- stays the brand's), then by handle; only posts whose brand changes are written.
UPDATE posts SET brand_id = h.brand_id
FROM (SELECT p.platform, p.post_id, coalesce(a.brand_id, h.brand_id) AS brand_id
      FROM posts p
      LEFT JOIN brand_account_ids a ON a.platform = p.platform AND a.account_id = p.author_account_id
      LEFT JOIN brand_handles h ON h.platform = p.platform AND h.handle = lower(p.author)) AS h
WHERE posts.platform = h.platform AND posts.post_id = h.post_id AND posts.brand_id IS DISTINCT FROM h.brand_id;
