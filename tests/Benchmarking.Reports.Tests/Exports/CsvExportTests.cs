using System.Globalization;
using Benchmarking.Reports.Exports;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Exports;

public sealed class CsvExportTests
{
    public sealed class Formula_injection
    {
        [Fact]
        public void Brand_names_starting_with_a_formula_character_are_prefixed_with_a_quote()
        {
            using var temp = new TempDirectory();
            var result = ExportSupport.WithNames("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2");

            ExportSupport.Export(result, temp.Path, ExportFormat.Csv);

            var names = ExportSupport.Records(Path.Combine(temp.Path, "export", "brands.csv")).Select(r => r["brand_name"]).ToList();
            Assert.Equal(["'=HYPERLINK(\"http://evil\",\"x\")", "'+1", "'-2"], names);
        }

        [Theory]
        [InlineData("=1+1", "'=1+1")]
        [InlineData("+1", "'+1")]
        [InlineData("-2", "'-2")]
        [InlineData("@x", "'@x")]
        [InlineData("\tcmd", "'\tcmd")]
        [InlineData("\rcmd", "'\rcmd")]
        [InlineData("Delta", "Delta")]
        [InlineData("a=b", "a=b")]
        [InlineData("", "")]
        public void Neutralise_prefixes_only_leading_formula_characters(string text, string expected) =>
            Assert.Equal(expected, CsvExport.Neutralise(text));

        [Fact]
        public void A_handle_like_cell_in_the_mentions_table_is_prefixed()
        {
            var table = new ExportTable("t", [new ExportColumn("customer", ExportColumnType.Text)], [["@x"]]);
            using var stream = new MemoryStream();

            CsvExport.Write(table, stream, CancellationToken.None);

            Assert.Equal("customer\n'@x\n", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        }

        [Fact]
        public void Negative_numbers_are_not_prefixed()
        {
            Assert.Equal("-2", CsvExport.Cell(-2L));
            Assert.Equal("-2.5", CsvExport.Cell(-2.5));
        }
    }

    public sealed class Quoting
    {
        [Theory]
        [InlineData("a,b", "\"a,b\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        [InlineData("two\nlines", "\"two\nlines\"")]
        [InlineData("plain", "plain")]
        public void Cells_are_quoted_per_rfc_4180(string text, string expected) => Assert.Equal(expected, CsvExport.Cell(text));

        [Fact]
        public void Null_is_an_empty_cell_and_booleans_are_lower_case()
        {
            Assert.Equal(string.Empty, CsvExport.Cell(null));
            Assert.Equal("true", CsvExport.Cell(true));
            Assert.Equal("false", CsvExport.Cell(false));
        }
    }

    public sealed class Numbers
    {
        [Theory]
        [InlineData(0.1 + 0.2)]
        [InlineData(1.0 / 3)]
        [InlineData(1e-7)]
        [InlineData(123456789.123456789)]
        [InlineData(double.Epsilon)]
        [InlineData(double.MaxValue)]
        public void Round_trip_exactly_under_the_invariant_culture(double value)
        {
            var text = CsvExport.Cell(value);

            Assert.DoesNotContain(",", text, StringComparison.Ordinal);
            Assert.Equal(value, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Every_real_of_the_brands_file_reads_back_to_the_metric()
        {
            using var temp = new TempDirectory();
            var result = Some.Result();

            ExportSupport.Export(result, temp.Path, ExportFormat.Csv);

            var rows = ExportSupport.Records(Path.Combine(temp.Path, "export", "brands.csv"));
            var brands = result.AllBrands.ToList();
            Assert.Equal(brands.Count, rows.Count);
            for (var i = 0; i < brands.Count; i++)
            {
                Assert.Equal(brands[i].Score.Total, double.Parse(rows[i]["care_score"], CultureInfo.InvariantCulture));
                Assert.Equal(brands[i].Metrics.ResponseRate, double.Parse(rows[i]["response_rate"], CultureInfo.InvariantCulture));
                Assert.Equal(brands[i].Metrics.FirstResponse.MeanSeconds, double.Parse(rows[i]["mean_seconds"], CultureInfo.InvariantCulture));
                Assert.Equal(brands[i].Metrics.LogIqrDecades, double.Parse(rows[i]["log_iqr_decades"], CultureInfo.InvariantCulture));
            }
        }
    }
}
