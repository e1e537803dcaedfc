namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// A fact that stops and restarts a shard: it runs on a private two-shard cluster of its own
/// (<see cref="PrivateCluster"/>), never on the shared test cluster that other test assemblies use at the same time.
/// It needs <c>CAREBENCH_TEST_CLICKHOUSE</c> (a ClickHouse server is installed and the backend tests are on); skipped,
/// with the reason, otherwise.
/// </summary>
public sealed class ClickHouseClusterFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the ClickHouse backend tests are off.</summary>
    public ClickHouseClusterFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClickHouseFactAttribute.Variable)))
        {
            Skip = $"{ClickHouseFactAttribute.Variable} is not set: the ClickHouse backend tests are off (.ci/run sets it).";
        }
    }
}
