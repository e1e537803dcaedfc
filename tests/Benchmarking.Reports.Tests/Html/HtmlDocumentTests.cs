using System.Text.RegularExpressions;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

public sealed partial class HtmlDocumentTests
{
    public static TheoryData<string> Reports => ["comparison", "leaderboard", "summary", "scorecard", "sample-comparison"];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Is_a_utf8_html5_document_for_phones_and_print(string report)
    {
        var html = await Render(report);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("class=\"table-wrap\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Is_self_contained(string report)
    {
        var html = await Render(report);

        Assert.Empty(ExternalReferencePattern().Matches(html));
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(NonLocalUrlPattern().Matches(html));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Is_byte_identical_when_rendered_twice(string report)
    {
        Assert.Equal(await Render(report), await Render(report));
    }

    [Fact]
    public async Task Comparison_shows_the_headline_figures_window_and_methodology()
    {
        var html = HtmlText.WithoutLabels(await Render("comparison"));

        Assert.Contains("<title>Customer care comparison: Delta vs American Airlines</title>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Response rate</th><td class=\"num\">59.3% (56.5&#x2013;62.0%)</td><td class=\"num\">44.9% (41.6&#x2013;48.2%)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Median first response</th><td class=\"num\">14 min (12&#x2013;17 min)</td><td class=\"num\">46 min (35&#x2013;58 min)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Delta answers more: 59.3% of decided mentions vs 44.9% for American Airlines", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">First mention</th><td>2017-10-01 00:03:11 UTC</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Weights</th><td>responsiveness 0.40, speed 0.40, consistency 0.20</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>read 5000 = accepted 4998 &#x2B; rejected 2</td>", html, StringComparison.Ordinal);
        Assert.Contains("methodology v2.0, absolute normalisation; wall clock; weights responsiveness 0.40, speed 0.40, consistency 0.20; bootstrap 200 replicates, seed 20171031", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Bootstrap</th><td>200 replicates, seed 20171031</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_shows_the_tests_and_the_score_decomposition_of_each_pair()
    {
        var html = HtmlText.WithoutLabels(await Render("comparison"));

        var tests = html[html.IndexOf("<h2>Statistical tests</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Why the scores differ</h2>", StringComparison.Ordinal)];
        Assert.Contains("<h3>Delta vs American Airlines</h3>", tests, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Response times (Mann&#x2013;Whitney U)</th><td>U = 112,000, z = -4.12 (n = 700 vs 400)</td><td class=\"num\">p &lt; 0.001</td>", tests, StringComparison.Ordinal);
        Assert.Contains("<li>Delta answers faster; the difference is significant at 95% (Mann&#x2013;Whitney p &lt; 0.001, P(faster) = 0.60).</li>", tests, StringComparison.Ordinal);

        var why = html[html.IndexOf("<h2>Why the scores differ</h2>", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">Speed</th><td class=\"num\">0.40</td><td class=\"num\">71.2</td><td class=\"num\">52.5</td><td class=\"num\">&#x2B;7.5</td>", why, StringComparison.Ordinal);
        Assert.Contains("<p>Delta ranks above American Airlines mainly because of speed: &#x2B;7.5 points. Delta and American Airlines are statistically tied: their order is not supported by the data.</p>", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_without_inference_says_the_pair_sections_were_not_computed()
    {
        var html = await HtmlReports.ComparisonAsync(Some.Comparison(inference: false));

        Assert.Contains("<h2>Statistical tests</h2><p>Not computed for this comparison.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Why the scores differ</h2><p>Not computed for this comparison.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_marks_ties_and_explains_the_marks()
    {
        var html = HtmlText.WithoutLabels(await Render("leaderboard"));

        Assert.Contains("<td class=\"num\">=1</td><td>Delta</td><td class=\"num\">63.2 (58.1&#x2013;68.0)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"legend\">= statistically tied: the order within the group is not supported by the data; order by score, then answered mentions, then id.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">61.0% (KM 62.8%)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaderboard_lists_brands_without_enough_data()
    {
        var html = HtmlText.WithoutLabels(await Render("leaderboard"));

        var notEnough = html[html.IndexOf("<h2>Not ranked: not enough data</h2>", StringComparison.Ordinal)..];
        Assert.Contains("<section class=\"apart\">", html, StringComparison.Ordinal);
        Assert.Contains("<td>Small Air</td><td class=\"num\">12</td><td class=\"num\">50</td>", notEnough, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_generated_time_is_time_dependent()
    {
        var result = Some.Result();
        var later = result with { GeneratedAt = result.GeneratedAt.AddDays(1) };

        var first = await HtmlReports.SummaryAsync(result);
        var second = await HtmlReports.SummaryAsync(later);

        Assert.Equal(first.Replace("2024-01-15 12:00:00 UTC", "2024-01-16 12:00:00 UTC", StringComparison.Ordinal), second);
    }

    private static async Task<string> Render(string report)
    {
        var result = Some.Result();
        return report switch
        {
            "comparison" => await HtmlReports.ComparisonAsync(Some.Comparison()),
            "leaderboard" => await HtmlReports.LeaderboardAsync(result, result.Leaderboards[0]),
            "summary" => await HtmlReports.SummaryAsync(result),
            "scorecard" => await HtmlReports.ScorecardAsync(Sample.DeltaScorecard),
            "sample-comparison" => await HtmlReports.ComparisonAsync(Sample.DeltaVsAmerican),
            _ => throw new ArgumentOutOfRangeException(nameof(report)),
        };
    }

    // src/href/xlink:href/action pointing anywhere but a relative file or a fragment.
    [GeneratedRegex("""(?:src|href|action)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReferencePattern();

    [GeneratedRegex("""url\(\s*["']?(?!#)""", RegexOptions.IgnoreCase)]
    private static partial Regex NonLocalUrlPattern();
}
