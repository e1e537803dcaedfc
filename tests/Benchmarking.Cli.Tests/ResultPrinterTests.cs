using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

public sealed class ResultPrinterTests
{
    private static string Print(Action<ResultPrinter> print)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        print(new ResultPrinter(CliContext.Redirected(output, error, new ManualTimeProvider(), RepoPaths.Root)));
        return output.ToString();
    }

    [Fact]
    public void Run_output_matches_its_snapshot()
    {
        var result = Some.Result();

        var text = Print(printer =>
        {
            printer.PrintIngest(result.Ingests[0]);
            printer.PrintHeader(result);
            printer.PrintLeaderboards(result, result.Leaderboards);

            printer.PrintFindings(result.Findings);
            printer.PrintReports(["/tmp/out/run-summary.html", "/tmp/out/leaderboard-airlines.md"]);
        });

        Snapshot.Match("print-run.txt", text);
    }

    [Fact]
    public void Comparison_matches_its_snapshot()
    {
        var result = Some.Result();
        var comparison = new Engine.Pipeline.Comparison(result, [result.Leaderboards[0].Ranked[0], result.Leaderboards[0].NotEnoughData[0]], new Dictionary<string, IReadOnlyList<double>>());

        Snapshot.Match("print-compare.txt", Print(printer => printer.PrintComparison(comparison)));
    }

    [Fact]
    public void Comparison_with_tests_and_explanation_matches_its_snapshot()
    {
        Snapshot.Match("print-compare-tests.txt", Print(printer => printer.PrintComparison(Some.Comparison())));
    }

    [Fact]
    public void Explanation_matches_its_snapshot()
    {
        var comparison = Some.Comparison();

        Snapshot.Match("print-explain.txt", Print(printer =>
        {
            printer.PrintHeader(comparison.Result);
            printer.PrintExplanation(comparison.Explanations![0], comparison.Result);
        }));
    }

    [Fact]
    public void Header_states_version_normalisation_weights_and_bootstrap()
    {
        var off = Some.Result() with { ScoreOptions = Some.Options with { BootstrapResamples = 0, Normalisation = Engine.Scoring.ScoreNormalisation.Relative } };

        Assert.Contains(
            "Care score v2.0, absolute normalisation, wall clock: responsiveness 0.40, speed 0.40, consistency 0.20; bootstrap 200 replicates, seed 20171031; ranked with at least 50 mentions\n",
            Print(printer => printer.PrintHeader(Some.Result())),
            StringComparison.Ordinal);
        Assert.Contains("Care score v2.0, relative normalisation, wall clock: responsiveness 0.40, speed 0.40, consistency 0.20; bootstrap off;", Print(printer => printer.PrintHeader(off)), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaderboard_leads_with_the_headline_columns_and_leaves_components_to_the_reports()
    {
        var result = Some.Result();
        var board = result.Leaderboards[1];
        var apple = board.Ranked[0];
        var withSla = board with
        {
            Ranked = [apple with { Score = apple.Score with { Components = [.. apple.Score.Components, new Engine.Scoring.ComponentScore("sla", "SLA attainment", 42, 0.2)] } }],
        };

        var text = Print(printer => printer.PrintLeaderboard(result, withSla));

        var header = text.Split('\n').First(l => l.Contains("Brand", StringComparison.Ordinal));
        Assert.True(
            header.IndexOf("Rank", StringComparison.Ordinal) < header.IndexOf("Brand", StringComparison.Ordinal)
            && header.IndexOf("Brand", StringComparison.Ordinal) < header.IndexOf("Care score", StringComparison.Ordinal)
            && header.IndexOf("Care score", StringComparison.Ordinal) < header.IndexOf("Response rate", StringComparison.Ordinal)
            && header.IndexOf("Response rate", StringComparison.Ordinal) < header.IndexOf("Median first response", StringComparison.Ordinal),
            header);
        Assert.DoesNotContain("SLA attainment", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Industries_with_fewer_than_two_ranked_brands_are_summarised_in_one_line()
    {
        var result = Some.Result();
        var one = result.Leaderboards[0] with { Ranked = [result.Leaderboards[0].Ranked[0]], Industry = "solo" };
        var none = result.Leaderboards[0] with { Ranked = [], Industry = "empty" };

        var text = Print(printer => printer.PrintLeaderboards(result, [one, none]));

        Assert.DoesNotContain("╭", text, StringComparison.Ordinal);
        Assert.Contains("Fewer than two ranked brands (no leaderboard printed; see the reports): solo (1 ranked", text, StringComparison.Ordinal);
        Assert.Contains("empty (0 ranked", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accounting_line_comes_first_for_each_file()
    {
        var text = Print(printer => printer.PrintIngest(Some.Ingest("/tmp/twcs.csv")));

        Assert.Contains("  read 5000 = accepted 4997 + rejected 3\n", text, StringComparison.Ordinal);
        Assert.Contains("rejects file: twcs.rejects.csv", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_paths_are_relative_to_the_working_folder_or_bare_names_never_absolute()
    {
        var inside = Path.Combine(RepoPaths.Root, "out", "carebench.duckdb");
        var result = Some.Result() with { Store = Some.Result().Store with { Path = inside } };

        var text = Print(printer =>
        {
            printer.PrintHeader(result);
            printer.PrintReports([Path.Combine(RepoPaths.Root, "out", "summary.html"), "/elsewhere/private/leaderboard-airlines.md"]);
        });

        Assert.Contains($"Store {Path.Combine("out", "carebench.duckdb")}: 5000 posts", text, StringComparison.Ordinal);
        Assert.Contains($"  {Path.Combine("out", "summary.html")}\n  leaderboard-airlines.md\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(RepoPaths.Root, text, StringComparison.Ordinal);
        Assert.DoesNotContain("/elsewhere", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brand_names_with_markup_characters_are_printed_verbatim()
    {
        var result = Some.Result();
        var text = Print(printer => printer.PrintLeaderboard(result, result.Leaderboards[0]));

        Assert.Contains("Odd [Brand] 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_line_says_when_nothing_was_written()
    {
        Assert.Contains("Reports: none written.", Print(printer => printer.PrintReports([])), StringComparison.Ordinal);
    }
}
