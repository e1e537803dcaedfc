using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Pull;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// Schema version 5: <c>posts.content_hash</c> is computed from the stored fields when read (an edited post's from
/// <c>posts.edited_content_hash</c>) instead of being hashed and written for every new post; the migration from version 4.
/// </summary>
public sealed class SchemaVersion5Tests
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

    /// <summary>After the newest Mastodon fixture (2026-08): posts dated after the run's clock are implausible.</summary>
    private static readonly FixedTime Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_version_4_store_is_migrated_with_every_hash_as_stored_and_classifies_a_reingest_as_before()
    {
        using var store = new TestStore();
        var first = store.Ingest(Head5000);
        var duplicates = store.File("again.csv");
        File.Copy(Head5000, duplicates);
        File.AppendAllText(duplicates, "5000,1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,another text,,\n");
        var before = Mastodon(store, "mastodonpy-status-before-edit.json");
        var edited = Mastodon(store, "mastodonpy-status-after-edit.json");
        Assert.Equal((5000L, 1L, 1L), (first.NewPosts, before.NewPosts, edited.Edited));
        var hashes = Hashes(store.Warehouse);

        // Back to version 4: the hashes as a version-4 ingest stored them, in a plain column.
        store.Warehouse.Execute(TestStore.DropVersion5 + "UPDATE meta SET value = '4' WHERE key = 'schema_version';");
        Assert.Equal(hashes, Hashes(store.Warehouse));
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(hashes, Hashes(reopened));
        // The edit kept the post's author, time and links, so its stored fields give its hash: none is kept apart.
        Assert.Equal("5001|1|0", reopened.Scalar("SELECT count(*) || '|' || count(*) FILTER (WHERE platform = 'mastodon') || '|' || count(edited_content_hash) FROM posts")!.ToString());
        Assert.Equal(first.NewPosts, Convert.ToInt64(reopened.Scalar("SELECT count(is_brand) FROM posts"), CultureInfo.InvariantCulture) - 1);

        // Ingested again: every row classified as it was on the version-4 store.
        var options = new IngestOptions { RejectsDirectory = store.RejectsDirectory };
        var again = reopened.Ingest(duplicates, store.Registry, options, FixedTime.Default, null, CancellationToken.None);
        Assert.Equal((0L, 5000L, 1L), (again.NewPosts, again.AlreadyStored, again.Rejected));
        Assert.Equal(RejectReason.DuplicateIdConflict, Assert.Single(again.RejectedByReason).Key);
        Assert.Equal((0L, 1L, 0L), Counts(Mastodon(reopened, store, "mastodonpy-status-after-edit.json")));
        Assert.Equal((0L, 0L, 1L), Counts(Mastodon(reopened, store, "mastodonpy-status-before-edit.json")));
        Assert.Equal(hashes, Hashes(reopened));
    }

    [Fact]
    public void The_hash_of_a_new_post_is_the_one_a_version_4_ingest_stored()
    {
        using var store = new TestStore();
        store.Ingest(Head5000);

        // The C# definition the ClickHouse backend stores, itself the version-4 DuckDB one.
        var posts = new TwcsCsvReader(Head5000, store.Registry, new IngestOptions().GetEncoding()).Read(null, CancellationToken.None)
            .Select(o => o.Post!).ToDictionary(p => p.PostId, ContentHash.Of);
        var stored = Hashes(store.Warehouse).Select(h => h.Split('|')).ToDictionary(h => h[1], h => h[2]);

        Assert.Equal(5000, stored.Count);
        Assert.All(stored, h => Assert.Equal(posts[h.Key], h.Value));
    }

    private static IngestSummary Mastodon(TestStore store, string fixture) => Mastodon(store.Warehouse, store, fixture);

    private static IngestSummary Mastodon(Warehouse warehouse, TestStore store, string fixture)
    {
        var path = PayloadStore.Fixture("mastodon", fixture);
        var landed = new List<LandedPage> { new(Platform.Mastodon, "statuses", path, File.ReadAllBytes(path), true) };
        var source = new PulledPostSource(store.File("pages"), "mastodon-api", "id", landed, (page, root, next, _) => MastodonPages.Read(page, root, next, store.Registry, "localhost"));
        return warehouse.Ingest(source, new IngestOptions { RejectsDirectory = store.RejectsDirectory }, Clock, null, CancellationToken.None);
    }

    private static (long New, long AlreadyStored, long Rejected) Counts(IngestSummary summary) => (summary.NewPosts, summary.AlreadyStored, summary.Rejected);

    private static List<string> Hashes(Warehouse warehouse)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT platform || '|' || post_id || '|' || content_hash FROM posts ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
