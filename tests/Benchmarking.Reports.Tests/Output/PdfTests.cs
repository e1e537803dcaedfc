using System.Text;
using Benchmarking.Reports.Output;
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

        var pdf = Assert.Single(pdfs);
        Assert.Equal(Path.ChangeExtension(paths[0], ".pdf"), pdf);
        var bytes = await File.ReadAllBytesAsync(pdf);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 10_000, $"the PDF has only {bytes.Length} bytes");
        Assert.True(PageCount(bytes) >= 2, "a scorecard with tables and charts should fill more than one page");
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
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

    private static int PageCount(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;
}
