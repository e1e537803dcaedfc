using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Opens the store a <c>--store</c> value (or <c>$CAREBENCH_STORE</c>) names: a ClickHouse cluster for
/// <c>clickhouse://host:port[,host:port…]/database?cluster=name</c>, else the embedded DuckDB file at that path.
/// The choice of backend belongs to the composition, not to <c>Store</c>: the store namespace must not depend on a
/// backend that itself depends on it.
/// </summary>
internal static class CareStores
{
    /// <summary>The environment variable that names the store when <c>--store</c> is not given.</summary>
    public const string Variable = "CAREBENCH_STORE";

    /// <summary>Opens (creating if needed) the store named by <paramref name="store"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened, or the URL is not valid.</exception>
    /// <exception cref="ClickHouseException">A ClickHouse shard refused or did not answer.</exception>
    public static ICareStore Open(string store) =>
        ClickHouseLocation.IsClickHouse(store) ? ClickHouseStore.Open(ClickHouseLocation.Parse(store)) : DuckDbStore.Open(store);
}
