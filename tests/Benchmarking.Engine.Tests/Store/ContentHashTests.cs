using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;
using Xunit;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>The .NET content hash must equal the SQL one earlier versions stored, byte for byte.</summary>
public sealed class ContentHashTests
{
    public static TheoryData<Post> Posts => new()
    {
        new Post(Platform.Twitter, "1", "sprintcare", "sprint", new DateTimeOffset(2017, 10, 31, 22, 10, 47, TimeSpan.Zero), "@115712 I understand.", "2", "9", false),
        new Post(Platform.Twitter, "2", "115712", null, new DateTimeOffset(2017, 10, 31, 23, 10, 47, 123, TimeSpan.FromHours(2)), "Ünïcødé 👍 \"quoted\", comma\nnew line", null, null, true),
        new Post(Platform.Mastodon, "3", "someone@example.social", null, new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567), "", null, "3", null),
        new Post(Platform.Bluesky, "at://did:plc:x/app.bsky.feed.post/3k", "brand.bsky.social", "b", new DateTimeOffset(1999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), "tab\there \u001f unit sep", "at://p", null, false),
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void Matches_the_SQL_hash_of_the_stored_row(Post post)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (author VARCHAR, created_at TIMESTAMP, text VARCHAR, in_reply_to_id VARCHAR, conversation_id VARCHAR, declared_inbound BOOLEAN)";
            create.ExecuteNonQuery();
        }

        using (var appender = connection.CreateAppender("t"))
        {
            var row = appender.CreateRow().AppendValue(post.Author).AppendValue(post.CreatedAt.UtcDateTime).AppendValue(post.Text)
                .AppendValue(post.InReplyToId).AppendValue(post.ConversationId);
            (post.DeclaredInbound is { } inbound ? row.AppendValue(inbound) : row.AppendNullValue()).EndRow();
        }

        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {ContentHash.Sql} FROM t";
        Assert.Equal((string)query.ExecuteScalar()!, ContentHash.Compute(post));
    }
}
