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
            foreach (var board in result.Leaderboards)
            {
                printer.PrintLeaderboard(board);
            }

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
    public void Accounting_line_comes_first_for_each_file()
    {
        var text = Print(printer => printer.PrintIngest(Some.Ingest("/tmp/twcs.csv")));

        Assert.Contains("  read 5000 = accepted 4997 + rejected 3\n", text, StringComparison.Ordinal);
        Assert.Contains("rejects file: /tmp/out/rejects/twcs.rejects.csv", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brand_names_with_markup_characters_are_printed_verbatim()
    {
        var text = Print(printer => printer.PrintLeaderboard(Some.Result().Leaderboards[0]));

        Assert.Contains("Odd [Brand] 12", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_line_says_when_nothing_was_written()
    {
        Assert.Contains("Reports: none written.", Print(printer => printer.PrintReports([])), StringComparison.Ordinal);
    }
}
