-- Posts by each brand dated in the period (Distributed: each shard counts its own, the initiator merges).
-- Placeholders as in conversation-facts.sql.
SELECT {brand_of} AS brand, count() AS posts
FROM {db}.posts
WHERE {visible} AND created_us >= {from_us} AND created_us < {to_us}
GROUP BY brand
HAVING brand != ''
