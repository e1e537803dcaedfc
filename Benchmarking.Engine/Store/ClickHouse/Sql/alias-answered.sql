-- A fragment, included as {include:alias-answered}: every customer post with mentions stored on THIS shard that a brand
-- replied to, once per brand, and whether the post already addresses that brand (it replies to the brand's post or
-- mentions one of its handles or hidden aliases): the `answered` part of the DuckDB store's alias candidates. The brand
-- posts it joins to come from every shard (Distributed posts). Placeholders as in conversation-facts.sql.
SELECT platform, post_id, brand_id, mentions, toUInt8(parent_brand = brand_id OR has(addressed_brands, brand_id)) AS addressed
FROM (
    SELECT platform, post_id, mentions, addressed_brands, parent_brand
    FROM (
        SELECT platform, post_id, mentions, in_reply_to_id AS parent_id, arrayMap(handle -> {handle_brand}, mentions) AS addressed_brands
        FROM {db}.posts_local
        WHERE {visible} AND {brand_of} = '' AND is_repost = 0 AND notEmpty(mentions)) AS customer
    ANY LEFT JOIN (
        SELECT platform, post_id AS parent_id, {brand_of} AS parent_brand
        FROM {db}.posts
        WHERE {visible} AND parent_brand != '') AS parents USING (platform, parent_id)) AS customer
ALL INNER JOIN (
    SELECT DISTINCT platform, in_reply_to_id AS post_id, {brand_of} AS brand_id
    FROM {db}.posts
    WHERE {visible} AND in_reply_to_id != '' AND brand_id != '') AS answers USING (platform, post_id)
