using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests;

public sealed class ReportWriterTests
{
    public sealed class WriteComparisonAsync
    {
        [Fact]
        public async Task Writes_html_and_markdown_named_after_the_brand_ids()
        {
            using var dir = new TempDirectory();
            var paths = await ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path);

            Assert.Equal(
                [Path.Combine(dir.Path, "compare-delta-vs-american-airlines.html"), Path.Combine(dir.Path, "compare-delta-vs-american-airlines.md")],
                paths);
            Assert.All(paths, p => Assert.True(new FileInfo(p).Length > 1000, $"{p} is too small"));
            Assert.Equal(paths.Order(StringComparer.Ordinal), Directory.GetFiles(dir.Path).Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task Writes_every_chart_as_png_and_svg_beside_the_report_and_the_markdown_links_them()
        {
            using var dir = new TempDirectory();
            var comparison = Some.Comparison();
            var charts = Benchmarking.Reports.Charts.ReportCharts.Comparison(comparison);

            var paths = await ReportWriter.WriteComparisonAsync(comparison, dir.Path, chartFormats: [Benchmarking.Reports.Output.ChartFormat.Png, Benchmarking.Reports.Output.ChartFormat.Svg]);

            Assert.Equal(2 + (2 * charts.Count), paths.Count);
            Assert.Equal(paths.Order(StringComparer.Ordinal), Directory.GetFiles(dir.Path).Order(StringComparer.Ordinal));
            var markdown = await File.ReadAllTextAsync(paths[1]);
            foreach (var chart in charts)
            {
                var png = Path.Combine(dir.Path, $"compare-delta-vs-american-airlines-{chart.Chart.Name}.png");
                var svg = Path.ChangeExtension(png, ".svg");
                Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(png))[..4]);
                Assert.True(new FileInfo(png).Length > 2000, $"{png} is too small");
                var xml = System.Xml.Linq.XDocument.Load(svg);
                Assert.Equal("svg", xml.Root!.Name.LocalName);
                Assert.Contains($"]({Path.GetFileName(png)})", markdown, StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task Without_chart_formats_writes_no_chart_file_and_no_links()
        {
            using var dir = new TempDirectory();
            var paths = await ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path);

            Assert.DoesNotContain("Chart files", await File.ReadAllTextAsync(paths[1]), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Files_start_without_a_byte_order_mark()
        {
            using var dir = new TempDirectory();
            var paths = await ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path, "report");

            var html = await File.ReadAllBytesAsync(paths[0]);
            Assert.Equal("<!DOCTYPE html>"u8.ToArray(), html[..15]);
        }

        [Theory]
        [InlineData("../escape")]
        [InlineData("sub/dir")]
        [InlineData("..")]
        [InlineData(" ")]
        public async Task Rejects_a_base_name_that_is_not_a_plain_file_name(string baseName)
        {
            using var dir = new TempDirectory();
            await Assert.ThrowsAsync<ArgumentException>(() => ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path, baseName));
            Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
        }

        [Fact]
        public async Task Rewriting_replaces_the_files_with_identical_bytes_and_leaves_no_temporary_file()
        {
            using var dir = new TempDirectory();
            var first = await ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path);
            var before = first.Select(File.ReadAllBytes).ToList();

            var second = await ReportWriter.WriteComparisonAsync(Some.Comparison(), dir.Path);

            Assert.Equal(first, second);
            Assert.Equal(before, second.Select(File.ReadAllBytes).ToList());
            Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
        }
    }

    public sealed class WriteRunSummaryAsync
    {
        [Fact]
        public async Task Writes_the_summary_and_every_leaderboard_it_links_to()
        {
            using var dir = new TempDirectory();
            var paths = await ReportWriter.WriteRunSummaryAsync(Some.Result(), dir.Path);

            Assert.Equal(
                ["summary.html", "summary.md", "leaderboard-airlines.html", "leaderboard-airlines.md"],
                paths.Select(Path.GetFileName));
            var summary = await File.ReadAllTextAsync(paths[0]);
            Assert.Contains("href=\"leaderboard-airlines.html\"", summary, StringComparison.Ordinal);
            Assert.Contains("(leaderboard-airlines.md)", await File.ReadAllTextAsync(paths[1]), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Hostile_industry_names_give_safe_file_names()
        {
            using var dir = new TempDirectory();
            var paths = await ReportWriter.WriteRunSummaryAsync(Some.Result(hostile: true), dir.Path);

            Assert.All(paths, p => Assert.Equal(dir.Path, Path.GetDirectoryName(p)));
            Assert.Contains(paths, p => Path.GetFileName(p) == "leaderboard-script-alert-1-script-onerror-alert-1-img-src-x-onerror-alert-1-industry.html");
        }
    }
}
