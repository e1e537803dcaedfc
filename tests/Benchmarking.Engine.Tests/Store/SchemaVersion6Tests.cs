using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// Schema version 6: the posts table has no <c>content_hash</c> column; the hash is computed where it is compared
/// (<see cref="ContentHash.Stored"/>). The migration from version 5 drops that version's virtual column.
/// </summary>
public sealed class SchemaVersion6Tests
{
    [Fact]
    public void A_version_5_store_is_migrated_with_every_hash_as_it_read_and_classifies_a_reingest_as_before()
    {
        using var store = new TestStore();
        var duplicates = store.IngestHeadAndAnEditedPost();
        var hashes = TestStore.Hashes(store.Warehouse);
        var rows = Rows(store.Warehouse);

        // Back to version 5: its virtual column reads every hash the version-6 ingest computes.
        store.Warehouse.Execute(TestStore.DropVersion6 + "UPDATE meta SET value = '5' WHERE key = 'schema_version';");
        Assert.Equal(hashes, TestStore.Hashes(store.Warehouse, "content_hash"));
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal("0", reopened.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'content_hash'")!.ToString());
        Assert.Equal(hashes, TestStore.Hashes(reopened));
        Assert.Equal(rows, Rows(reopened));
        // The edited post keeps the hash of the version that replaced its text.
        Assert.Equal("5001|1|1", reopened.Scalar("SELECT count(*) || '|' || count(*) FILTER (WHERE platform = 'mastodon') || '|' || count(edited_content_hash) FROM posts")!.ToString());

        // Ingested again: every row classified as it was on the version-5 store.
        var again = reopened.Ingest(duplicates, store.Registry, store.Options, FixedTime.Default, null, CancellationToken.None);
        Assert.Equal((0L, 5000L, 1L), (again.NewPosts, again.AlreadyStored, again.Rejected));
        Assert.Equal(RejectReason.DuplicateIdConflict, Assert.Single(again.RejectedByReason).Key);
        Assert.Equal((0L, 1L, 0L), Counts(store.Mastodon(reopened, "mastodonpy-status-after-edit.json")));
        Assert.Equal((0L, 0L, 1L), Counts(store.Mastodon(reopened, "mastodonpy-status-before-edit.json")));
        Assert.Equal(hashes, TestStore.Hashes(reopened));
        Assert.Equal(rows, Rows(reopened));
    }

    [Fact]
    public void A_new_store_has_no_content_hash_column()
    {
        using var store = new TestStore();

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), store.Warehouse.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal("0", store.Warehouse.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'content_hash'")!.ToString());
    }

    [Fact]
    public void A_store_read_as_a_post_source_gives_the_same_hashes_at_version_5_and_6_and_an_older_one_is_refused()
    {
        using var store = new TestStore();
        store.IngestHeadAndAnEditedPost();
        store.Warehouse.Dispose();
        var current = Read(store.StorePath);

        Downgrade(store.StorePath, TestStore.DropVersion6 + "UPDATE meta SET value = '5' WHERE key = 'schema_version';");
        Assert.Equal(current, Read(store.StorePath));
        Assert.Equal(5001, current.Posts);

        Downgrade(store.StorePath, TestStore.DropVersion5 + "UPDATE meta SET value = '4' WHERE key = 'schema_version';");
        var e = Assert.Throws<InputFileException>(() => Read(store.StorePath));
        Assert.Contains("the store has schema version 4; the migration reads versions 5 to 7. Open an older store once with this carebench", e.Message, StringComparison.Ordinal);
    }

    private static (int Posts, string? Sha256) Read(string path)
    {
        var source = new StoredPostSource(path);
        var posts = source.Read(null, CancellationToken.None).Count();
        return (posts, source.Sha256);
    }

    private static void Downgrade(string path, string sql)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"DataSource={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static (long New, long AlreadyStored, long Rejected) Counts(IngestSummary summary) => (summary.NewPosts, summary.AlreadyStored, summary.Rejected);

    /// <summary>Every stored column of every post, as one string per post, sorted.</summary>
    private static List<string> Rows(Warehouse warehouse) =>
        TestStore.Strings(warehouse, "SELECT CAST(p AS VARCHAR) FROM (SELECT * EXCLUDE (is_brand) FROM posts) p ORDER BY 1");
}
