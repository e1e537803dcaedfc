using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace Benchmarking.Benchmarks;

/// <summary>
/// The floor: DuckDB reading the same generated CSV with nothing else, so the ingest's cost over plain parsing is
/// visible. <see cref="BareRead"/> is the reference; <see cref="NativeLoad"/> also stores the rows in a table
/// of a database file, which is the least any ingest into a store must do.
/// </summary>
public class DuckDbReadBenchmarks
{
    private string csv = null!;
    private string store = null!;

    /// <summary>Posts in the generated file.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Generates the input once.</summary>
    [GlobalSetup]
    public void Setup() => csv = BenchmarkData.Generate(Posts).Csv.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>Every iteration of <see cref="NativeLoad"/> writes into an empty database.</summary>
    [IterationSetup(Target = nameof(NativeLoad))]
    public void FreshStore() => store = BenchmarkData.FreshStore("native");

    /// <summary><c>SELECT count(*) FROM read_csv(...)</c> in an in-memory database.</summary>
    [Benchmark(Baseline = true)]
    public long BareRead()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM read_csv('{csv}')";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary><c>CREATE TABLE posts AS SELECT * FROM read_csv(...)</c> into a new database file.</summary>
    [Benchmark]
    public long NativeLoad()
    {
        using var connection = new DuckDBConnection($"DataSource={store}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE posts AS SELECT * FROM read_csv('{csv}'); SELECT count(*) FROM posts;";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Removes the last database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (store is not null)
        {
            BenchmarkData.Delete(store);
        }
    }
}
