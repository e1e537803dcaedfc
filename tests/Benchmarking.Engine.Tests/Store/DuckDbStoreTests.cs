using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Tests.Metrics;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

public sealed class DuckDbStoreTests : IDisposable
{
    private static readonly DateTimeOffset AsOf = new(2017, 12, 4, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDir dir = new();
    private readonly DuckDbStore store;

    public DuckDbStoreTests()
    {
        store = DuckDbStore.Open(dir.File("store.duckdb"));
        store.ApplyRegistry(Registries.Shipped);
        store.Ingest(PostSources.ForFile(SampleStores.Sample, Registries.Shipped, new IngestOptions().GetEncoding()),
            new IngestOptions { RejectsDirectory = dir.File("rejects") }, FixedTime.Default, null, CancellationToken.None);
    }

    public void Dispose()
    {
        store.Dispose();
        dir.Dispose();
    }

    public sealed class BuildConversations : IDisposable
    {
        private readonly DuckDbStoreTests fixture = new();

        public void Dispose() => fixture.Dispose();

        [Fact]
        public void Gives_the_mentions_first_replies_and_statuses_of_the_previous_metrics_sql()
        {
            var scope = new ConversationScope(null, null, TimeSpan.FromHours(72), AsOf);
            var facts = fixture.store.ReadConversations(fixture.store.BuildConversations(scope)).ToList();

            PreviousSqlMetrics.Compute(fixture.store.Warehouse, new MetricsOptions { AsOf = AsOf });
            var expected = new List<(string, string, string, DateTime, DateTime?, MentionStatus)>();
            using (var command = fixture.store.Warehouse.Connection.CreateCommand())
            {
                command.CommandText = "SELECT platform, post_id, brand_id, created_at, first_reply_at, status FROM mention_facts ORDER BY brand_id, created_at, platform, post_id";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    expected.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3),
                        reader.IsDBNull(4) ? null : reader.GetDateTime(4), Enum.Parse<MentionStatus>(reader.GetString(5), ignoreCase: true)));
                }
            }

            Assert.NotEmpty(facts);
            Assert.Equal(expected, facts.Select(f => (f.Platform, f.PostId, f.BrandId, f.MentionAt.UtcDateTime, f.FirstReplyAt?.UtcDateTime, f.Status)));
            Assert.All(facts, f => Assert.Equal(TimeSpan.Zero, f.MentionAt.Offset));
        }

        [Fact]
        public void Refuses_a_handle_of_an_earlier_build()
        {
            var scope = new ConversationScope(null, null, TimeSpan.FromHours(72), AsOf);
            var first = fixture.store.BuildConversations(scope);
            var second = fixture.store.BuildConversations(scope with { });

            Assert.Throws<InvalidOperationException>(() => fixture.store.ReadConversations(first).ToList());
            Assert.NotEmpty(fixture.store.ReadConversations(second));
        }

        [Fact]
        public void Reads_authors_only_when_asked()
        {
            var set = fixture.store.BuildConversations(new ConversationScope(null, null, TimeSpan.FromHours(72), AsOf));

            Assert.All(fixture.store.ReadConversations(set), f => Assert.Null(f.Author));
            Assert.All(fixture.store.ReadConversations(set, withAuthors: true), f => Assert.False(string.IsNullOrEmpty(f.Author)));
        }
    }
}
