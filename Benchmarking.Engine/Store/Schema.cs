namespace Benchmarking.Engine.Store;

/// <summary>The warehouse schema (see <c>docs/schema.md</c>). Created idempotently when a store is opened.</summary>
internal static class Schema
{
    public const int Version = 2;

    /// <summary>
    /// Brings a version-1 store to version 2: adds <c>posts.mentions</c> and fills it for customer posts with the same
    /// extraction the ingest uses (<see cref="MentionHandles.Sql"/>). Runs in one transaction when such a store is opened.
    /// </summary>
    public const string MigrateFrom1 = $"""
        ALTER TABLE posts ADD COLUMN mentions VARCHAR[];
        UPDATE posts SET mentions = {MentionHandles.Sql} WHERE brand_id IS NULL;
        UPDATE meta SET value = '2' WHERE key = 'schema_version';
        """;

    /// <summary>
    /// <c>posts</c> has no PRIMARY KEY index: (platform, post_id) uniqueness is enforced by the ingest, which classifies
    /// every staged row against the store before inserting, and an index would slow bulk loads.
    /// </summary>
    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS sources (
            source_id INTEGER NOT NULL,
            path VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            bytes BIGINT NOT NULL,
            format VARCHAR NOT NULL,
            rows_read BIGINT NOT NULL,
            accepted BIGINT NOT NULL,
            new_posts BIGINT NOT NULL,
            rejected BIGINT NOT NULL,
            ingested_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS posts (
            platform VARCHAR NOT NULL,
            post_id VARCHAR NOT NULL,
            author VARCHAR NOT NULL,
            brand_id VARCHAR,
            is_brand BOOLEAN GENERATED ALWAYS AS (brand_id IS NOT NULL) VIRTUAL,
            created_at TIMESTAMP NOT NULL,
            text VARCHAR NOT NULL,
            in_reply_to_id VARCHAR,
            conversation_id VARCHAR,
            declared_inbound BOOLEAN,
            content_hash VARCHAR NOT NULL,
            source_id INTEGER NOT NULL,
            mentions VARCHAR[]);
        CREATE TABLE IF NOT EXISTS brands (brand_id VARCHAR NOT NULL, name VARCHAR NOT NULL, industry VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS brand_handles (platform VARCHAR NOT NULL, handle VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS pull_checkpoints (
            brand_id VARCHAR NOT NULL,
            platform VARCHAR NOT NULL,
            endpoint VARCHAR NOT NULL,
            last_id VARCHAR,
            last_time TIMESTAMP,
            updated_at TIMESTAMP NOT NULL);
        """;
}
