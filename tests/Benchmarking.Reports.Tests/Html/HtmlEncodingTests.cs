using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

/// <summary>
/// Every user-text field is filled with a string that breaks out of HTML text and attributes, tagged with the field's
/// name; each report must show every field it renders in encoded form and contain no live markup from it.
/// </summary>
public sealed partial class HtmlEncodingTests
{
    public static TheoryData<string> ComparisonFields =>
        ["delta-name", "american-name", "industry", "delta-handle", "component-name", "finding-rule", "finding-message", "ingest-file", "ingest-format", "rejects-file", "store-path", "verdict", "explanation-summary"];

    public static TheoryData<string> LeaderboardFields =>
        ["delta-name", "american-name", "small-name", "industry", "component-name", "finding-rule", "finding-message"];

    public static TheoryData<string> SummaryFields =>
        ["delta-name", "american-name", "small-name", "industry", "finding-rule", "finding-message", "ingest-file", "ingest-format", "rejects-file", "store-path"];

    [Theory]
    [MemberData(nameof(ComparisonFields))]
    public async Task Comparison_encodes(string field) =>
        AssertEncoded(await HtmlReports.ComparisonAsync(Some.Comparison(hostile: true)), field);

    [Theory]
    [MemberData(nameof(LeaderboardFields))]
    public async Task Leaderboard_encodes(string field)
    {
        var result = Some.Result(hostile: true);
        AssertEncoded(await HtmlReports.LeaderboardAsync(result, result.Leaderboards[0]), field);
    }

    [Theory]
    [MemberData(nameof(SummaryFields))]
    public async Task Summary_encodes(string field) =>
        AssertEncoded(await HtmlReports.SummaryAsync(Some.Result(hostile: true)), field);

    [Fact]
    public async Task Comparison_encodes_the_new_pair_sections()
    {
        var html = await HtmlReports.ComparisonAsync(Some.Comparison(hostile: true));
        var tests = html[html.IndexOf("<h2>Statistical tests</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Why the scores differ</h2>", StringComparison.Ordinal)];
        var why = html[html.IndexOf("<h2>Why the scores differ</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Data window and methodology</h2>", StringComparison.Ordinal)];

        AssertNoLiveMarkup(tests);
        AssertNoLiveMarkup(why);
        Assert.Contains("<li>" + HtmlEncoder.Default.Encode(Some.Hostile("verdict")) + "</li>", tests, StringComparison.Ordinal);
        Assert.Contains("<h3>" + HtmlEncoder.Default.Encode(Some.Hostile("delta-name")), tests, StringComparison.Ordinal);
        Assert.Contains("<p>" + HtmlEncoder.Default.Encode(Some.Hostile("explanation-summary")) + " ", why, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">" + HtmlEncoder.Default.Encode(Some.Hostile("component-name")) + "</th>", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_charts_carry_brand_names_as_escaped_svg_text_only()
    {
        var html = await HtmlReports.ComparisonAsync(Some.Comparison(hostile: true));

        var svgs = SvgPattern().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, svgs.Count);
        foreach (var svg in svgs)
        {
            AssertNoLiveMarkup(svg);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;onerror=alert(1) &lt;img src=x onerror=alert(1)&gt; &apos; &amp; | *delta-name*", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Leaderboard_chart_carries_brand_names_as_escaped_svg_text_only()
    {
        var result = Some.Result(hostile: true);
        var html = await HtmlReports.LeaderboardAsync(result, result.Leaderboards[0]);

        var svg = Assert.Single(SvgPattern().Matches(html)).Value;
        AssertNoLiveMarkup(svg);
        Assert.Contains("*american-name*", svg, StringComparison.Ordinal);
        Assert.Contains("= &lt;script&gt;", svg, StringComparison.Ordinal);
    }

    private static void AssertEncoded(string html, string field)
    {
        AssertNoLiveMarkup(html);
        var outsideCharts = SvgPattern().Replace(html, string.Empty);

        // Local paths are shown as file names only (never the analyst's folders).
        var shown = field is "ingest-file" or "rejects-file" or "store-path" ? Benchmarking.Reports.Formatting.ReportFormat.FileName(Some.Hostile(field)) : Some.Hostile(field);
        Assert.Contains(HtmlEncoder.Default.Encode(shown), outsideCharts, StringComparison.Ordinal);
    }

    private static void AssertNoLiveMarkup(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onerror=alert(1)>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("' &", html, StringComparison.Ordinal);
        Assert.DoesNotContain("& |", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
