using System.Text.Encodings.Web;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

/// <summary>
/// The "Care quality from the text" section of the comparison and scorecard reports: user text from the quality
/// figures (templates, themes, phrases, kinds, example posts) is encoded in HTML and escaped in Markdown, and without
/// text features the section says how to get them.
/// </summary>
public sealed class QualitySectionTests
{
    private const string Heading = "<h2>Care quality from the text</h2>";

    public static TheoryData<string> Fields => [.. SomeQuality.HostileFields];

    private static Comparison HostileComparison() => Some.Comparison(hostile: true) with { Quality = SomeQuality.List(hostile: true) };

    private static Scorecard HostileScorecard() => Sample.DeltaScorecard with { Quality = new ScorecardQuality(SomeQuality.List(hostile: true)[0], null) };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Comparison_html_encodes(string field)
    {
        var html = await HtmlReports.ComparisonAsync(HostileComparison());

        var section = Between(html, Heading, "<h2>Data window and methodology</h2>");
        AssertNoLiveMarkup(section);
        Assert.Contains(HtmlEncoder.Default.Encode(Some.Hostile(field)), section, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Scorecard_html_encodes(string field)
    {
        var html = await HtmlReports.ScorecardAsync(HostileScorecard());

        var section = Between(html, Heading, "<h2>Data window and methodology</h2>");
        AssertNoLiveMarkup(section);
        Assert.Contains(HtmlEncoder.Default.Encode(Some.Hostile(field)), section, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Markdown_escapes(string field)
    {
        var comparison = ComparisonMarkdown.Render(HostileComparison());
        var scorecard = ScorecardMarkdown.Render(HostileScorecard());

        foreach (var markdown in new[] { comparison, scorecard })
        {
            var section = Between(markdown, "## Care quality from the text", "## Data window and methodology");
            Assert.DoesNotMatch(@"(?<!\\)<", section);
            Assert.Contains(MarkdownText.Escape(Some.Hostile(field)), section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_text_features_the_section_says_how_to_get_them()
    {
        var comparison = Some.Comparison();
        var card = Sample.DeltaScorecard with { Quality = null };
        Assert.Null(comparison.Quality);

        var html = Between(await HtmlReports.ComparisonAsync(comparison), Heading, "<h2>Data window and methodology</h2>");
        var cardHtml = Between(await HtmlReports.ScorecardAsync(card), Heading, "<h2>Data window and methodology</h2>");
        var markdown = ComparisonMarkdown.Render(comparison);
        var cardMarkdown = ScorecardMarkdown.Render(card);

        const string Note = "No text features: run carebench quality or run/rank with the shipped model.";
        Assert.Equal(Note, QualityTables.NotAnalysed);
        Assert.Equal(Heading + "<p>" + HtmlEncoder.Default.Encode(Note) + "</p>", html.Trim());
        Assert.Equal(Heading + "<p>" + HtmlEncoder.Default.Encode(Note) + "</p>", cardHtml.Trim());
        Assert.Contains("## Care quality from the text\n\n" + MarkdownText.Escape(Note) + "\n\n## ", markdown, StringComparison.Ordinal);
        Assert.Contains("## Care quality from the text\n\n" + MarkdownText.Escape(Note) + "\n\n## ", cardMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scorecard_week_without_the_brand_says_so_and_dashes_last_week()
    {
        var delta = SomeQuality.List()[0];
        var overview = QualityTables.Overview(Sample.DeltaScorecard with { Quality = new ScorecardQuality(null, delta) });

        Assert.Contains("The brand has no mention or reply this week.", overview.Paragraphs);
        Assert.Empty(overview.Details);
        var mentions = overview.Figures!.Rows[0];
        Assert.Equal(["Mentions", "–", "1,200"], mentions);
    }

    [Fact]
    public void The_comparison_puts_the_brands_side_by_side_in_order()
    {
        var quality = SomeQuality.List();
        var overview = QualityTables.Overview(Some.Comparison() with { Quality = quality });

        Assert.Equal(["Figure", "Delta", "American Airlines"], overview.Figures!.Header);
        Assert.Equal(["Delta", "American Airlines"], overview.Details.Select(d => d.Heading));
        var byFigure = overview.Figures.Rows.ToDictionary(r => r[0], r => r.Skip(1).ToList());
        Assert.Equal(["53.3%", "0.0%"], byFigure["Mentions, negative"]);
        Assert.Equal(["33.3%", "100.0%"], byFigure["Mentions, neutral"]);
        Assert.Equal(["13.3%", "0.0%"], byFigure["Mentions, positive"]);
        Assert.Equal(["180", "0"], byFigure["Conversations with a follow-up"]);
        Assert.Equal(["50.0%", "–"], byFigure["Sentiment recovery: improved"]);
        Assert.Equal(["33.3%", "–"], byFigure["Sentiment recovery: same"]);
        Assert.Equal(["16.7%", "–"], byFigure["Sentiment recovery: worse"]);
        Assert.Equal(["70.0%", "–"], byFigure["Response rate, actionable mentions"]);
        Assert.Equal(["39.0%", "–"], byFigure["Canned (templated) replies, share — lower is better"]);
        Assert.Equal(["30.0%", "–"], byFigure["Deflection rate"]);
        Assert.Equal(["200", "0"], byFigure["Deflected to dm (replies)"]);
        Assert.Equal(["55", "0"], byFigure["Deflected to phone (replies)"]);
        Assert.Equal(["12.0%", "–"], byFigure["Hedging and empty apologies"]);
        var examples = overview.Details[0].Blocks.Single(b => b.Heading == "Example posts").Table!;
        Assert.Equal(["1004"], examples.Rows.Select(r => r[0]));
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"missing {from}");
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(end > start, $"missing {to} after {from}");
        return text[start..end];
    }

    private static void AssertNoLiveMarkup(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" onerror=alert(1)>", html, StringComparison.OrdinalIgnoreCase);
    }
}
