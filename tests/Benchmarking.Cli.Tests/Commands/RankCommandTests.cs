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

    [Fact]
    public void A_store_of_an_older_schema_is_upgraded_with_a_line_before_and_after()
    {
        using var temp = new TempDirectory();
        var store = temp.Combine("s.duckdb");
        Assert.Equal(ExitCodes.Ok, Carebench.RunIn(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--brands", RepoPaths.Brands, "--store", store).ExitCode);
        using (var warehouse = Warehouse.Open(store))
        {
            // Back to version 4: content_hash a stored column again.
            warehouse.Execute("""
                CREATE TABLE posts_v4 AS SELECT * EXCLUDE (is_brand, content_hash, edited_content_hash), content_hash FROM posts;
                DROP TABLE posts; ALTER TABLE posts_v4 RENAME TO posts; UPDATE meta SET value = '4' WHERE key = 'schema_version';
                """);
        }

        var posts = Assert.IsType<StoreUpgrade>(Engine.Pipeline.CareStores.PendingUpgrade(store)).Posts;
        var result = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", store, "--no-text", "--bootstrap", "0");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Upgrading the store s.duckdb from schema version 4 to 5: its {posts:N0} posts are rewritten once, in one transaction"), lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^Store upgraded to schema version 5 in \d+\.\d s\.$", lines[1].TrimEnd('\r'));
        Assert.Null(Engine.Pipeline.CareStores.PendingUpgrade(store));
        Assert.DoesNotContain("Upgrading", Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", store, "--no-text", "--bootstrap", "0").Out, StringComparison.Ordinal);
    }
}
