using Apache.Arrow.Ipc;
using Benchmarking.Reports.Exports;
using Benchmarking.Reports.Tests.Support;
using DuckDB.NET.Data;

namespace Benchmarking.Reports.Tests.Exports;

public sealed class BinaryFormatTests
{
    public static TheoryData<string, int> Tables => new() { { "brands", 3 }, { "rankings", 3 }, { "mentions", 3 } };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Parquet_reads_back_with_the_rows_and_columns_of_the_csv(string table, int rows)
    {
        using var temp = new TempDirectory();
        ExportSupport.Export(Some.Result(), temp.Path, ExportFormat.Csv, ExportFormat.Parquet);
        var file = Path.Combine(temp.Path, "export", table + ".parquet");
        var header = ExportSupport.ParseCsv(File.ReadAllText(Path.Combine(temp.Path, "export", table + ".csv")))[0];

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM '{file}'";
        Assert.Equal(rows, Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        using var describe = connection.CreateCommand();
        describe.CommandText = $"SELECT * FROM '{file}' LIMIT 0";
        using var reader = describe.ExecuteReader();
        Assert.Equal(header, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
    }

    [Fact]
    public void Parquet_keeps_timestamps_and_nulls()
    {
        using var temp = new TempDirectory();
        ExportSupport.Export(Some.Result(), temp.Path, ExportFormat.Parquet);

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT created_at, first_reply_at, response_seconds FROM '{Path.Combine(temp.Path, "export", "mentions.parquet")}' WHERE post_id = '103'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(ExportSupport.Mentioned.AddMinutes(2).UtcDateTime, reader.GetDateTime(0));
        Assert.True(reader.IsDBNull(1));
        Assert.True(reader.IsDBNull(2));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Arrow_reads_back_with_the_rows_and_columns_of_the_csv(string table, int rows)
    {
        using var temp = new TempDirectory();
        ExportSupport.Export(Some.Result(), temp.Path, ExportFormat.Csv, ExportFormat.Arrow);
        var header = ExportSupport.ParseCsv(File.ReadAllText(Path.Combine(temp.Path, "export", table + ".csv")))[0];

        await using var stream = File.OpenRead(Path.Combine(temp.Path, "export", table + ".arrow"));
        using var reader = new ArrowFileReader(stream);
        var total = 0;
        List<string>? names = null;
        while (await reader.ReadNextRecordBatchAsync(CancellationToken.None) is { } batch)
        {
            using (batch)
            {
                total += batch.Length;
                names ??= batch.Schema.FieldsList.Select(f => f.Name).ToList();
            }
        }

        Assert.Equal(rows, total);
        Assert.Equal(header, names);
    }

    [Fact]
    public async Task Arrow_keeps_values_and_types()
    {
        using var temp = new TempDirectory();
        ExportSupport.Export(Some.Result(), temp.Path, ExportFormat.Arrow);

        await using var stream = File.OpenRead(Path.Combine(temp.Path, "export", "mentions.arrow"));
        using var reader = new ArrowFileReader(stream);
        using var batch = await reader.ReadNextRecordBatchAsync(CancellationToken.None);
        var created = (Apache.Arrow.TimestampArray)batch!.Column("created_at");
        var seconds = (Apache.Arrow.DoubleArray)batch.Column("response_seconds");
        Assert.Equal(ExportSupport.Mentioned, created.GetTimestamp(0));
        Assert.Equal(845.25, seconds.GetValue(0));
        Assert.Null(seconds.GetValue(2));
        Assert.Equal("UTC", ((Apache.Arrow.Types.TimestampType)created.Data.DataType).Timezone);
    }
}
