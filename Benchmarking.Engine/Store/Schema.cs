namespace Benchmarking.Engine.Store;

/// <summary>The warehouse schema (see <c>docs/schema.md</c>). Created idempotently when a store is opened.</summary>
internal static class Schema
{
    public const int Version = 7;

    /// <summary>
    /// Brings a version-1 store to version 4 (<c>Sql/schema-migrate-from-1.sql</c>; <see cref="MigrateFrom4"/> follows): adds <c>posts.mentions</c> (version 2),
    /// filled for customer posts with the extraction the ingest uses (<see cref="MentionHandles.Sql"/>),
    /// <c>posts.is_repost</c> (version 3), filled for every post with the ingest's test (<see cref="Reposts.Sql"/>), and
    /// <c>posts.author_account_id</c>, <c>posts.edited_at</c>, <c>sources.api_errors</c> and <c>weekly_snapshots.clock</c>
    /// (version 4). Runs in one transaction when such a store is opened.
    /// </summary>
    /// <remarks>
    /// All post columns are added before the one UPDATE that fills them: DuckDB refuses to commit a transaction that
    /// alters a table again after updating it, so the version-2 step cannot simply be followed by <see cref="MigrateFrom2"/>.
    /// </remarks>
    public static string MigrateFrom1 => WithIngestExpressions("schema-migrate-from-1");

    /// <summary>
    /// Brings a version-2 store to version 4 (<c>Sql/schema-migrate-from-2.sql</c>; <see cref="MigrateFrom4"/> follows): adds <c>posts.is_repost</c> and fills
    /// it for every post with the test the ingest uses (<see cref="Reposts.Sql"/>), adds the version-4 columns (the
    /// snapshot clock included) and re-extracts federated mentions (see <see cref="MigrateFrom3"/>); the columns come
    /// first, for the reason given on <see cref="MigrateFrom1"/>. Runs in one transaction when such a store is opened.
    /// </summary>
    public static string MigrateFrom2 => WithIngestExpressions("schema-migrate-from-2");

    /// <summary>
    /// Brings a version-3 store to version 4 (<c>Sql/schema-migrate-from-3.sql</c>; <see cref="MigrateFrom4"/> follows): adds <c>posts.author_account_id</c>
    /// (the author's stable platform id; null for posts ingested before and for TWCS) and <c>posts.edited_at</c> (when the
    /// stored text was last edited; null when never), <c>sources.api_errors</c> (error entries of API responses, counted
    /// apart from rejected rows; 0 for sources ingested before) and re-extracts the mentions of Mastodon and Bluesky
    /// customer posts, whose pattern now keeps hyphenated handles whole (<see cref="MentionHandles"/>). X posts, TWCS
    /// included, keep their mentions: their pattern did not change. It also adds <c>weekly_snapshots.clock</c>, the
    /// response-time clock the care score used (methodology v4); snapshots stored before it were all on the wall clock.
    /// Runs in one transaction when such a store is opened.
    /// </summary>
    public static string MigrateFrom3 => WithIngestExpressions("schema-migrate-from-3");

    /// <summary>
    /// Brings a version-4 store to version 6 (<c>Sql/schema-migrate-from-4.sql</c>; <see cref="MigrateFrom6"/> follows): the stored <c>posts.content_hash</c>
    /// column goes, the hash being computed from the stored fields where it is compared (<see cref="ContentHash"/>), with
    /// <c>posts.edited_content_hash</c> holding the hash of an edited post's latest version. The posts table is rebuilt
    /// (renamed, created anew, every row copied, the old one dropped) so that version 4's stored hash can be read once to
    /// keep it where the fields no longer give it. Every hash reads the same afterwards, so a re-ingest classifies every
    /// row as before. An older store runs its own step first, in the same transaction.
    /// </summary>
    public static string MigrateFrom4 => SqlResource.Get("schema-migrate-from-4", ("schema", Create), ("content_hash", ContentHash.Sql));

    /// <summary>
    /// Brings a version-5 store to version 6 (<c>Sql/schema-migrate-from-5.sql</c>; <see cref="MigrateFrom6"/> follows): drops the virtual
    /// <c>posts.content_hash</c> column, which DuckDB computed for every inserted row (an MD5 per new post) although only
    /// the ingest's comparisons read it; they now compute it themselves (<see cref="ContentHash.Stored"/>). A virtual
    /// column has no storage, so every stored row, <c>posts.edited_content_hash</c> included, stays as it was and every
    /// hash reads the same afterwards. Runs in one transaction when such a store is opened.
    /// </summary>
    public static string MigrateFrom5 => SqlResource.Get("schema-migrate-from-5");

    /// <summary>
    /// Brings a version-6 store to version 7 (<c>Sql/schema-migrate-from-6.sql</c>): adds <c>week_changes</c>
    /// (<see cref="WeekChanges"/>) with one change for every week that has posts, and empties <c>evaluation_cache</c>,
    /// whose entries were checked against fingerprints computed from the stored posts, which no count of changes equals
    /// (the next weekly run computes its earlier weeks once more). No post is rewritten. Every older version runs its own
    /// steps first, in the same transaction.
    /// </summary>
    public static string MigrateFrom6 => SqlResource.Get("schema-migrate-from-6");

    /// <summary>
    /// Whether bringing a store of <paramref name="version"/> to the current one rewrites every post (the rebuild of
    /// <see cref="MigrateFrom4"/>, which older versions also run), rather than only changing the schema.
    /// </summary>
    public static bool UpgradeRewritesPosts(int version) => version <= 4;

    /// <summary>
    /// Every table of the current version (<c>Sql/schema.sql</c>), created if missing. The weekly tables are additive, so
    /// stores written before them keep schema version 1. <c>weekly_snapshots</c> has no PRIMARY KEY either: a week is
    /// replaced by delete + insert in one transaction (<see cref="SnapshotTables.Replace"/>), which is what keeps one
    /// snapshot per week. <c>posts</c> has no PRIMARY KEY index: (platform, post_id) uniqueness is enforced by the ingest,
    /// which classifies every staged row against the store before inserting, and an index would slow bulk loads.
    /// </summary>
    public static string Create => SqlResource.Get("schema");

    // The migrations fill columns with the ingest's own expressions, so a migrated post reads as a newly ingested one.
    private static string WithIngestExpressions(string name) =>
        SqlResource.Get(name, ("mention_handles", MentionHandles.Sql), ("is_repost", Reposts.Sql));
}
