namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// A fact that needs a running ClickHouse cluster, named by <c>CAREBENCH_TEST_CLICKHOUSE</c> (a store URL such as
/// <c>.ci/clickhouse-cluster start</c> prints); reported as skipped, with the reason, when it is not set.
/// </summary>
public sealed class ClickHouseFactAttribute : FactAttribute
{
    /// <summary>The environment variable naming the test cluster.</summary>
    public const string Variable = "CAREBENCH_TEST_CLICKHOUSE";

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no test cluster is configured.</summary>
    public ClickHouseFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: no ClickHouse cluster to test against (.ci/run starts one with .ci/clickhouse-cluster).";
        }
    }
}
