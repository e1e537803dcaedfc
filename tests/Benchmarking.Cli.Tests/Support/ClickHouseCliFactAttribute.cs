namespace Benchmarking.Cli.Tests.Support;

/// <summary>A fact that needs the ClickHouse test cluster named by <c>CAREBENCH_TEST_CLICKHOUSE</c>; skipped, with the reason, without it.</summary>
public sealed class ClickHouseCliFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no test cluster is configured.</summary>
    public ClickHouseCliFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CAREBENCH_TEST_CLICKHOUSE")))
        {
            Skip = "CAREBENCH_TEST_CLICKHOUSE is not set: no ClickHouse cluster to test against (.ci/run starts one with .ci/clickhouse-cluster).";
        }
    }
}
