using System.Text;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Output;

/// <summary>Printing reports to PDF with headless Chromium, and the message when it is not installed.</summary>
public sealed class PdfTests
{
    [ChromiumFact]
    public async Task Prints_each_html_report_to_a_pdf_next_to_it()
    {
        using var folder = new TempDirectory();
        var paths = await ReportWriter.WriteScorecardAsync(Sample.DeltaScorecard, folder.Path);

        var pdfs = await PdfPrinter.PrintAsync(paths);

        // The scorecard and its executive summary.
        Assert.Equal([Path.ChangeExtension(paths[0], ".pdf"), Path.ChangeExtension(paths[2], ".pdf")], pdfs);
        var pdf = pdfs[0];
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 10_000, $"the PDF has only {bytes.Length} bytes");
        Assert.True(PageCount(bytes) >= 2, "a scorecard with tables and charts should fill more than one page");
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [ChromiumTheory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public async Task The_executive_summary_prints_on_one_landscape_page(PaperSize paper)
    {
        using var folder = new TempDirectory();
        var paths = await ReportWriter.WriteScorecardAsync(Sample.DeltaScorecard, folder.Path);
        Assert.EndsWith("-summary.html", paths[2], StringComparison.Ordinal);

        var pdf = Assert.Single(await PdfPrinter.PrintAsync([paths[2]], paper: paper));

        var info = Run("pdfinfo", pdf);
        Assert.Matches(@"Pages:\s+1\n", info);
        var size = System.Text.RegularExpressions.Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+) pts");
        Assert.True(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), "landscape");
        var text = Words(Run("pdftotext", "-raw", pdf, "-"));
        Assert.All(ExecutiveSummary.Tiles(Sample.DeltaScorecard), t => Assert.Contains(Words(t.Label), text, StringComparison.Ordinal));
    }

    [ChromiumTheory]
    [InlineData(PaperSize.A4, 842, 595)]
    [InlineData(PaperSize.Letter, 792, 612)]
    public async Task The_leaderboard_pdf_holds_every_headline_and_component_column_on_landscape_pages_with_page_numbers(PaperSize paper, int width, int height)
    {
        // The leaderboard PDF once lost its response-rate and median columns off the page edge.
        using var folder = new TempDirectory();
        var result = Some.Result();
        var board = result.Leaderboards[0];
        var paths = await ReportWriter.WriteLeaderboardAsync(result, board, folder.Path);

        var pdf = Assert.Single(await PdfPrinter.PrintAsync(paths, paper: paper));

        var text = Words(Run("pdftotext", "-raw", pdf, "-"));
        var columns = LeaderboardTables.HeadlineHeaders
            .Concat(LeaderboardTables.Ranked(board).Header)
            .Concat(LeaderboardTables.Components(board, result.ScoreOptions).Header)
            .Distinct();
        Assert.All(columns, c => Assert.Contains(Words(c), text, StringComparison.Ordinal));
        Assert.Contains("page 1 of ", text, StringComparison.Ordinal);
        Assert.Contains("Customer care leaderboard: Airlines", text, StringComparison.Ordinal);
        var size = System.Text.RegularExpressions.Regex.Match(Run("pdfinfo", pdf), @"Page size:\s+([\d.]+) x ([\d.]+) pts");
        Assert.True(size.Success, "pdfinfo printed no page size");
        Assert.Equal((width, height), ((int)Math.Round(double.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), (int)Math.Round(double.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Empty(Directory.GetFiles(folder.Path, ".*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Page_setup_turns_wide_tables_landscape_and_escapes_the_running_header()
    {
        var narrow = "<html><head><title>A &amp; &quot;B&quot; &lt;/style&gt;</title></head><body><table><thead><tr><th scope=\"col\">x</th></tr></thead></table></body></html>";
        var wide = narrow.Replace("<th scope=\"col\">x</th>", string.Concat(Enumerable.Repeat("<th scope=\"col\">x</th>", PdfPrinter.PortraitColumns + 1)), StringComparison.Ordinal);

        var portrait = PdfPrinter.WithPageSetup(narrow, PaperSize.Letter);

        Assert.Contains("size: letter;", portrait, StringComparison.Ordinal);
        Assert.Contains("size: A4 landscape;", PdfPrinter.WithPageSetup(wide, PaperSize.A4), StringComparison.Ordinal);
        Assert.Contains("content: \"A \\26  \\22 B\\22  \\3C /style\\3E \";", portrait, StringComparison.Ordinal);
        Assert.Equal(1, portrait.Split("</style>").Length - 1);
        Assert.Contains("counter(page)", portrait, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_how_to_install_chromium_when_it_is_missing()
    {
        using var folder = new TempDirectory();
        Assert.Null(Chromium.Find(Path.Combine(folder.Path, "no-such-browser"), folder.Path));
        Assert.Null(Chromium.Find(null, folder.Path));

        var error = Assert.Throws<ChromiumNotFoundException>(() => Chromium.Find(null, folder.Path) ?? throw new ChromiumNotFoundException());

        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains(Chromium.Variable, error.Message, StringComparison.Ordinal);
        Assert.Contains("The HTML and Markdown reports were written", error.Message, StringComparison.Ordinal);
        Assert.Empty(await PdfPrinter.PrintAsync(["report.md"]));
    }

    [Fact]
    public void Finds_an_executable_on_the_path_in_name_order()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "google-chrome"), string.Empty);
        File.WriteAllText(Path.Combine(folder.Path, "chromium"), string.Empty);

        Assert.Equal(Path.Combine(folder.Path, "chromium"), Chromium.Find(null, folder.Path)?.Executable);
        Assert.Equal(Path.Combine(folder.Path, "google-chrome"), Chromium.Find(Path.Combine(folder.Path, "google-chrome"), null)?.Executable);
    }

    [Fact]
    public void Runs_headless_without_background_traffic_in_a_fresh_profile()
    {
        var arguments = Chromium.BaseArguments("/tmp/profile");

        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=/tmp/profile" })
        {
            Assert.Contains(flag, arguments);
        }
    }

    /// <summary>The text with every run of white space as one space, so a heading wrapped in its cell still matches.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Run(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils)");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {process.StandardError.ReadToEnd()}");
        return output;
    }

    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;
}
