-- Per shard: the answered customer posts stored on THIS shard per platform and brand, and (in every row) the distinct
-- answered posts of the shard; the client adds the shards up into each brand's share of the answered posts (the `base`
-- part of the DuckDB store's alias candidates). Placeholders as in conversation-facts.sql.
SELECT platform, brand_id, count() AS answered, any(posts) AS posts
FROM ({include:alias-answered}) AS answered
CROSS JOIN (SELECT uniqExact(platform, post_id) AS posts FROM ({include:alias-answered})) AS total
GROUP BY platform, brand_id
