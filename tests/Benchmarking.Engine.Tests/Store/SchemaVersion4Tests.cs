using System.Globalization;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// Schema version 4: the author's stable account id and the edit time per post, the API error entries per source, and
/// federated mentions that keep hyphenated handles whole; the migration from version 3.
/// </summary>
public sealed class SchemaVersion4Tests
{
    private const string Csv = """
        tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
        1,115712,True,Tue Oct 31 22:10:47 +0000 2017,@SprintCare is @Someone there?,2,
        2,sprintcare,False,Tue Oct 31 22:11:47 +0000 2017,@115712 yes,,1

        """;

    [Fact]
    public void A_version_3_store_is_migrated_leaving_twcs_as_it_was_and_fixing_hyphenated_federated_mentions()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, Csv);
        store.Ingest(file);
        var checksum = store.Checksum();
        var twcsMentions = Mentions(store.Warehouse, "twitter");

        // Back to version 3, with a Bluesky post whose mention the version-3 pattern cut at the hyphen.
        store.Warehouse.Execute(TestStore.DropVersion4 + """
            INSERT INTO posts (platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound, content_hash, source_id, mentions, is_repost)
            VALUES ('bluesky', 'at://did:plc:x/app.bsky.feed.post/1', 'cust.bsky.social', NULL, TIMESTAMP '2024-01-01 00:00:00', 'Thanks to @jeremy-data.bsky.social', NULL, NULL, NULL, 'h', 1, ['jeremy'], false);
            UPDATE meta SET value = '3' WHERE key = 'schema_version';
            """);
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(twcsMentions, Mentions(reopened, "twitter"));
        Assert.Equal("1=jeremy-data.bsky.social", Mentions(reopened, "bluesky").Replace("at://did:plc:x/app.bsky.feed.post/", string.Empty, StringComparison.Ordinal));
        Assert.Equal("0", reopened.Scalar("SELECT sum(api_errors) FROM sources")!.ToString());
        Assert.Equal("0", reopened.Scalar("SELECT count(*) FROM posts WHERE author_account_id IS NOT NULL OR edited_at IS NOT NULL")!.ToString());
        reopened.Execute("DELETE FROM posts WHERE platform = 'bluesky'");
        Assert.Equal(checksum, TestStore.Checksum(reopened));
    }

    private static string Mentions(Warehouse warehouse, string platform) =>
        warehouse.Scalar($"SELECT coalesce(string_agg(post_id || '=' || array_to_string(mentions, ','), ';' ORDER BY post_id), '') FROM posts WHERE platform = '{platform}' AND mentions IS NOT NULL")!.ToString()!;
}
