using Benchmarking.Cli.Tests.Support;
using Benchmarking.Reports.Output;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary><c>carebench scorecard</c> on the shipped sample (latest post Sunday 2017-12-03, so the default week is 2017-W47).</summary>
public sealed class ScorecardCommandTests
{
    [Fact]
    public void Defaults_to_the_last_complete_week_and_writes_html_and_markdown()
    {
        using var temp = Ingested();

        var result = Scorecard(temp, "delta");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("Weekly care scorecard: Delta Air Lines, 2017-W47", result.Out, StringComparison.Ordinal);
        Assert.Contains("the last complete ISO week of the data, taken by default", result.Out, StringComparison.Ordinal);
        foreach (var extension in new[] { "html", "md" })
        {
            var path = temp.Combine("out", $"scorecard-delta-2017-w47.{extension}");
            Assert.Contains("  " + Path.Combine("out", $"scorecard-delta-2017-w47.{extension}") + "\n", result.Out, StringComparison.Ordinal); // relative to the working folder
            Assert.True(new FileInfo(path).Length > 1000, $"{path} is too small");
        }
    }

    [Fact]
    public void Reports_the_week_asked_for_with_pseudonymised_customers_unless_shown()
    {
        using var temp = Ingested();

        Assert.Equal(ExitCodes.Ok, Scorecard(temp, "Delta", "--week", "2017-W44").ExitCode);
        var hidden = File.ReadAllText(temp.Combine("out", "scorecard-delta-2017-w44.md"));
        Assert.Equal(ExitCodes.Ok, Scorecard(temp, "Delta", "--week", "2017-W44", "--show-customers").ExitCode);
        var shown = File.ReadAllText(temp.Combine("out", "scorecard-delta-2017-w44.md"));

        Assert.Contains("| twitter | 811 | – | cust-", hidden, StringComparison.Ordinal);
        Assert.Contains("pseudonymised with a keyed hash", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("| twitter | 811 | – | cust-", shown, StringComparison.Ordinal);
        Assert.Contains("shown as posted (--show-customers)", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2017-44", "--week: '2017-44' is not an ISO week; use the form 2017-W44 (weeks start on Monday, UTC).")]
    [InlineData("2017-W53", "2017 has weeks 1 to 52")]
    public void A_bad_week_is_a_usage_error(string week, string message)
    {
        var result = Carebench.Run("scorecard", "delta", "--week", week);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_brand_is_a_usage_error()
    {
        using var temp = Ingested();

        var result = Scorecard(temp, "no-such-airline");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-airline", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_prints_the_html_next_to_it_or_says_how_to_install_chromium()
    {
        using var temp = Ingested();

        var result = Scorecard(temp, "delta", "--pdf");

        var pdf = temp.Combine("out", "scorecard-delta-2017-w47.pdf");
        Assert.Contains(Path.Combine("out", "scorecard-delta-2017-w47.html"), result.Out, StringComparison.Ordinal);
        if (Chromium.Find() is null)
        {
            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("apt-get install chromium", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(pdf));
        }
        else
        {
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Contains(Path.Combine("out", "scorecard-delta-2017-w47.pdf"), result.Out, StringComparison.Ordinal);
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
        }
    }

    private static CliResult Scorecard(TempDirectory temp, params string[] args) =>
        Carebench.RunIn(temp.Path, ["scorecard", .. args, "--brands", RepoPaths.Brands, "--min-mentions", "10", "--bootstrap", "50"]);

    private static TempDirectory Ingested()
    {
        var temp = new TempDirectory();
        var ingest = Carebench.RunIn(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--brands", RepoPaths.Brands);
        Assert.Equal(ExitCodes.Ok, ingest.ExitCode);
        return temp;
    }
}
