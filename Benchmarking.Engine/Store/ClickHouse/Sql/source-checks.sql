-- Over all committed posts (Distributed: each shard aggregates its own, the initiator merges): brand replies of the
-- period that name a replied-to post; posts the source marks as company posts whose author is not registered, and
-- their distinct authors; posts by registered handles the source marks as customer posts.
SELECT
    countIf({brand_of} != '' AND in_reply_to_id != '' AND created_us >= {from_us} AND created_us < {to_us}) AS brand_replies,
    countIf({brand_of} = '' AND declared_inbound = 0) AS unregistered,
    uniqExactIf(author, {brand_of} = '' AND declared_inbound = 0) AS unregistered_handles,
    countIf({brand_of} != '' AND declared_inbound = 1) AS inbound_brand
FROM {db}.posts
WHERE {visible}
