using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;
using Xunit;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// The stage holds a post's mentions as one string (<see cref="IngestTransaction.StagedMentionsText"/>) and the insert
/// splits it back (<see cref="IngestTransaction.MentionsFromStage"/>): what is stored must be exactly the list
/// <see cref="Expected"/> defines, the empty list and empty handles included.
/// </summary>
public sealed class StagedMentionsTests
{
    public static TheoryData<string?, string[]?> Given => new()
    {
        { null, null },
        { null, [] },
        { null, [""] },
        { null, ["", ""] },
        { null, ["a", ""] },
        { null, ["", "a"] },
        { null, ["applesupport"] },
        { null, ["AppleSupport", "x y", "z"] },
        { null, ["support@mastodon.social", "a.b-c"] },
        { "brand", ["applesupport"] },
    };

    [Theory]
    [MemberData(nameof(Given))]
    public void The_split_staged_string_is_the_list_the_ingest_stores(string? brandId, string[]? mentions)
    {
        var post = new Post(Platform.Twitter, "1", "someone", brandId, DateTimeOffset.UnixEpoch, "@Brand hi @other", null, null, true) { Mentions = mentions };

        Assert.Equal(Expected(post), SplitInDuckDb(IngestTransaction.StagedMentionsText(post)));
    }

    // The posts.mentions of a post, as a list: none for a brand post; those the source gave (as the space-joined list
    // split on spaces), else the handles in the text.
    private static List<string>? Expected(Post post) => post switch
    {
        { BrandId: not null } => null,
        { Mentions: null } => MentionHandles.Extract(post.Platform, post.Text),
        { Mentions.Count: 0 } => [],
        { Mentions: { } given } => [.. string.Join(' ', given).Split(' ')],
    };

    private static List<string>? SplitInDuckDb(string? staged)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {IngestTransaction.MentionsFromStage} FROM (SELECT $m::VARCHAR AS mentions)";
        command.Parameters.Add(new DuckDBParameter("m", staged));
        return command.ExecuteScalar() is System.Collections.IList list ? list.Cast<string>().ToList() : null;
    }
}
