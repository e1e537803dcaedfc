using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Opens the store a <c>--store</c> value (or <c>$CAREBENCH_STORE</c>) names: a ClickHouse cluster for
/// <c>clickhouse://host:port[,host:port…]/database?cluster=name</c>, else the embedded DuckDB file at that path.
/// The choice of backend belongs to the composition, not to <c>Store</c>: the store namespace must not depend on a
/// backend that itself depends on it. Callers outside the engine name stores by these values and never hold a store:
/// <see cref="CareBenchmark.Open(string, BrandRegistry, TimeProvider?)"/> opens one for a benchmark, <see cref="Migrate"/> for a copy.
/// </summary>
public static class CareStores
{
    /// <summary>The environment variable that names the store when <c>--store</c> is not given.</summary>
    public const string Variable = "CAREBENCH_STORE";

    /// <summary>True when <paramref name="store"/> names a ClickHouse cluster (a <c>clickhouse://</c> URL) rather than a DuckDB file path.</summary>
    public static bool IsClickHouse(string? store) => ClickHouseLocation.IsClickHouse(store);

    /// <summary>
    /// Copies every post of the DuckDB store at <paramref name="duckDbStore"/> into the store named by
    /// <paramref name="target"/> (creating it if needed), as an ingest: idempotent, every post accepted or rejected and
    /// counted, rejects under <see cref="IngestOptions.RejectsDirectory"/>, the target unchanged if it fails.
    /// </summary>
    /// <exception cref="StoreException">A store cannot be opened, or the URL is not valid.</exception>
    /// <exception cref="ClickHouseException">A ClickHouse shard refused or did not answer.</exception>
    public static IngestSummary Migrate(string duckDbStore, string target, BrandRegistry registry, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var store = Open(target);
        store.ApplyRegistry(registry);
        return store.Ingest(new StoredPostSource(duckDbStore), options, time, progress, cancellationToken);
    }

    /// <summary>
    /// The schema upgrade that opening the DuckDB store named by <paramref name="store"/> will run (it rewrites every
    /// post once, in one transaction), or null when there is none or the store is a ClickHouse cluster (its tables are
    /// created at the current version). Lets a caller announce a long upgrade before it starts.
    /// </summary>
    public static StoreUpgrade? PendingUpgrade(string store) =>
        ClickHouseLocation.IsClickHouse(store) ? null : Warehouse.PendingUpgrade(store);

    /// <summary>Opens (creating if needed) the store named by <paramref name="store"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened, or the URL is not valid.</exception>
    /// <exception cref="ClickHouseException">A ClickHouse shard refused or did not answer.</exception>
    internal static ICareStore Open(string store) =>
        ClickHouseLocation.IsClickHouse(store) ? ClickHouseStore.Open(ClickHouseLocation.Parse(store)) : DuckDbStore.Open(store);
}
