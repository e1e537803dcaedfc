using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class QualityCommandTests
{
    [Fact]
    public void Prints_every_quality_figure_with_examples_for_the_shipped_sample()
    {
        using var temp = new TempDirectory();
        var store = temp.Combine("store.duckdb");
        Assert.Equal(ExitCodes.Ok, Carebench.Run("ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--store", store, "--out", temp.Combine("out")).ExitCode);

        var reports = temp.Combine("reports");
        var first = Carebench.Run("quality", "AppleSupport", "--store", store, "--out", reports);
        var second = Carebench.Run("quality", "AppleSupport", "--store", store, "--out", reports);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(string.Empty, first.Error);
        Assert.Contains("analysed 5000 post(s)", first.Out, StringComparison.Ordinal);
        Assert.Contains("all posts already analysed", second.Out, StringComparison.Ordinal);
        foreach (var figure in new[] { "== Apple (apple) ==", "Mentions ", "over all mentions", "actionable", "Sentiment recovery", "templated", "deflecting", "formulaic", "Recurring issues", "e.g. deflection dm", "e.g. template", "e.g. issue" })
        {
            Assert.Contains(figure, first.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("== Delta", first.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"@\d{6}\b", first.Out);

        var html = Path.Combine(reports, "quality.html");
        var markdown = Path.Combine(reports, "quality.md");
        Assert.True(File.Exists(html));
        Assert.True(File.Exists(markdown));
        Assert.Contains(html, first.Out, StringComparison.Ordinal);
        Assert.Contains(markdown, first.Out, StringComparison.Ordinal);
        Assert.True(first.Out.IndexOf(html, StringComparison.Ordinal) > first.Out.IndexOf("== Apple (apple) ==", StringComparison.Ordinal));
        var report = File.ReadAllText(markdown);
        Assert.Contains("## Apple (apple)\n", report, StringComparison.Ordinal);
        Assert.DoesNotContain("(delta)", report, StringComparison.Ordinal);
        Assert.Contains("### Recurring issues discovered in the text", report, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"@\d{6}\b", report);
        Assert.DoesNotMatch(@"@\d{6}\b", File.ReadAllText(html));
    }

    [Fact]
    public void Show_customers_keeps_real_handles_in_the_examples_and_says_so()
    {
        using var temp = new TempDirectory();
        var store = temp.Combine("store.duckdb");
        Assert.Equal(ExitCodes.Ok, Carebench.Run("ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--store", store, "--out", temp.Combine("out")).ExitCode);

        var result = Carebench.Run("quality", "AppleSupport", "--store", store, "--out", temp.Combine("reports"), "--show-customers");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var report = File.ReadAllText(temp.Combine("reports", "quality.md"));
        Assert.Matches(@"@\d{6}\b", report);
        Assert.DoesNotContain("cust-", report, StringComparison.Ordinal);
        Assert.Contains("Customer handles are shown as posted (--show-customers)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_is_a_usage_error_naming_the_file()
    {
        using var temp = new TempDirectory();
        var store = temp.Combine("store.duckdb");
        Carebench.Run("ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--store", store, "--out", temp.Combine("out"));

        var result = Carebench.Run("quality", "--store", store, "--model", temp.Combine("none.zip"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("none.zip", result.Error, StringComparison.Ordinal);
        Assert.Contains("carebench train sentiment", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_it_is_a_store_error()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "quality", "--brands", RepoPaths.Brands);

        Assert.Equal(ExitCodes.Store, result.ExitCode);
    }
}
