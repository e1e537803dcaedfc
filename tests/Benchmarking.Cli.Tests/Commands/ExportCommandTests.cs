using System.Globalization;
using System.Text.RegularExpressions;
using Apache.Arrow.Ipc;
using Benchmarking.Cli.Tests.Support;
using DuckDB.NET.Data;

namespace Benchmarking.Cli.Tests.Commands;

public sealed partial class ExportCommandTests
{
    private static readonly string[] Tables = ["brands", "rankings", "mentions"];
    private static readonly string[] Formats = ["csv", "json", "parquet", "arrow"];

    [Fact]
    public void Exports_every_table_in_every_format_from_the_twcs_head()
    {
        using var temp = Ingested();

        var result = Export(temp);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        foreach (var table in Tables)
        {
            var csvRows = CsvLines(temp, table).Length - 1;
            Assert.True(csvRows > 0, $"{table}.csv has no rows");
            foreach (var format in Formats)
            {
                var path = temp.Combine("out", "export", $"{table}.{format}");
                Assert.Contains(Path.GetRelativePath(temp.Path, path), result.Out, StringComparison.Ordinal);
                Assert.True(new FileInfo(path).Length > 0, $"{path} is empty");
            }

            Assert.Equal(csvRows, ParquetRows(temp.Combine("out", "export", $"{table}.parquet")));
            Assert.Equal(csvRows, ArrowRows(temp.Combine("out", "export", $"{table}.arrow")));
            Assert.Equal(csvRows, System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("out", "export", $"{table}.json"))).RootElement.GetArrayLength());
        }

        Assert.Empty(Directory.GetFiles(temp.Combine("out", "export"), "*.tmp"));
    }

    [Fact]
    public void The_mentions_of_each_brand_add_up_to_its_mention_count_and_customers_are_pseudonymised()
    {
        using var temp = Ingested();

        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv").ExitCode);

        var brands = CsvLines(temp, "brands").Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => long.Parse(c[6], CultureInfo.InvariantCulture));
        var mentions = CsvLines(temp, "mentions").Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(brands, mentions.GroupBy(m => m[2]).ToDictionary(g => g.Key, g => (long)g.Count()));
        Assert.All(mentions, m => Assert.Matches(Pseudonym(), m[3]));
    }

    [Fact]
    public void Show_customers_writes_raw_handles_and_another_key_other_pseudonyms()
    {
        using var temp = Ingested();

        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv", "--tables", "mentions").ExitCode);
        var pseudonyms = Customers(temp);
        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv", "--tables", "mentions", "--pseudonym-key", "another secret").ExitCode);
        var others = Customers(temp);
        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv", "--tables", "mentions", "--show-customers").ExitCode);
        var raw = Customers(temp);

        Assert.All(pseudonyms.Zip(others), p => Assert.NotEqual(p.First, p.Second));
        Assert.All(raw, c => Assert.DoesNotMatch(Pseudonym(), c));
        Assert.Equal(pseudonyms.Distinct().Count(), raw.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Two_exports_give_byte_identical_csv_and_json()
    {
        using var temp = Ingested();
        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv,json").ExitCode);
        var first = Tables.SelectMany(t => new[] { $"{t}.csv", $"{t}.json" }).ToDictionary(f => f, f => File.ReadAllBytes(temp.Combine("out", "export", f)));

        Assert.Equal(ExitCodes.Ok, Export(temp, "--format", "csv,json").ExitCode);

        foreach (var (file, bytes) in first)
        {
            Assert.Equal(bytes, File.ReadAllBytes(temp.Combine("out", "export", file)));
        }
    }

    [Theory]
    [InlineData("--format", "xml", "--format: 'xml' is not one of csv, json, parquet, arrow.")]
    [InlineData("--tables", "posts", "--tables: 'posts' is not one of brands, rankings, mentions.")]
    [InlineData("--format", "1", "--format: '1' is not one of csv, json, parquet, arrow.")]
    [InlineData("--format", ",", "Invalid options: at least one export format is needed.")]
    public void Unknown_formats_and_tables_are_usage_errors(string option, string value, string message)
    {
        var result = Carebench.Run("export", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private static TempDirectory Ingested()
    {
        var temp = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.SharedData, "twcs-head-5000", "twcs.csv"), temp.Combine("twcs.csv"));
        var ingest = Carebench.RunIn(temp.Path, "ingest", "twcs.csv", "--brands", RepoPaths.Brands);
        Assert.Equal(ExitCodes.Ok, ingest.ExitCode);
        return temp;
    }

    private static CliResult Export(TempDirectory temp, params string[] args) =>
        Carebench.RunIn(temp.Path, ["export", "--brands", RepoPaths.Brands, "--bootstrap", "20", "--min-mentions", "5", .. args]);

    private static string[] CsvLines(TempDirectory temp, string table) =>
        File.ReadAllText(temp.Combine("out", "export", $"{table}.csv")).TrimEnd('\n').Split('\n');

    private static List<string> Customers(TempDirectory temp) =>
        CsvLines(temp, "mentions").Skip(1).Select(l => l.Split(',')[3]).ToList();

    private static long ParquetRows(string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM '{path}'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long ArrowRows(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        long rows = 0;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            rows += batch.Length;
            batch.Dispose();
        }

        return rows;
    }

    [GeneratedRegex("^cust-[0-9a-f]{10}$")]
    private static partial Regex Pseudonym();
}
