using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// <c>$CAREBENCH_STORE</c> names the store when <c>--store</c> is not given. It sets a process-wide variable, so it runs
/// alone (<see cref="ProcessEnvironmentCollection"/>).
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class StoreEnvironmentTests
{
    [Fact]
    public void A_clickhouse_url_in_carebench_store_is_used_when_store_is_not_given()
    {
        using var temp = new TempDirectory();
        var previous = Environment.GetEnvironmentVariable("CAREBENCH_STORE");
        try
        {
            Environment.SetEnvironmentVariable("CAREBENCH_STORE", "clickhouse://127.0.0.1:1/x?cluster=c");
            var result = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.Store, result.ExitCode);
            Assert.Contains("ClickHouse shard 1 (127.0.0.1:1) did not answer", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CAREBENCH_STORE", previous);
        }
    }
}
