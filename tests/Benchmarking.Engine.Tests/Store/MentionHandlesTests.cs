using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;
using DuckDB.NET.Data;
using Xunit;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>The handles extracted at ingest must equal DuckDB's extraction (used by version 1 and by the migration).</summary>
public sealed class MentionHandlesTests
{
    public static TheoryData<Platform, string> Texts => new()
    {
        { Platform.Twitter, "@AppleSupport my @Apple_Care phone, mail a@b.com @@x @ x @SprintCare." },
        { Platform.Twitter, "no handle here" },
        { Platform.Twitter, "RT @VirginAtlantic: @115712 thanks! @a-b @ünï @x.y@z" },
        { Platform.Mastodon, "@Support@Mastodon.Social hi @someone@host.example.org. and @bare, @x@-y @a.b-c" },
        { Platform.Bluesky, "@Brand.BSKY.social: hello @did-less.name.bsky.social. @trailing. @a..b @a.@b" },
        { Platform.Bluesky, "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Extracts_the_same_handles_as_DuckDB(Platform platform, string text)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {MentionHandles.Sql} FROM (SELECT $platform AS platform, $text AS text)";
        command.Parameters.Add(new DuckDBParameter("platform", platform.ToName()));
        command.Parameters.Add(new DuckDBParameter("text", text));
        var expected = ((System.Collections.IEnumerable)command.ExecuteScalar()!).Cast<string>().ToArray();

        Assert.Equal(expected, MentionHandles.Extract(platform, text));
    }

    [Fact]
    public void Lower_cases_and_keeps_order_and_repeats()
    {
        Assert.Equal(["applesupport", "x", "applesupport"], MentionHandles.Extract(Platform.Twitter, "@AppleSupport @x @applesupport"));
        Assert.Equal(["user@mastodon.social"], MentionHandles.Extract(Platform.Mastodon, "hi @User@Mastodon.Social"));
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
        Assert.Equal("1=sprintcare,someone;2=115712", ingested);

        // Turn the store back into version 1 (no mentions column), then reopen it.
        store.Warehouse.Execute("ALTER TABLE posts DROP COLUMN mentions; UPDATE meta SET value = '1' WHERE key = 'schema_version';");
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(ingested, reopened.Scalar("SELECT string_agg(post_id || '=' || array_to_string(mentions, ','), ';' ORDER BY post_id) FROM posts")!.ToString());
    }
}
