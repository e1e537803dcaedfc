using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Tests.Store;

public sealed class DuckDbMemoryLimitTests
{
    private static Func<string, string?> Environment(string? value) =>
        name => name == DuckDbMemoryLimit.Variable ? value : null;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Is_2GB_when_the_variable_is_unset_or_empty(string? value)
    {
        var limit = DuckDbMemoryLimit.FromEnvironment(Environment(value));

        Assert.Equal(DuckDbMemoryLimit.Default, limit);
        Assert.Equal("2GB", limit.ToString());
        Assert.Equal(2_000_000_000L, limit.Bytes);
    }

    [Theory]
    [InlineData("8GB", "8GB", 8_000_000_000L)]
    [InlineData("6 GiB", "6GiB", 6L << 30)]
    [InlineData("512mb", "512MB", 512_000_000L)]
    [InlineData(" 1tib ", "1TiB", 1L << 40)]
    [InlineData("999999TiB", "999999TiB", 999_999L << 40)]
    public void Takes_a_whole_number_and_a_unit_in_any_case(string value, string duckDb, long bytes)
    {
        var limit = DuckDbMemoryLimit.FromEnvironment(Environment(value));

        Assert.Equal(duckDb, limit.ToString());
        Assert.Equal(bytes, limit.Bytes);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("8 G")]
    [InlineData("1.5GB")]
    [InlineData("-2GB")]
    [InlineData("80%")]
    [InlineData("1000000GB")]
    [InlineData("511MB")]
    [InlineData("488MiB")]
    public void Refuses_anything_else_naming_the_variable_and_how_to_set_it(string value)
    {
        var e = Assert.Throws<StoreException>(() => DuckDbMemoryLimit.FromEnvironment(Environment(value)));

        Assert.Equal(
            $"CAREBENCH_DUCKDB_MEMORY is '{value}', which is not a memory size of at least 512MB: give a whole number and a unit, "
            + "e.g. CAREBENCH_DUCKDB_MEMORY=8GB (MB, GB, TB, or MiB, GiB, TiB), or unset it for the default 2GB.",
            e.Message);
    }

    [Fact]
    public void Shortens_a_long_value_in_the_message()
    {
        var e = Assert.Throws<StoreException>(() => DuckDbMemoryLimit.FromEnvironment(Environment(new string('x', 100))));

        Assert.Contains($"is '{new string('x', 40)}…', which", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1GiB")]
    [InlineData("3GB")]
    public void Is_the_limit_the_store_sets_for_DuckDB(string size)
    {
        Assert.True(DuckDbMemoryLimit.TryParse(size, out var limit));
        using var dir = new TempDir();
        using var plain = new DuckDBConnection("DataSource=:memory:");
        plain.Open();
        using var command = plain.CreateCommand();
        command.CommandText = $"SET memory_limit = '{size}'; SELECT current_setting('memory_limit')";
        var expected = command.ExecuteScalar();

        using var warehouse = Warehouse.Open(dir.File("s.duckdb"), limit);

        Assert.Equal(expected, warehouse.Scalar("SELECT current_setting('memory_limit')"));
    }
}
