using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;
using Benchmarking.Engine.Tests.Pull;
using Benchmarking.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// Writes to a ClickHouse store: an edited post replaces the stored version as on DuckDB, and one writer at a time
/// (the write lease) keeps two ingests from double-counting or interleaving.
/// </summary>
public sealed class ClickHouseWriteTests(ITestOutputHelper output)
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

    /// <summary>After the newest Mastodon fixture (2026-08): posts dated after the run's clock are implausible.</summary>
    private static readonly FixedTime Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [ClickHouseFact]
    public void An_edited_post_replaces_the_stored_version_and_the_first_version_again_conflicts_as_on_duckdb()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var pages = new TempDir();
        IngestSummary Ingest(ICareStore store, string fixture)
        {
            var landed = new List<LandedPage> { new(Platform.Mastodon, "statuses", fixture, File.ReadAllBytes(fixture), true) };
            var source = new PulledPostSource(pages.Path, "mastodon-api", "id", landed, (page, root, next, _) => MastodonPages.Read(page, root, next, stores.Registry, "localhost"));
            return store.Ingest(source, stores.Options(store is ClickHouseStore ? "clickhouse" : "duckdb"), Clock, null, CancellationToken.None);
        }

        var before = PayloadStore.Fixture("mastodon", "mastodonpy-status-before-edit.json");
        var after = PayloadStore.Fixture("mastodon", "mastodonpy-status-after-edit.json");
        foreach (var (fixture, expected) in new[] { (before, (1L, 1L, 0L, 0L, 0L)), (after, (1L, 0L, 1L, 0L, 0L)), (after, (1L, 0L, 0L, 1L, 0L)), (before, (1L, 0L, 0L, 0L, 1L)) })
        {
            var duck = Ingest(stores.DuckDb, fixture);
            var click = Ingest(stores.ClickHouse, fixture);

            Assert.Equal(expected, (duck.Read, duck.NewPosts, duck.Edited, duck.AlreadyStored, duck.Rejected));
            Assert.Equal((duck.Read, duck.NewPosts, duck.Edited, duck.AlreadyStored, duck.Rejected), (click.Read, click.NewPosts, click.Edited, click.AlreadyStored, click.Rejected));
            Assert.Equal(duck.RejectedByReason.OrderBy(p => p.Key), click.RejectedByReason.OrderBy(p => p.Key));
            Assert.Equal(duck.Warnings, click.Warnings);
            Assert.Equal(stores.DuckDb.ReadPosts(["117020586180926938"]), stores.ClickHouse.ReadPosts(["117020586180926938"]));
            Assert.Equal(stores.DuckDb.Totals().Posts, stores.ClickHouse.Totals().Posts);
        }

        var post = Assert.Single(stores.ClickHouse.ReadPosts(["117020586180926938"]));
        Assert.Contains("Kate", post.Text, StringComparison.Ordinal); // the edited version
        output.WriteLine($"stored after the edit: {post.Author}, {post.CreatedAt:O}");
    }

    [ClickHouseFact]
    public void An_ingest_while_another_writer_holds_the_lease_stops_naming_it_and_runs_once_the_lease_is_released_or_cleared()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var http = new ClickHouseHttp(stores.Location);

        var held = WriteLease.Claim(http, stores.Location.Database, "ingest of other.csv", Clock.GetUtcNow());
        var refused = Assert.Throws<StoreException>(() => stores.Ingest(stores.ClickHouse, Head5000));
        held.Dispose();

        Assert.True(refused.InUse);
        Assert.Contains("ingest of other.csv", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 00:00:00 UTC", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, stores.ClickHouse.Totals().Posts);
        Assert.Equal(5000, stores.Ingest(stores.ClickHouse, Head5000).NewPosts);

        // A killed writer keeps its lease: the error gives the statement that clears it.
        WriteLease.Claim(http, stores.Location.Database, "ingest of killed.csv", Clock.GetUtcNow());
        var stale = Assert.Throws<StoreException>(() => stores.Ingest(stores.ClickHouse, Head5000));
        var clear = stale.Message[(stale.Message.IndexOf("INSERT INTO", StringComparison.Ordinal))..];
        output.WriteLine(stale.Message);
        http.Execute(0, clear);
        Assert.Equal(5000, stores.Ingest(stores.ClickHouse, Head5000).AlreadyStored);
    }

    [ClickHouseFact]
    public void Two_ingests_of_one_file_at_once_store_every_post_once()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var second = ClickHouseStore.Open(stores.Location);
        second.ApplyRegistry(stores.Registry);
        stores.Ingest(stores.DuckDb, Head5000);

        var outcomes = new[] { stores.ClickHouse, second }.AsParallel().Select(store =>
        {
            try
            {
                return stores.Ingest(store, Head5000).NewPosts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (StoreException e) when (e.InUse)
            {
                return "refused";
            }
        }).ToList();
        output.WriteLine(string.Join(", ", outcomes));

        // Either one ran first and the other found everything stored, or they overlapped and the lease refused one (or,
        // claiming at the same instant, both); never both new.
        if (outcomes.All(o => o == "refused"))
        {
            stores.Ingest(stores.ClickHouse, Head5000);
        }
        else
        {
            Assert.Equal(5000, outcomes.Where(o => o != "refused").Sum(long.Parse));
        }

        Assert.Equal(5000, stores.ClickHouse.Totals().Posts);
        Assert.Equal(5000, stores.ClickHouse.PostsPerShard().Sum());
        Assert.Equal(5000, stores.Ingest(second, Head5000).AlreadyStored);
        var scope = new Benchmarking.Engine.Conversations.ConversationScope(null, null, TimeSpan.FromHours(72), stores.DuckDb.LatestPostTime()!.Value);
        Assert.Equal(
            stores.DuckDb.ReadConversations(stores.DuckDb.BuildConversations(scope)),
            stores.ClickHouse.ReadConversations(stores.ClickHouse.BuildConversations(scope)));
    }
}
