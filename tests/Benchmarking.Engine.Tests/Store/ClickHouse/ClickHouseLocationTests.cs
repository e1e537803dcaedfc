using System.Net;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

public sealed class ClickHouseLocationTests
{
    public sealed class Parse
    {
        [Fact]
        public void Reads_every_shard_the_database_and_the_cluster()
        {
            var location = ClickHouseLocation.Parse("clickhouse://127.0.0.1:18123,ch-2.internal:8123/carebench?cluster=care_2x");

            Assert.Equal([new Uri("http://127.0.0.1:18123/"), new Uri("http://ch-2.internal:8123/")], location.Nodes);
            Assert.Equal("carebench", location.Database);
            Assert.Equal("care_2x", location.Cluster);
            Assert.Equal("clickhouse://127.0.0.1:18123,ch-2.internal:8123/carebench?cluster=care_2x", location.ToString());
        }

        [Fact]
        public void Lists_every_problem_at_once()
        {
            var error = Assert.Throws<StoreException>(() => ClickHouseLocation.Parse("clickhouse://host/bad-db?shards=2"));

            Assert.Contains("host 'host' needs a port", error.Message, StringComparison.Ordinal);
            Assert.Contains("database 'bad-db'", error.Message, StringComparison.Ordinal);
            Assert.Contains("unknown parameter 'shards'", error.Message, StringComparison.Ordinal);
            Assert.Contains("cluster=name is required", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_credentials_in_the_url_without_repeating_them()
        {
            var error = Assert.Throws<StoreException>(() => ClickHouseLocation.Parse("clickhouse://admin:s3cret@127.0.0.1:8123/carebench?cluster=c"));

            Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
            Assert.Contains(ClickHouseLocation.PasswordVariable, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("clickhouse://h:1/d?cluster=c", true)]
        [InlineData("ClickHouse://h:1/d?cluster=c", true)]
        [InlineData("out/store.duckdb", false)]
        [InlineData(null, false)]
        public void Tells_a_cluster_from_a_duckdb_file(string? store, bool expected) =>
            Assert.Equal(expected, ClickHouseLocation.IsClickHouse(store));
    }

    public sealed class Refused
    {
        private static readonly Uri Endpoint = new("http://127.0.0.1:18124/");

        [Fact]
        public void Names_the_shard_and_the_servers_code()
        {
            var error = ClickHouseHttp.Refused(1, Endpoint, HttpStatusCode.NotFound,
                "Code: 60, e.displayText() = DB::Exception: Table carebench.posts_local doesn't exist., e.what() = DB::Exception\n", isInsert: false);

            Assert.Equal(60, error.Code);
            Assert.Equal("ClickHouse shard 2 (127.0.0.1:18124) refused the statement: Code 60: Table carebench.posts_local doesn't exist.", error.Message);
        }

        [Fact]
        public void Keeps_the_input_a_parse_error_quotes_out_of_the_message()
        {
            var error = ClickHouseHttp.Refused(0, Endpoint, HttpStatusCode.InternalServerError,
                "Code: 27, e.displayText() = DB::Exception: Cannot parse input: expected \\t before: my private complaint text\\n: (at row 1)\n\nRow 1:\nColumn 0, name: platform, parsed text: \"secret\"", isInsert: true);

            Assert.Equal(27, error.Code);
            Assert.DoesNotContain("private", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
            Assert.Contains("Code 27: Cannot parse input", error.Message, StringComparison.Ordinal);
        }
    }
}
