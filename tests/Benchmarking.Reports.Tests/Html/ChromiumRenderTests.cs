using System.Buffers.Binary;
using System.Net;
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

    /// <summary>
    /// At 1280 and 390 px no table or chart is wider than the page's main column (nothing scrolls sideways or runs off
    /// the screen), and at 1280 px the headline columns of every ranked table (rank, brand, care score, response rate,
    /// median first response) are fully inside the window without scrolling. A copy of the page without its
    /// Content-Security-Policy carries a measuring script; the published report stays script-free.
    /// </summary>
    [ChromiumTheory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public async Task Tables_and_charts_fit_at_desktop_and_phone_width(string report)
    {
        var html = await ReportPages.RenderAsync(report);
        var probe = CspMeta().Replace(html, string.Empty).Replace("</body>", LayoutProbe + "</body>", StringComparison.Ordinal);
        var file = await WriteAsync(report + "-layout", probe);

        foreach (var width in new[] { 1280, 390 })
        {
            var run = await Chromium.Require().RunAsync(["--hide-scrollbars", $"--window-size={width},2000", "--dump-dom", Chromium.FileUrl(file)], Timeout);
            var result = LayoutResult().Match(run.StandardOutput);

            Assert.True(result.Success, $"{report} at {width} px: no layout result in the DOM");
            var problems = WebUtility.HtmlDecode(result.Groups[1].Value).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => width == 1280 || !p.StartsWith("headline", StringComparison.Ordinal)).ToList();
            Assert.True(problems.Count == 1 && problems[0] == "ok", $"{report} at {width} px:\n{string.Join('\n', problems)}");
        }
    }

    /// <summary>The executive summary fits one 16:9 slide: at 1280 × 720 px the whole page shows without scrolling either way.</summary>
    [ChromiumFact]
    public async Task The_executive_summary_fits_one_slide_without_scrolling()
    {
        var html = await ReportPages.RenderAsync("executive-summary");
        const string probe = """
            <script>
            var d = document.documentElement;
            var pre = document.createElement('pre');
            pre.id = 'layout-check';
            pre.textContent = 'size ' + d.scrollWidth + 'x' + d.scrollHeight + ' in ' + window.innerWidth + 'x' + window.innerHeight;
            document.body.appendChild(pre);
            </script>
            """;
        // The probe's own line adds height; it is measured before it is appended.
        var file = await WriteAsync("executive-summary-slide", CspMeta().Replace(html, string.Empty).Replace("</body>", probe + "</body>", StringComparison.Ordinal));

        var run = await Chromium.Require().RunAsync(["--hide-scrollbars", "--window-size=1280,720", "--dump-dom", Chromium.FileUrl(file)], Timeout);
        var size = SlideSize().Match(run.StandardOutput);

        Assert.True(size.Success, "no size in the DOM");
        var (width, height) = (int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(width <= 1280 && height <= 720, $"the executive summary needs {width} x {height} px, more than one 1280 x 720 slide");
    }

    /// <summary>
    /// The Qantas / Virgin Australia comparison's first screen (1280 × 800 px) states that Virgin answers more and
    /// faster and that Qantas is more consistent, without scrolling.
    /// </summary>
    [ChromiumFact]
    public async Task The_scenario_comparisons_first_screen_holds_more_faster_and_more_consistent()
    {
        var html = await ReportPages.RenderAsync("scenario-comparison");
        const string probe = """
            <script>
            var found = [];
            document.querySelectorAll('section.answer li').forEach(function (li) {
              ['Virgin Australia answers more', 'Virgin Australia answers faster', 'Qantas is more consistent'].forEach(function (claim) {
                if (li.textContent.indexOf(claim) === 0 && li.getBoundingClientRect().bottom <= window.innerHeight) found.push(claim);
              });
            });
            var pre = document.createElement('pre');
            pre.id = 'layout-check';
            pre.textContent = 'first screen: ' + found.join('; ') + ' end';
            document.body.appendChild(pre);
            </script>
            """;
        var file = await WriteAsync("scenario-first-screen", CspMeta().Replace(html, string.Empty).Replace("</body>", probe + "</body>", StringComparison.Ordinal));

        var run = await Chromium.Require().RunAsync(["--hide-scrollbars", "--window-size=1280,800", "--dump-dom", Chromium.FileUrl(file)], Timeout);

        Assert.Contains("first screen: Virgin Australia answers more; Virgin Australia answers faster; Qantas is more consistent end", run.StandardOutput, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"size (\d+)x(\d+) in")]
    private static partial Regex SlideSize();

    /// <summary>Measures, after layout, what overflows; writes "ok" or one line per problem into #layout-check.</summary>
    private const string LayoutProbe = """
        <script>
        (function () {
          var out = [];
          var main = document.querySelector('main').getBoundingClientRect();
          document.querySelectorAll('table, figure svg').forEach(function (el, i) {
            var r = el.getBoundingClientRect();
            if (r.right > main.right + 1 || r.left < main.left - 1) out.push('overflow ' + el.tagName + ' #' + i + ': ' + Math.round(r.left) + '..' + Math.round(r.right) + ' in ' + Math.round(main.left) + '..' + Math.round(main.right));
            var wrap = el.closest('.table-wrap');
            if (wrap && wrap.scrollWidth > wrap.clientWidth + 1) out.push('scrolls ' + el.tagName + ' #' + i + ': ' + wrap.scrollWidth + ' > ' + wrap.clientWidth);
          });
          var headline = ['Rank', 'Brand', 'Care score', 'Response rate', 'Median first response'];
          document.querySelectorAll('thead th').forEach(function (th) {
            var r = th.getBoundingClientRect();
            if (headline.indexOf(th.textContent.trim()) >= 0 && r.right > window.innerWidth) out.push('headline column "' + th.textContent.trim() + '" ends at ' + Math.round(r.right) + ' > ' + window.innerWidth);
          });
          var pre = document.createElement('pre');
          pre.id = 'layout-check';
          pre.textContent = out.length ? out.join('\n') : 'ok';
          document.body.appendChild(pre);
        })();
        </script>
        """;

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

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")]
    private static partial Regex CspMeta();

    [GeneratedRegex("<pre id=\"layout-check\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex LayoutResult();
}
