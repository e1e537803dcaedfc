namespace Benchmarking.Engine.Store;

/// <summary>The warehouse schema (see <c>docs/schema.md</c>). Created idempotently when a store is opened.</summary>
internal static class Schema
{
    public const int Version = 4;

    /// <summary>
    /// The version-4 step from version 3: adds <c>posts.author_account_id</c> (the author's stable platform id; null for
    /// posts ingested before and for TWCS) and <c>posts.edited_at</c> (when the stored text was last edited; null when
    /// never), <c>sources.api_errors</c> (error entries of API responses, counted apart from
    /// rejected rows; 0 for sources ingested before) and re-extracts the mentions of Mastodon and
    /// Bluesky customer posts, whose pattern now keeps hyphenated handles whole (<see cref="MentionHandles"/>). X posts,
    /// TWCS included, keep their mentions: their pattern did not change. It also adds <c>weekly_snapshots.clock</c>, the
    /// response-time clock the care score used (methodology v4); snapshots stored before it were all on the wall clock.
    /// </summary>
    private const string To4 = $"""
        {AddSnapshotClock}
        ALTER TABLE posts ADD COLUMN author_account_id VARCHAR;
        ALTER TABLE posts ADD COLUMN edited_at TIMESTAMP;
        ALTER TABLE sources ADD COLUMN api_errors BIGINT DEFAULT 0;
        UPDATE sources SET api_errors = 0;
        UPDATE posts SET mentions = {MentionHandles.Sql} WHERE brand_id IS NULL AND platform <> 'twitter';
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """;

    /// <summary>
    /// Brings a version-1 store to version 4: adds <c>posts.mentions</c> (version 2), filled for customer posts with the
    /// extraction the ingest uses (<see cref="MentionHandles.Sql"/>), <c>posts.is_repost</c> (version 3), filled for
    /// every post with the ingest's test (<see cref="Reposts.Sql"/>), and <c>posts.author_account_id</c>,
    /// <c>posts.edited_at</c>, <c>sources.api_errors</c> and <c>weekly_snapshots.clock</c> (version 4). Runs in one
    /// transaction when such a store is opened.
    /// </summary>
    /// <remarks>
    /// All post columns are added before the one UPDATE that fills them: DuckDB refuses to commit a transaction that
    /// alters a table again after updating it, so the version-2 step cannot simply be followed by <see cref="MigrateFrom2"/>.
    /// </remarks>
    public const string MigrateFrom1 = $"""
        ALTER TABLE posts ADD COLUMN mentions VARCHAR[];
        ALTER TABLE posts ADD COLUMN is_repost BOOLEAN;
        ALTER TABLE posts ADD COLUMN author_account_id VARCHAR;
        ALTER TABLE posts ADD COLUMN edited_at TIMESTAMP;
        {AddSnapshotClock}
        UPDATE posts SET mentions = CASE WHEN brand_id IS NULL THEN {MentionHandles.Sql} END, is_repost = {Reposts.Sql};
        ALTER TABLE sources ADD COLUMN api_errors BIGINT DEFAULT 0;
        UPDATE sources SET api_errors = 0;
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """;

    /// <summary>
    /// Brings a version-2 store to version 4: adds <c>posts.is_repost</c> and fills it for every post with the test the
    /// ingest uses (<see cref="Reposts.Sql"/>), adds the version-4 columns (the snapshot clock included) and re-extracts federated mentions (see
    /// <see cref="To4"/>); the columns come first, for the reason given on <see cref="MigrateFrom1"/>. Runs in one
    /// transaction when such a store is opened.
    /// </summary>
    public const string MigrateFrom2 = $"""
        ALTER TABLE posts ADD COLUMN is_repost BOOLEAN;
        ALTER TABLE posts ADD COLUMN author_account_id VARCHAR;
        ALTER TABLE posts ADD COLUMN edited_at TIMESTAMP;
        {AddSnapshotClock}
        ALTER TABLE sources ADD COLUMN api_errors BIGINT DEFAULT 0;
        UPDATE posts SET is_repost = {Reposts.Sql};
        UPDATE posts SET mentions = {MentionHandles.Sql} WHERE brand_id IS NULL AND platform <> 'twitter';
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """;

    /// <summary>Brings a version-3 store to version 4 (see <see cref="To4"/>). Runs in one transaction when such a store is opened.</summary>
    public const string MigrateFrom3 = To4;

    // IF NOT EXISTS: Create makes a missing weekly_snapshots table with the column before a migration runs.
    private const string AddSnapshotClock = "ALTER TABLE weekly_snapshots ADD COLUMN IF NOT EXISTS clock VARCHAR DEFAULT 'wall';";

    /// <summary>
    /// The weekly tables are additive (created if missing), so stores written before them keep schema version 1.
    /// <c>weekly_snapshots</c> has no PRIMARY KEY either: a week is replaced by delete + insert in one transaction
    /// (<see cref="SnapshotTables.Replace"/>), which is what keeps one snapshot per week.
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
            ingested_at TIMESTAMP NOT NULL,
            api_errors BIGINT DEFAULT 0);
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
            mentions VARCHAR[],
            is_repost BOOLEAN,
            author_account_id VARCHAR,
            edited_at TIMESTAMP);
        CREATE TABLE IF NOT EXISTS brands (brand_id VARCHAR NOT NULL, name VARCHAR NOT NULL, industry VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS brand_handles (platform VARCHAR NOT NULL, handle VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS brand_account_ids (platform VARCHAR NOT NULL, account_id VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS brand_aliases (platform VARCHAR NOT NULL, handle VARCHAR NOT NULL, brand_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS pull_checkpoints (
            brand_id VARCHAR NOT NULL,
            platform VARCHAR NOT NULL,
            endpoint VARCHAR NOT NULL,
            last_id VARCHAR,
            last_time TIMESTAMP,
            updated_at TIMESTAMP NOT NULL);
        CREATE TABLE IF NOT EXISTS weekly_snapshots (
            week VARCHAR NOT NULL,
            week_start TIMESTAMP NOT NULL,
            week_end TIMESTAMP NOT NULL,
            computed_at TIMESTAMP NOT NULL,
            methodology_version VARCHAR NOT NULL,
            weights VARCHAR NOT NULL,
            normalisation VARCHAR NOT NULL,
            answer_window_seconds DOUBLE NOT NULL,
            minimum_mentions INTEGER NOT NULL,
            bootstrap_resamples INTEGER NOT NULL,
            seed INTEGER NOT NULL,
            first_mention TIMESTAMP,
            last_mention TIMESTAMP,
            as_of TIMESTAMP,
            week_posts BIGINT NOT NULL,
            week_mentions BIGINT NOT NULL,
            week_pending BIGINT NOT NULL,
            store_posts BIGINT NOT NULL,
            store_sources BIGINT NOT NULL,
            run_rows_read BIGINT NOT NULL,
            run_rows_accepted BIGINT NOT NULL,
            run_rows_rejected BIGINT NOT NULL,
            clock VARCHAR DEFAULT 'wall');
        CREATE TABLE IF NOT EXISTS weekly_brand_results (
            week VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            brand_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            industry VARCHAR NOT NULL,
            rank INTEGER,
            tie_group INTEGER,
            mentions BIGINT NOT NULL,
            answered BIGINT NOT NULL,
            pending BIGINT NOT NULL,
            response_rate DOUBLE,
            median_seconds DOUBLE,
            score DOUBLE NOT NULL,
            score_lower DOUBLE,
            score_upper DOUBLE);
        CREATE TABLE IF NOT EXISTS weekly_brand_components (
            week VARCHAR NOT NULL,
            brand_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            component_id VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            score DOUBLE NOT NULL,
            weight DOUBLE NOT NULL);
        """;
}
