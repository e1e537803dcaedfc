using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;
using DuckDB.NET.Data;
using Xunit;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>The handles stored per post at ingest (<c>posts.mentions</c>, schema version 2) and the migration from version 1 (to version 3).</summary>
public sealed class MentionHandlesTests
{
    [Theory]
    [InlineData("twitter", "@AppleSupport my @Apple_Care phone, mail a@b.com @@x @ x @applesupport.", "applesupport,apple_care,b,x,applesupport")]
    [InlineData("twitter", "no handle here", "")]
    [InlineData("mastodon", "@Support@Mastodon.Social hi @someone@host.example.org. and @bare, @a.b-c", "support@mastodon.social,someone@host.example.org,bare,a.b-c")]
    [InlineData("bluesky", "@Brand.BSKY.social: hello @trailing. @a..b", "brand.bsky.social,trailing,a")]
    [InlineData("bluesky", "Thanks to @jeremy-data.bsky.social for the starter pack", "jeremy-data.bsky.social")]
    [InlineData("mastodon", "via @health-news-from-the-bay-MercNews@flipboard.com today", "health-news-from-the-bay-mercnews@flipboard.com")]
    [InlineData("twitter", "@jeremy-data hi", "jeremy")]
    public void Extracts_lower_case_handles_in_order_with_the_platform_pattern(string platform, string text, string expected)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT array_to_string({MentionHandles.Sql}, ',') FROM (SELECT $platform AS platform, $text AS text)";
        command.Parameters.Add(new DuckDBParameter("platform", platform));
        command.Parameters.Add(new DuckDBParameter("text", text));

        Assert.Equal(expected, command.ExecuteScalar()!.ToString());
    }

    [Fact]
    public void A_version_1_store_is_migrated_with_the_handles_filled_in()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, """
            tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
            1,115712,True,Tue Oct 31 22:10:47 +0000 2017,@SprintCare is @Someone there?,2,
            2,sprintcare,False,Tue Oct 31 22:11:47 +0000 2017,@115712 yes,,1

            """);
        store.Ingest(file);
        var ingested = store.Warehouse.Scalar("SELECT string_agg(post_id || '=' || array_to_string(mentions, ','), ';' ORDER BY post_id) FROM posts")!.ToString();
        // Brand posts (2, by sprintcare) get no handles: only customer posts are mention candidates.
        Assert.Equal("1=sprintcare,someone", ingested);

        // Turn the store back into version 1 (no mentions column, no is_repost of version 3, none of the version-4
        // columns), then reopen it: every step runs.
        store.Warehouse.Execute("ALTER TABLE posts DROP COLUMN mentions; ALTER TABLE posts DROP COLUMN is_repost; " + TestStore.DropVersion4 + "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(ingested, reopened.Scalar("SELECT string_agg(post_id || '=' || array_to_string(mentions, ','), ';' ORDER BY post_id) FROM posts")!.ToString());
        Assert.Equal("1=false;2=false", reopened.Scalar("SELECT string_agg(post_id || '=' || is_repost, ';' ORDER BY post_id) FROM posts")!.ToString());
    }

    [Fact]
    public void A_brand_post_that_becomes_a_customer_post_gets_its_handles_when_the_registry_changes()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, """
            tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
            1,sprintcare,False,Tue Oct 31 22:11:47 +0000 2017,@115712 yes @AskPayPal,,

            """);
        store.Ingest(file);
        Assert.Null(store.Warehouse.Scalar("SELECT mentions FROM posts WHERE post_id = '1'"));

        store.Warehouse.ApplyRegistry(BrandRegistry.Create(Registries.Shipped.Brands.Where(b => b.Id != "sprint"), Registries.Shipped.Industries));

        Assert.Equal("115712,askpaypal", store.Warehouse.Scalar("SELECT array_to_string(mentions, ',') FROM posts WHERE post_id = '1'")!.ToString());
    }
}
