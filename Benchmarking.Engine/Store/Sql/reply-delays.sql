-- Every brand reply to a customer post of the period, not timed before it, with its delay in whole milliseconds.
SELECT r.brand_id, epoch_ms(r.created_at) - epoch_ms(c.created_at) AS ms
FROM posts r JOIN posts c ON c.platform = r.platform AND c.post_id = r.in_reply_to_id
WHERE r.brand_id IS NOT NULL AND c.brand_id IS NULL AND r.created_at >= c.created_at
  AND c.created_at >= $from AND c.created_at < $to
ORDER BY r.brand_id;
