namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// A fact that compares the 18.16 test cluster with current ClickHouse in-process (chDB): it needs
/// <c>CAREBENCH_TEST_CLICKHOUSE</c> and <c>CAREBENCH_TEST_CHDB</c> (the path of <c>libchdb.so</c>); skipped, with the
/// reason, otherwise.
/// </summary>
public sealed class ChDbFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> unless both are configured.</summary>
    public ChDbFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClickHouseFactAttribute.Variable))
            || !File.Exists(Environment.GetEnvironmentVariable(ChDb.Variable)))
        {
            Skip = $"{ClickHouseFactAttribute.Variable} and {ChDb.Variable} (path of chDB's libchdb.so, npm @chdb/lib-linux-x64-gnu) are not both set: the current-ClickHouse check is optional (docs/scale-out.md).";
        }
    }
}
