using System.Globalization;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// The ClickHouse schema (see <c>docs/scale-out.md</c>): on every shard a local MergeTree <c>posts_local</c> and a
/// Distributed <c>posts</c> over them, sharded by <see cref="ShardingKey"/>; on the catalogue node (shard 1) the
/// <c>sources</c> list, whose rows are the ingest commit records, <c>meta</c>, <c>pull_checkpoints</c>,
/// <c>weekly_snapshots</c>, <c>text_feature_versions</c> and <c>write_leases</c>; on every shard
/// <c>text_features_local</c>, the features of the shard's own posts. Created idempotently on open; it needs
/// no ZooKeeper (no <c>ON CLUSTER</c>): the client creates the tables on each node of the store URL.
/// </summary>
/// <remarks>
/// Times are Int64 microseconds since the Unix epoch (<c>DateTime64</c> does not exist on 18.16 and <c>DateTime</c> has
/// whole seconds only). Absent strings are empty (<c>in_reply_to_id</c>, <c>conversation_id</c>,
/// <c>author_account_id</c>): no platform has an empty post or account id. <c>declared_inbound</c> is −1 when the
/// source has no flag. There is no <c>brand_id</c> column: a post's brand is resolved when facts are built, from the
/// registry in force (<see cref="ClickHouseQueries.BrandOf"/>), so a registry change needs no rewrite of stored posts.
/// </remarks>
internal static class ClickHouseSchema
{
    public const int Version = 2;

    /// <summary>
    /// Spreads posts evenly by their id. A conversation's posts are not co-located (a thread root is not known when a
    /// reply arrives before its parent, in another file); the joins that follow replies therefore read the brands'
    /// posts from every shard (see <see cref="ClickHouseQueries"/>).
    /// </summary>
    public const string ShardingKey = "cityHash64(platform, post_id)";

    /// <summary>The columns of <c>posts_local</c>, in insert order.</summary>
    public const string PostColumns = "platform, post_id, author, author_lc, author_account_id, created_us, text, in_reply_to_id, conversation_id, declared_inbound, content_hash, batch_id, ingested_us, mentions, is_repost, edited_us";

    /// <summary>The columns of <c>sources</c>, in insert order; <c>seq</c> numbers the commits (ties of <c>ingested_us</c> keep their order).</summary>
    public const string SourceColumns = "batch_id, path, sha256, bytes, format, rows_read, accepted, new_posts, rejected, ingested_us, api_errors, seq";

    public static IEnumerable<string> Shard(string database, string cluster) =>
    [
        $"CREATE DATABASE IF NOT EXISTS {database}",
        $"""
        CREATE TABLE IF NOT EXISTS {database}.posts_local (
            platform String, post_id String, author String, author_lc String, author_account_id String,
            created_us Int64, text String, in_reply_to_id String, conversation_id String, declared_inbound Int8,
            content_hash String, batch_id String, ingested_us Int64, mentions Array(String), is_repost UInt8, edited_us Int64)
        ENGINE = MergeTree() ORDER BY (platform, post_id)
        """,
        $"CREATE TABLE IF NOT EXISTS {database}.posts AS {database}.posts_local ENGINE = Distributed({cluster}, {database}, posts_local, {ShardingKey})",
        // The post versions a later edit replaced (the edit's batch holds the new version); beside their posts.
        $"CREATE TABLE IF NOT EXISTS {database}.superseded_local (platform String, post_id String, old_batch String, new_batch String) ENGINE = MergeTree() ORDER BY (platform, post_id)",
        $"CREATE TABLE IF NOT EXISTS {database}.superseded AS {database}.superseded_local ENGINE = Distributed({cluster}, {database}, superseded_local, {ShardingKey})",
        // A post's text features lie on the shard of the post (written there by the shard's own update), so every read
        // that joins a post to its features is local. The author columns let a read tell, under the registry applied
        // now, whether a row was computed with the post's brand status (see ClickHouseQueries.Render, {features}).
        $"""
        CREATE TABLE IF NOT EXISTS {database}.text_features_local (
            platform String, post_id String, author_lc String, author_account_id String, features_version String,
            is_brand UInt8, sentiment Nullable(String), polarity Nullable(Float64), intent Nullable(String), themes String,
            reply_norm Nullable(String), template_hash Nullable(String), deflection String, hedging String)
        ENGINE = MergeTree() ORDER BY (platform, post_id)
        """,
    ];

    public static IEnumerable<string> Catalogue(string database) =>
    [
        $"""
        CREATE TABLE IF NOT EXISTS {database}.sources (
            batch_id String, path String, sha256 String, bytes Int64, format String, rows_read Int64, accepted Int64,
            new_posts Int64, rejected Int64, ingested_us Int64, api_errors Int64, seq Int64)
        ENGINE = MergeTree() ORDER BY seq
        """,
        $"CREATE TABLE IF NOT EXISTS {database}.meta (key String, value String) ENGINE = MergeTree() ORDER BY key",
        $"""
        CREATE TABLE IF NOT EXISTS {database}.pull_checkpoints (
            brand_id String, platform String, endpoint String, last_id String, last_time_us Int64, batch_id String, updated_us Int64)
        ENGINE = MergeTree() ORDER BY (brand_id, platform, endpoint, updated_us)
        """,
        // The features version the reads use: the latest completed update's (a counter orders the rows).
        $"CREATE TABLE IF NOT EXISTS {database}.text_feature_versions (written Int64, version String) ENGINE = MergeTree() ORDER BY written",
        // The write lease: one writer per database at a time (WriteLease); a lease is held while it has no released row.
        $"CREATE TABLE IF NOT EXISTS {database}.write_leases (lease_id String, holder String, claimed_us Int64, released UInt8) ENGINE = MergeTree() ORDER BY (lease_id, released)",
        $"CREATE TABLE IF NOT EXISTS {database}.weekly_snapshots (week String, written Int64, snapshot String) ENGINE = MergeTree() ORDER BY (week, written)",
    ];

    public static string VersionRow => string.Create(CultureInfo.InvariantCulture, $"schema_version\t{Version}\n");
}
