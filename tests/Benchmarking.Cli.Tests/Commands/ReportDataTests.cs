using System.Text.Json;
using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary>
/// <c>--data</c> on <c>rank</c>, <c>compare</c> and <c>scorecard</c>: the data behind the report (brands and rankings of
/// its evaluation) is written next to the HTML and Markdown in the formats asked for, on the shipped sample.
/// </summary>
public sealed class ReportDataTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public ReportDataTests()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), temp.Combine("twcs-sample.csv"));
        var ingest = Carebench.RunIn(temp.Path, "ingest", "twcs-sample.csv", "--brands", RepoPaths.Brands);
        Assert.Equal(ExitCodes.Ok, ingest.ExitCode);
    }

    [Fact]
    public void Rank_writes_the_industry_it_ranked_in_every_format_asked_for()
    {
        var result = Run("rank", "--industry", "airlines", "--data", "csv,json,parquet,arrow");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        foreach (var table in new[] { "brands", "rankings" })
        {
            foreach (var format in new[] { "csv", "json", "parquet", "arrow" })
            {
                var path = temp.Combine("out", "export", $"{table}.{format}");
                Assert.Contains(Path.GetRelativePath(temp.Path, path), result.Out, StringComparison.Ordinal);
                Assert.True(new FileInfo(path).Length > 0, $"{path} is empty");
            }
        }

        // Only the airlines were ranked, so only airlines are in the data: 9 airlines have mentions in the sample.
        var brands = JsonDocument.Parse(File.ReadAllText(temp.Combine("out", "export", "brands.json"))).RootElement;
        Assert.Equal(9, brands.GetArrayLength());
        Assert.All(brands.EnumerateArray(), b => Assert.Equal("airlines", b.GetProperty("industry").GetString()));
        Assert.False(File.Exists(temp.Combine("out", "export", "mentions.csv")));
    }

    [Fact]
    public void Compare_and_scorecard_write_the_formats_asked_for_and_no_others()
    {
        var compare = Run("compare", "Delta", "AmericanAir", "--data", "json");
        var scorecard = Run("scorecard", "Delta", "--week", "2017-W44", "--data", "csv");

        Assert.True(compare.ExitCode == ExitCodes.Ok, compare.ToString());
        Assert.True(scorecard.ExitCode == ExitCodes.Ok, scorecard.ToString());
        Assert.Contains(Path.Combine("out", "export", "rankings.json"), compare.Out, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("out", "export", "rankings.csv"), scorecard.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".parquet", compare.Out + scorecard.Out, StringComparison.Ordinal);
        var header = File.ReadLines(temp.Combine("out", "export", "brands.csv")).First();
        Assert.StartsWith("brand_id,", header, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_valid_ones()
    {
        var result = Run("rank", "--data", "xlsx");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--data: 'xlsx' is not one of csv, json, parquet, arrow", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private CliResult Run(params string[] args) =>
        Carebench.RunIn(temp.Path, [.. args, "--brands", RepoPaths.Brands, "--bootstrap", "0", "--min-mentions", "10"]);
}
