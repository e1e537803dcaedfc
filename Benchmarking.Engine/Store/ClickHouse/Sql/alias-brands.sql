-- Per shard: for every handle that THIS shard's answered customer posts mention and that is neither a registered handle
-- nor a hidden alias, per brand that answered: the posts answered, those that did not already address the brand, and
-- the first {examples} post ids (one a line). The client adds the shards up (the `per_brand` part of the DuckDB store's alias
-- candidates). Placeholders as in conversation-facts.sql, and {examples}.
SELECT platform, handle, brand_id, count() AS answered_brand, countIf(addressed = 0) AS new_mentions,
    arrayStringConcat(arraySlice(arraySort(groupArray(post_id)), 1, {examples}), '\n') AS examples
FROM (
    SELECT DISTINCT platform, post_id, brand_id, addressed, handle
    FROM ({include:alias-answered}) AS answered
    ARRAY JOIN mentions AS handle
    WHERE {handle_brand} = '')
GROUP BY platform, handle, brand_id
