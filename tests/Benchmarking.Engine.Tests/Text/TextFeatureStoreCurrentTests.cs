using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>
/// <see cref="TextFeatureStore.IsCurrent"/> answers from counts and a marker; every path that could leave a post without
/// current features must make it say false, and it must agree with the full comparison of every post with its row.
/// </summary>
public sealed class TextFeatureStoreCurrentTests
{
    private static readonly string Version = TextFixtures.Analyzer.Version;

    /// <summary>The shipped registry without Sprint: sprintcare's replies become customer posts.</summary>
    private static readonly BrandRegistry WithoutSprint =
        BrandRegistry.Create(Registries.Shipped.Brands.Where(b => b.Id != "sprint"), Registries.Shipped.Industries);

    /// <summary>
    /// Without Sprint and with the customer 115712 as a brand: as many posts turn brand as turn customer in the test
    /// data, so the number of brand posts does not change (a count of brand rows could not see it).
    /// </summary>
    private static readonly BrandRegistry Swapped = BrandRegistry.Create(
        WithoutSprint.Brands.Append(new Brand("acme", "Acme", Registries.Shipped.Industries[0], [new BrandHandle(Platform.Twitter, "115712")])),
        Registries.Shipped.Industries);

    /// <summary>The shipped registry with Sprint renamed: another fingerprint, no post changes brand status.</summary>
    private static readonly BrandRegistry Renamed = BrandRegistry.Create(
        Registries.Shipped.Brands.Select(b => b.Id == "sprint" ? b with { Name = "Sprint Care" } : b), Registries.Shipped.Industries);

    [Fact]
    public void Follows_ingest_and_update()
    {
        using var store = new TestStore();
        AssertCurrent(store, true); // nothing to compute yet
        Ingest(store, "a.csv", customers: 3, replies: 2, firstId: 1);
        AssertCurrent(store, false);

        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        AssertCurrent(store, true);

        Ingest(store, "b.csv", customers: 2, replies: 1, firstId: 100);
        AssertCurrent(store, false);

        Assert.Equal(3, TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer).Computed);
        AssertCurrent(store, true);
    }

    [Fact]
    public void A_registry_change_that_swaps_brand_status_is_stale_until_updated()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 2, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        var brandPosts = store.Warehouse.Totals().BrandPosts;

        store.Warehouse.ApplyRegistry(Swapped);

        Assert.Equal(brandPosts, store.Warehouse.Totals().BrandPosts);
        AssertCurrent(store, false);
        var update = TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        Assert.Equal((4L, 4L), (update.Removed, update.Computed));
        AssertCurrent(store, true);

        store.Warehouse.ApplyRegistry(Registries.Shipped);
        AssertCurrent(store, false);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        AssertCurrent(store, true);
    }

    [Fact]
    public void A_registry_change_without_status_changes_is_checked_once_and_recorded()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 2, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

        store.Warehouse.ApplyRegistry(Renamed);

        Assert.NotEqual(Marker(store.Warehouse), Fingerprint(store.Warehouse));
        AssertCurrent(store, true);
        Assert.Equal(Fingerprint(store.Warehouse), Marker(store.Warehouse));
    }

    [Fact]
    public void A_store_analysed_before_the_marker_is_checked_in_full_once()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 2, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        store.Warehouse.Execute($"DELETE FROM meta WHERE key = '{TextFeatureStore.RegistryMarker}'");

        AssertCurrent(store, true);
        Assert.Equal(Fingerprint(store.Warehouse), Marker(store.Warehouse));
    }

    [Fact]
    public void A_store_without_the_marker_and_with_swapped_statuses_is_not_current()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 2, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        store.Warehouse.ApplyRegistry(Swapped);
        store.Warehouse.Execute($"DELETE FROM meta WHERE key = '{TextFeatureStore.RegistryMarker}'");

        AssertCurrent(store, false);
        Assert.Null(Marker(store.Warehouse));
    }

    [Fact]
    public void An_interrupted_update_is_not_current_and_the_next_one_finishes()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 3, replies: 2, firstId: 1);

        Interrupt(store);
        Assert.InRange(TextFeatureStore.Count(store.Warehouse, Version), 1, 4);
        AssertCurrent(store, false);

        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        AssertCurrent(store, true);
    }

    [Fact]
    public void An_update_interrupted_after_a_registry_change_is_not_current()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 2, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        store.Warehouse.ApplyRegistry(Swapped);

        Interrupt(store);
        AssertCurrent(store, false);

        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        AssertCurrent(store, true);
    }

    [Fact]
    public void Rows_of_another_version_are_not_current()
    {
        using var store = new TestStore();
        Ingest(store, "a.csv", customers: 2, replies: 1, firstId: 1);
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        Assert.False(TextFeatureStore.IsCurrent(store.Warehouse, "another-version"));

        // One row left from an older model or rules file.
        store.Warehouse.Execute("UPDATE text_features SET features_version = 'old' WHERE post_id = '1'");
        AssertCurrent(store, false);
        Assert.False(TextFeatureStore.IsCurrent(store.Warehouse, "old"));

        var update = TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        Assert.Equal((1L, 1L), (update.Removed, update.Computed));
        AssertCurrent(store, true);
        Assert.False(TextFeatureStore.IsCurrent(store.Warehouse, "old"));
    }

    [Fact]
    public void Agrees_with_the_full_comparison_over_random_sequences_of_every_store_change()
    {
        BrandRegistry[] registries = [Registries.Shipped, WithoutSprint, Swapped, Renamed];
        for (var seed = 1; seed <= 3; seed++)
        {
            var random = new Random(seed);
            using var store = new TestStore();
            var nextId = 1;
            for (var step = 0; step < 25; step++)
            {
                switch (random.Next(6))
                {
                    case 0:
                        var (customers, replies) = (random.Next(0, 3), random.Next(0, 3));
                        Ingest(store, $"s{step}.csv", customers, replies, nextId);
                        nextId += customers + replies;
                        break;
                    case 1:
                        store.Warehouse.ApplyRegistry(registries[random.Next(registries.Length)]);
                        break;
                    case 2:
                        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
                        break;
                    case 3:
                        Interrupt(store);
                        break;
                    case 4:
                        store.Warehouse.Execute($"DELETE FROM meta WHERE key = '{TextFeatureStore.RegistryMarker}'");
                        break;
                    default:
                        store.Warehouse.Execute("UPDATE text_features SET features_version = 'old' WHERE post_id = (SELECT min(post_id) FROM text_features)");
                        break;
                }

                Assert.True(FullCheck(store.Warehouse, Version) == TextFeatureStore.IsCurrent(store.Warehouse, Version), $"seed {seed}, step {step}");
            }
        }
    }

    /// <summary>Asserts <paramref name="expected"/> for the full comparison and for <see cref="TextFeatureStore.IsCurrent"/>.</summary>
    private static void AssertCurrent(TestStore store, bool expected)
    {
        Assert.Equal(expected, FullCheck(store.Warehouse, Version));
        Assert.Equal(expected, TextFeatureStore.IsCurrent(store.Warehouse, Version));
        // Asked again: the first answer may have recorded the marker, and the quick answer must agree.
        Assert.Equal(expected, TextFeatureStore.IsCurrent(store.Warehouse, Version));
    }

    /// <summary>
    /// The reference: no row of another version, and every post has a row matching its brand status (the comparison of
    /// every post with its row that <see cref="TextFeatureStore.IsCurrent"/> avoids).
    /// </summary>
    private static bool FullCheck(Warehouse warehouse, string version)
    {
        TextFeatureStore.EnsureCreated(warehouse);
        return Convert.ToInt64(warehouse.Scalar($"""
            SELECT (SELECT count(*) FROM text_features WHERE features_version <> '{version}')
                 + (SELECT count(*) FROM posts p WHERE NOT EXISTS (
                        SELECT 1 FROM text_features f WHERE f.platform = p.platform AND f.post_id = p.post_id AND f.is_brand = (p.brand_id IS NOT NULL)))
                 + (SELECT count(*) FROM text_features f WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.platform = f.platform AND p.post_id = f.post_id))
                 + (SELECT count(*) FROM (SELECT 1 FROM text_features GROUP BY platform, post_id HAVING count(*) > 1))
            """), CultureInfo.InvariantCulture) == 0;
    }

    /// <summary>Starts an update of one post per batch and cancels it after the first batch.</summary>
    private static void Interrupt(TestStore store)
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<TextFeatureProgress>(p => { if (p.Analysed > 0) { cancel.Cancel(); } });
        try
        {
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer, batchSize: 1, progress, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected when there was more than one post to compute.
        }
    }

    /// <summary>Ingests <paramref name="customers"/> posts by customer 115712 and <paramref name="replies"/> by sprintcare.</summary>
    private static void Ingest(TestStore store, string name, int customers, int replies, int firstId)
    {
        var rows = Enumerable.Range(firstId, customers).Select(i => TwcsCsv.Row(Id(i), text: $"@sprintcare my phone {i} has no signal"))
            .Concat(Enumerable.Range(firstId + customers, replies).Select(i =>
                TwcsCsv.Row(Id(i), author: "sprintcare", inbound: "False", text: $"@115712 Please send us a DM about case {i}", parent: customers > 0 ? Id(firstId) : string.Empty)))
            .ToArray();
        store.Ingest(TwcsCsv.Write(store.File(name), rows));
    }

    private static string Id(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string? Fingerprint(Warehouse warehouse) => warehouse.Scalar("SELECT value FROM meta WHERE key = 'registry'")?.ToString();

    private static string? Marker(Warehouse warehouse) =>
        warehouse.Scalar($"SELECT value FROM meta WHERE key = '{TextFeatureStore.RegistryMarker}'")?.ToString();
}
