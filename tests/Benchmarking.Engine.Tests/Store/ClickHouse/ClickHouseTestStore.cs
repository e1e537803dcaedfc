using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// The same registry and input on both backends: a DuckDB store in a temp folder and a ClickHouse store in a database
/// of its own on the test cluster (dropped on dispose).
/// </summary>
internal sealed class ClickHouseTestStore : IDisposable
{
    private readonly TempDir dir = new();

    /// <param name="registry">The brands of both stores.</param>
    /// <param name="clusterUrl">The cluster to use; by default the shared test cluster (<c>CAREBENCH_TEST_CLICKHOUSE</c>).</param>
    public ClickHouseTestStore(BrandRegistry registry, string? clusterUrl = null)
    {
        Registry = registry;
        var url = ClickHouseLocation.Parse(clusterUrl ?? Environment.GetEnvironmentVariable(ClickHouseFactAttribute.Variable)!);
        Location = url with { Database = "cbt_" + Guid.NewGuid().ToString("N")[..12] };
        ClickHouse = ClickHouseStore.Open(Location);
        ClickHouse.ApplyRegistry(registry);
        DuckDb = DuckDbStore.Open(dir.File("store.duckdb"));
        DuckDb.ApplyRegistry(registry);
    }

    public BrandRegistry Registry { get; }

    public ClickHouseLocation Location { get; }

    public ClickHouseStore ClickHouse { get; }

    public DuckDbStore DuckDb { get; }

    public IngestOptions Options(string backend) => new() { RejectsDirectory = dir.File("rejects-" + backend) };

    public IngestSummary Ingest(ICareStore store, string file, IPostSource? source = null) =>
        store.Ingest(source ?? PostSources.ForFile(file, Registry, new IngestOptions().GetEncoding()), Options(store is ClickHouseStore ? "clickhouse" : "duckdb"),
            FixedTime.Default, null, CancellationToken.None, rejectsName: Warehouse.RejectsName(file));

    public void Dispose()
    {
        try
        {
            ClickHouse.DropAll();
        }
        finally
        {
            ClickHouse.Dispose();
            DuckDb.Dispose();
            dir.Dispose();
        }
    }
}
