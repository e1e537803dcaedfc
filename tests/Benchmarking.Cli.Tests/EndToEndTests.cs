using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The real engine on the first 5000 TWCS rows. Needs the DuckDB warehouse and the metrics calculator; run with
/// <c>dotnet test --filter Category=EndToEnd</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class EndToEndTests
{
    private static string Head5000 => Path.Combine(RepoPaths.SharedData, "twcs-head-5000", "twcs.csv");

    [Fact]
    public void Run_ingests_the_sample_and_ranks_airlines()
    {
        using var temp = new TempDirectory();
        File.Copy(Head5000, temp.Combine("twcs.csv"));

        var result = Carebench.RunIn(temp.Path, "run", "twcs.csv", "--brands", RepoPaths.Brands);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("read 5000 = accepted ", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nairlines: ", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "carebench.duckdb")), "the store is created under --out's default folder, relative to the working directory");
        Assert.Equal(string.Empty, result.Error);

        // Methodology v3: the shipped text model beside the registry scores originality and same-channel resolution.
        Assert.Contains("Care score v4.0", result.Out, StringComparison.Ordinal);
        Assert.Contains("originality 0.10, same-channel 0.10", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no text features", result.Out, StringComparison.Ordinal);

        // The text analysis of a new store is reported with its rate; a later rank finds nothing to analyse and says nothing.
        Assert.Matches(@"Text features m[0-9a-f]{12}-r[0-9a-f]{12}-a\d+: analysed 5000 post\(s\) in \d+\.\d s \(\d+ posts/s\)\.", result.Out);
        var rank = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--bootstrap", "0");
        Assert.True(rank.ExitCode == ExitCodes.Ok, rank.ToString());
        Assert.DoesNotContain("Text features", rank.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_text_model_the_text_components_drop_out_and_a_finding_says_so()
    {
        using var temp = new TempDirectory();
        File.Copy(Head5000, temp.Combine("twcs.csv"));
        File.Copy(RepoPaths.Brands, temp.Combine("brands.json"));

        var result = Carebench.RunIn(temp.Path, "run", "twcs.csv", "--brands", "brands.json", "--bootstrap", "0");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("responsiveness 0.38, speed 0.31, sla 0.19, consistency 0.13 (originality and same-channel dropped: no text features; weights renormalised)", result.Out, StringComparison.Ordinal);
        Assert.Contains("text-features-missing", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_ingest_of_the_same_file_stores_nothing_new_and_compare_works()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("data"));
        File.Copy(Head5000, temp.Combine("data", "twcs-sample.csv"));

        var first = Carebench.RunIn(temp.Path, "run", "--brands", RepoPaths.Brands);
        var second = Carebench.RunIn(temp.Path, "ingest", "data/twcs-sample.csv", "--brands", RepoPaths.Brands);
        var compare = Carebench.RunIn(temp.Path, "compare", "AppleSupport", "AmazonHelp", "--min-mentions", "1", "--brands", RepoPaths.Brands);

        Assert.True(first.ExitCode == ExitCodes.Ok, first.ToString());
        Assert.True(second.ExitCode == ExitCodes.Ok, second.ToString());
        Assert.Contains("new 0, already stored ", second.Out, StringComparison.Ordinal);
        Assert.True(compare.ExitCode == ExitCodes.Ok, compare.ToString());
        Assert.Contains("Median first response", compare.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_and_compare_show_the_decomposition_and_the_tests_with_the_methodology_header()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("data"));
        File.Copy(Head5000, temp.Combine("data", "twcs-sample.csv"));

        var run = Carebench.RunIn(temp.Path, "run", "--brands", RepoPaths.Brands, "--bootstrap", "20", "--seed", "7");
        var explain = Carebench.RunIn(temp.Path, "explain", "AppleSupport", "AmazonHelp", "--min-mentions", "1", "--bootstrap", "20", "--seed", "7", "--brands", RepoPaths.Brands);
        var again = Carebench.RunIn(temp.Path, "explain", "AppleSupport", "AmazonHelp", "--min-mentions", "1", "--bootstrap", "20", "--seed", "7", "--brands", RepoPaths.Brands);
        var compare = Carebench.RunIn(temp.Path, "compare", "AppleSupport", "AmazonHelp", "--min-mentions", "1", "--bootstrap", "0", "--normalisation", "relative", "--brands", RepoPaths.Brands);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains("bootstrap 20 replicates, seed 7", run.Out, StringComparison.Ordinal);
        Assert.True(explain.ExitCode == ExitCodes.Ok, explain.ToString());
        Assert.Contains("Why the scores differ, ", explain.Out, StringComparison.Ordinal);
        Assert.Contains("│ Care score ", explain.Out, StringComparison.Ordinal);
        Assert.Contains(" mainly because of ", explain.Out, StringComparison.Ordinal);
        Assert.Equal(explain.Out, again.Out);
        Assert.True(compare.ExitCode == ExitCodes.Ok, compare.ToString());
        Assert.Contains("relative normalisation", compare.Out, StringComparison.Ordinal);
        Assert.Contains("bootstrap off", compare.Out, StringComparison.Ordinal);
        Assert.Contains("Statistical tests, ", compare.Out, StringComparison.Ordinal);
        var report = File.ReadAllText(Directory.GetFiles(temp.Combine("out"), "compare-*.md").Single());
        Assert.Contains("## Why the scores differ", report, StringComparison.Ordinal);
        Assert.Contains("| Bootstrap | off |", report, StringComparison.Ordinal);
    }
}
