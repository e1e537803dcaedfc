using System.Globalization;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Store;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class RankCommandTests
{
    [Fact]
    public void Unknown_industry_is_a_usage_error_listing_the_valid_ones()
    {
        var result = Carebench.Run("rank", "--industry", "spaceflight");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Valid industries: airlines, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_it_is_a_store_error_and_creates_nothing()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands);

        Assert.Equal(ExitCodes.Store, result.ExitCode);
        Assert.Contains(temp.Combine("out", "carebench.duckdb"), result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_store_of_an_older_schema_is_upgraded_and_says_so(int version)
    {
        using var temp = new TempDirectory();
        var store = temp.Combine("s.duckdb");
        Assert.Equal(ExitCodes.Ok, Carebench.RunIn(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--brands", RepoPaths.Brands, "--store", store).ExitCode);
        using (var warehouse = Warehouse.Open(store))
        {
            // Back to version 4 (content_hash a stored column, no edited_content_hash), to a stand-in for version 5
            // (a content_hash column, which the step to 6 drops), or to version 6 (no week_changes).
            warehouse.Execute(version switch
            {
                4 => $"""
                    CREATE TABLE posts_v4 AS SELECT * EXCLUDE (is_brand, edited_content_hash), {ContentHash.Sql} AS content_hash FROM posts;
                    DROP TABLE posts; ALTER TABLE posts_v4 RENAME TO posts; DROP TABLE week_changes; UPDATE meta SET value = '4' WHERE key = 'schema_version';
                    """,
                5 => "ALTER TABLE posts ADD COLUMN content_hash VARCHAR; DROP TABLE week_changes; UPDATE meta SET value = '5' WHERE key = 'schema_version';",
                _ => "DROP TABLE week_changes; UPDATE meta SET value = '6' WHERE key = 'schema_version';",
            });
        }

        var upgrade = Assert.IsType<StoreUpgrade>(Engine.Pipeline.CareStores.PendingUpgrade(store));
        var result = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", store, "--no-text", "--bootstrap", "0");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal((version, Schema.Version, version == 4), (upgrade.FromVersion, upgrade.ToVersion, upgrade.RewritesPosts));
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (version == 4)
        {
            Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Upgrading the store s.duckdb from schema version 4 to {Schema.Version}: its {upgrade.Posts:N0} posts are rewritten once, in one transaction"), lines[0], StringComparison.Ordinal);
            lines.RemoveAt(0);
        }

        Assert.Matches($@"^Store s\.duckdb upgraded from schema version {version} to {Schema.Version} in \d+\.\d s; an older carebench can no longer open it\.$", lines[0]);
        Assert.Null(Engine.Pipeline.CareStores.PendingUpgrade(store));
        Assert.DoesNotContain("upgrade", Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", store, "--no-text", "--bootstrap", "0").Out, StringComparison.OrdinalIgnoreCase);
    }
}
