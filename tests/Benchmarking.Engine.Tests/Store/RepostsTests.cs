using System.Globalization;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;
using Xunit;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>The repost flag stored per post at ingest (<c>posts.is_repost</c>, schema version 3) and the migration from version 2.</summary>
public sealed class RepostsTests
{
    private const string Csv = """
        tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
        1,115712,True,Tue Oct 31 22:10:47 +0000 2017,@SprintCare is anyone there?,2,
        2,sprintcare,False,Tue Oct 31 22:11:47 +0000 2017,@115712 yes,,1
        3,115713,True,Tue Oct 31 22:12:47 +0000 2017,RT @SprintCare: we are here,,
        4,sprintcare,False,Tue Oct 31 22:13:47 +0000 2017,RT @115712 thanks,,
        5,115714,True,Tue Oct 31 22:14:47 +0000 2017,great RT @SprintCare,,

        """;

    private static string Flags(Warehouse warehouse) =>
        warehouse.Scalar("SELECT string_agg(post_id || '=' || is_repost, ';' ORDER BY post_id) FROM posts")!.ToString()!;

    [Theory]
    [InlineData("RT @AcmeHelp a repost", true)]
    [InlineData("RT @", true)]
    [InlineData("great RT @AcmeHelp not at the start", false)]
    [InlineData(" RT @AcmeHelp leading space", false)]
    [InlineData("rt @AcmeHelp lower case", false)]
    [InlineData("RT AcmeHelp no at sign", false)]
    [InlineData("", false)]
    public void Flags_text_that_starts_with_RT_and_an_at_sign(string text, bool expected)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Reposts.Sql} FROM (SELECT $text AS text)";
        command.Parameters.Add(new DuckDBParameter("text", text));

        Assert.Equal(expected, command.ExecuteScalar());
    }

    [Fact]
    public void The_ingest_flags_every_post_brand_posts_included()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, Csv);
        store.Ingest(file);

        Assert.Equal("1=false;2=false;3=true;4=true;5=false", Flags(store.Warehouse));
    }

    [Fact]
    public void A_version_2_store_is_migrated_with_the_flags_filled_in()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, Csv);
        store.Ingest(file);
        var ingested = Flags(store.Warehouse);
        var checksum = store.Checksum();

        // Turn the store back into version 2 (no is_repost column, none of the version-4 columns), then reopen it.
        store.Warehouse.Execute("ALTER TABLE posts DROP COLUMN is_repost; " + TestStore.DropVersion4 + "UPDATE meta SET value = '2' WHERE key = 'schema_version';");
        store.Warehouse.Dispose();
        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal(ingested, Flags(reopened));
        Assert.Equal(checksum, TestStore.Checksum(reopened));
    }

    [Fact]
    public void A_version_2_store_whose_migration_fails_is_left_as_it_was()
    {
        using var store = new TestStore();
        var file = store.File("t.csv");
        File.WriteAllText(file, Csv);
        store.Ingest(file);
        var checksum = store.Checksum();

        // Version 2 claimed, but the column is already there: the migration's ALTER TABLE fails, so nothing may change.
        store.Warehouse.Execute("UPDATE posts SET is_repost = NULL; UPDATE meta SET value = '2' WHERE key = 'schema_version';");
        store.Warehouse.Dispose();

        Assert.Throws<StoreException>(() => Warehouse.Open(store.StorePath));
        using var connection = new DuckDBConnection($"DataSource={store.StorePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT value FROM meta WHERE key = 'schema_version') || '/' || (SELECT count(*) FROM posts WHERE is_repost IS NOT NULL)";
        Assert.Equal("2/0", command.ExecuteScalar()!.ToString());
    }
}
