using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

/// <summary>
/// Each HTML report loaded in headless Chromium: it must load completely with nothing on the console. The reports carry
/// a Content-Security-Policy that forbids every fetch, and Chromium logs any attempted request as a CSP violation on the
/// console, so an empty console also proves that no network request was attempted. Screenshots at desktop and phone
/// width are kept under the test output folder (<c>screenshots/</c>) for people to look at.
/// </summary>
public sealed partial class ChromiumRenderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [ChromiumTheory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public async Task Loads_completely_with_a_clean_console_and_no_request(string report)
    {
        var html = await ReportPages.RenderAsync(report);
        var file = await WriteAsync(report, html);

        var run = await Chromium.Require().RunAsync(["--enable-logging=stderr", "--v=0", "--dump-dom", Chromium.FileUrl(file)], Timeout);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(ConsoleMessages(run.StandardError));
        Assert.Contains("</main>", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<svg"), Count(run.StandardOutput, "<svg"));
        Assert.Equal(Count(html, "<table"), Count(run.StandardOutput, "<table"));
    }

    [ChromiumFact]
    public async Task Would_catch_a_page_that_tries_to_fetch_something()
    {
        // The negative control: the same check on a report-like page with an external image and stylesheet.
        var html = (await ReportPages.RenderAsync("summary")).Replace(
            "</main>", "<img src=\"http://127.0.0.1:9/pixel.png\" alt=\"\"><link rel=\"stylesheet\" href=\"https://127.0.0.1:9/x.css\"></main>", StringComparison.Ordinal);
        var file = await WriteAsync("negative-control", html);

        var run = await Chromium.Require().RunAsync(["--enable-logging=stderr", "--v=0", "--dump-dom", Chromium.FileUrl(file)], Timeout);

        var messages = ConsoleMessages(run.StandardError);
        Assert.Contains(messages, m => m.Contains("127.0.0.1:9/pixel.png", StringComparison.Ordinal) && m.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("127.0.0.1:9/x.css", StringComparison.Ordinal));
    }

    [ChromiumTheory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public async Task Renders_screenshots_at_desktop_and_phone_width(string report)
    {
        var file = await WriteAsync(report, await ReportPages.RenderAsync(report));

        foreach (var (width, height) in new[] { (1280, 2000), (390, 2000) })
        {
            var png = Path.Combine(Folder, $"{report}-{width}.png");
            File.Delete(png);
            await Chromium.Require().RunAsync(["--hide-scrollbars", $"--window-size={width},{height}", "--screenshot=" + png, Chromium.FileUrl(file)], Timeout);

            var bytes = await File.ReadAllBytesAsync(png);
            Assert.Equal(0x89504E47u, BinaryPrimitives.ReadUInt32BigEndian(bytes)); // PNG signature
            Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
            Assert.True(bytes.Length > 20_000, $"{png} is only {bytes.Length} bytes: the page looks blank");
        }
    }

    /// <summary>Screenshots and pages stay in the test output folder for inspection.</summary>
    private static string Folder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static async Task<string> WriteAsync(string name, string html)
    {
        var file = Path.Combine(Folder, name + ".html");
        await File.WriteAllTextAsync(file, html);
        return file;
    }

    /// <summary>Console lines Chromium logged for pages (console calls, CSP violations, load errors).</summary>
    private static List<string> ConsoleMessages(string log) =>
        log.Split('\n').Where(l => ConsoleLine().IsMatch(l)).ToList();

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;

    [GeneratedRegex(@":CONSOLE[:(]")]
    private static partial Regex ConsoleLine();
}
