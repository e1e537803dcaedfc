using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// Schema version 5: the content hash is computed from the stored fields (an edited post's kept in
/// <c>posts.edited_content_hash</c>) instead of being hashed and written for every new post; the migration from version 4,
/// which goes straight to the current version.
/// </summary>
public sealed class SchemaVersion5Tests
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

    [Fact]
    public void A_version_4_store_is_migrated_with_every_hash_as_stored_and_classifies_a_reingest_as_before()
    {
        using var store = new TestStore();
        var duplicates = store.IngestHeadAndAnEditedPost();
        var hashes = TestStore.Hashes(store.Warehouse);

        // Back to version 4: the hashes as a version-4 ingest stored them, in a plain column.
        store.Warehouse.Execute(TestStore.DropVersion5 + "UPDATE meta SET value = '4' WHERE key = 'schema_version';");
        Assert.Equal(hashes, TestStore.Hashes(store.Warehouse, "content_hash"));
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(hashes, TestStore.Hashes(reopened));
        // The edit kept the post's author, time and links, so its stored fields give its hash: none is kept apart.
        Assert.Equal("5001|1|0", reopened.Scalar("SELECT count(*) || '|' || count(*) FILTER (WHERE platform = 'mastodon') || '|' || count(edited_content_hash) FROM posts")!.ToString());
        Assert.Equal(5000L, Convert.ToInt64(reopened.Scalar("SELECT count(is_brand) FROM posts"), CultureInfo.InvariantCulture) - 1);

        // Ingested again: every row classified as it was on the version-4 store.
        var options = new IngestOptions { RejectsDirectory = store.RejectsDirectory };
        var again = reopened.Ingest(duplicates, store.Registry, options, FixedTime.Default, null, CancellationToken.None);
        Assert.Equal((0L, 5000L, 1L), (again.NewPosts, again.AlreadyStored, again.Rejected));
        Assert.Equal(RejectReason.DuplicateIdConflict, Assert.Single(again.RejectedByReason).Key);
        Assert.Equal((0L, 1L, 0L), Counts(store.Mastodon(reopened, "mastodonpy-status-after-edit.json")));
        Assert.Equal((0L, 0L, 1L), Counts(store.Mastodon(reopened, "mastodonpy-status-before-edit.json")));
        Assert.Equal(hashes, TestStore.Hashes(reopened));
    }

    [Fact]
    public void The_hash_of_a_new_post_is_the_one_a_version_4_ingest_stored()
    {
        using var store = new TestStore();
        store.Ingest(Head5000);

        // The C# definition the ClickHouse backend stores, itself the version-4 DuckDB one.
        var posts = new TwcsCsvReader(Head5000, store.Registry, new IngestOptions().GetEncoding()).Read(null, CancellationToken.None)
            .Select(o => o.Post!).ToDictionary(p => p.PostId, ContentHash.Of);
        var stored = TestStore.Hashes(store.Warehouse).Select(h => h.Split('|')).ToDictionary(h => h[1], h => h[2]);

        Assert.Equal(5000, stored.Count);
        Assert.All(stored, h => Assert.Equal(posts[h.Key], h.Value));
    }

    private static (long New, long AlreadyStored, long Rejected) Counts(IngestSummary summary) => (summary.NewPosts, summary.AlreadyStored, summary.Rejected);
}
