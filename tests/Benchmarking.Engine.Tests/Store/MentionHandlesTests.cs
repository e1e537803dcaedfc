using Benchmarking.Engine.Domain;
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

    [Theory]
    [InlineData("@AppleSupport my @Apple_Care phone, mail a@b.com @@x @ x @applesupport.")]
    [InlineData("@Support@Mastodon.Social hi @someone@host.example.org. and @bare, @a.b-c @-x @x- @x-.y @x.-y @x@@y @x@.y")]
    [InlineData("@Brand.BSKY.social: hello @trailing. @a..b @a.b.c.d.e @_u_ @9 @ñandú @Ωmega café@Mail.EXAMPLE @😀 @x😀y")]
    [InlineData("@jeremy-data.bsky.social, @health-news-from-the-bay-MercNews@flipboard.com @ @@ @. @- @_ end@")]
    [InlineData("")]
    public void The_ingest_extraction_gives_what_the_sql_gives_on_every_platform(string text)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        foreach (var platform in new[] { Platform.Twitter, Platform.Mastodon, Platform.Bluesky })
        {
            Assert.Equal(Sql(connection, platform.ToName(), text), MentionHandles.Extract(platform, text));
        }
    }

    [Theory]
    [InlineData("@AppleSupport my @Apple_Care phone, mail a@b.com @@x @ x @applesupport.")]
    [InlineData("@Support@Mastodon.Social hi @someone@host.example.org. and @bare, @a.b-c @-x @x- @x-.y @x.-y @x@@y @x@.y")]
    [InlineData("@Brand.BSKY.social: hello @trailing. @a..b @a.b.c.d.e @_u_ @9 @ñandú @Ωmega café@Mail.EXAMPLE @😀 @x😀y")]
    [InlineData("@jeremy-data.bsky.social, @health-news-from-the-bay-MercNews@flipboard.com @ @@ @. @- @_ end@")]
    [InlineData("@")]
    [InlineData("")]
    public void The_staged_form_is_the_extraction_each_handle_after_a_space(string text)
    {
        foreach (var platform in new[] { Platform.Twitter, Platform.Mastodon, Platform.Bluesky })
        {
            Assert.Equal(string.Concat(MentionHandles.Extract(platform, text).Select(h => " " + h)), MentionHandles.Staged(platform, text));
        }
    }

    [Fact]
    public void The_staged_form_is_the_extraction_each_handle_after_a_space_on_real_twcs_text_long_or_short()
    {
        var texts = new Benchmarking.Engine.Ingest.TwcsCsvReader(TestPaths.SharedData("twcs-head-5000", "twcs.csv"), Registries.Shipped, new System.Text.UTF8Encoding(false, true))
            .Read(null, CancellationToken.None).Select(o => o.Post!.Text).ToList();
        texts.Add(string.Concat(Enumerable.Repeat("@LongHandle_Name ", 100)));
        foreach (var text in texts)
        {
            foreach (var platform in new[] { Platform.Twitter, Platform.Mastodon })
            {
                Assert.Equal(string.Concat(MentionHandles.Extract(platform, text).Select(h => " " + h)), MentionHandles.Staged(platform, text));
            }
        }
    }

    [Fact]
    public void The_ingest_extraction_gives_what_the_sql_gives_on_real_twcs_text()
    {
        using var store = new TestStore();
        foreach (var (folder, file) in new[] { ("twcs-head-5000", "twcs.csv"), ("twcs-random-5000", "twcs_small.csv"), ("twcs-kaggle-sample", "sample.csv") })
        {
            store.Ingest(TestPaths.SharedData(folder, file));
        }

        // As stored by the ingest: every customer post's handles are the SQL's.
        Assert.Equal("0", store.Warehouse.Scalar($"SELECT count(*) FROM posts WHERE brand_id IS NULL AND mentions IS DISTINCT FROM ({MentionHandles.Sql})")!.ToString());

        // Every text, brand replies with their anonymised customer handles included, under each platform's pattern.
        using var command = store.Warehouse.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT platform, text, {MentionHandles.Sql} FROM (
                SELECT p.platform, text FROM posts, (VALUES ('twitter'), ('mastodon')) AS p(platform))
            """;
        using var reader = command.ExecuteReader();
        var compared = 0;
        while (reader.Read())
        {
            PlatformNames.TryParse(reader.GetString(0), out var platform);
            var expected = ((System.Collections.IList)reader.GetValue(2)).Cast<string>().ToList();
            Assert.Equal(expected, MentionHandles.Extract(platform, reader.GetString(1)));
            compared++;
        }

        Assert.True(compared > 20_000, $"{compared} texts compared");
    }

    private static List<string> Sql(DuckDBConnection connection, string platform, string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {MentionHandles.Sql} FROM (SELECT $platform AS platform, $text AS text)";
        command.Parameters.Add(new DuckDBParameter("platform", platform));
        command.Parameters.Add(new DuckDBParameter("text", text));
        return ((System.Collections.IList)command.ExecuteScalar()!).Cast<string>().ToList();
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
