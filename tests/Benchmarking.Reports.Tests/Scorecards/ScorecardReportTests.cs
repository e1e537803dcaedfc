using System.Text.RegularExpressions;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Scorecards;

/// <summary>The weekly scorecard on the shipped sample: snapshots, content, privacy, encoding and files.</summary>
public sealed partial class ScorecardReportTests
{
    [Fact]
    public void Markdown_matches_the_snapshot() =>
        Snapshot.Match("scorecard-delta-2017-w44.md", Sample.WithoutStorePath(ScorecardMarkdown.Render(Sample.DeltaScorecard)));

    [Fact]
    public async Task Html_text_matches_the_snapshot() =>
        Snapshot.Match("scorecard-delta-2017-w44.html.txt", Sample.WithoutStorePath(HtmlText.Of(await HtmlReports.ScorecardAsync(Sample.DeltaScorecard))));

    [Fact]
    public async Task Html_and_markdown_show_the_same_figures()
    {
        var card = Sample.DeltaScorecard;
        var html = HtmlText.Of(await HtmlReports.ScorecardAsync(card));
        var markdown = ScorecardMarkdown.Render(card);

        foreach (var row in ScorecardTables.Headline(card).Rows.Concat(ScorecardTables.Trend(card).Rows))
        {
            // The HTML text drops a row's trailing empty cells (the industry column beside rows it has no figure for).
            Assert.Contains(string.Join(" | ", row).TrimEnd(' ', '|'), html, StringComparison.Ordinal);
            Assert.Contains(string.Join(" | ", row.Select(MarkdownText.Escape)), markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Names_window_methodology_weights_accounting_and_findings()
    {
        var card = Sample.DeltaScorecard;
        var result = card.ThisWeek.Result;
        var text = HtmlText.Of(await HtmlReports.ScorecardAsync(card));
        var markdown = ScorecardMarkdown.Render(card);

        foreach (var expected in new[]
        {
            "Data window and methodology", $"Weights | {result.ScoreOptions.WeightsText}", $"Methodology | v{result.ScoreOptions.Version}",
            "Period | 2017-10-30 00:00:00 UTC to 2017-11-06 00:00:00 UTC (exclusive)", "Data-quality findings", "Store", "Posts | 5,000",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
            Assert.Contains(expected, markdown, StringComparison.Ordinal);
        }

        Assert.All(result.Findings.Where(f => f.BrandId is null or "delta"), f => Assert.Contains(f.Message, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pseudonymises_customers_by_default()
    {
        var card = Sample.DeltaScorecard;
        var html = await HtmlReports.ScorecardAsync(card);

        Assert.NotEmpty(card.Slowest);
        Assert.All(card.Slowest, m => Assert.Matches("^cust-[0-9a-f]{10}$", m.Customer));
        Assert.All(card.Slowest, m => Assert.Contains($"<td data-label=\"Customer\">{m.Customer}</td>", html, StringComparison.Ordinal));
        Assert.Contains("pseudonymised with a keyed hash", HtmlText.Of(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Encodes_every_user_text_field()
    {
        var card = Hostile();
        var html = await HtmlReports.ScorecardAsync(card);
        var markdown = ScorecardMarkdown.Render(card);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        foreach (var field in new[] { "delta-name", "industry", "customer" })
        {
            Assert.Contains(MarkdownText.Escape(Some.Hostile(field)), markdown, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"(?<!\\)<script", markdown);
    }

    [Fact]
    public async Task Links_public_status_ids_and_only_those()
    {
        var card = Hostile();
        var html = await HtmlReports.ScorecardAsync(card);

        Assert.Contains("<a href=\"https://x.com/i/status/925473935458979840\" rel=\"noopener noreferrer nofollow\">925473935458979840</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("x.com/i/status/811", html, StringComparison.Ordinal);
        Assert.Single(HrefPattern().Matches(html));
    }

    [Fact]
    public async Task Writes_html_markdown_and_the_executive_summary_named_after_brand_and_week()
    {
        using var folder = new TempDirectory();

        var paths = await ReportWriter.WriteScorecardAsync(Sample.DeltaScorecard, folder.Path);

        Assert.Equal(["scorecard-delta-2017-w44.html", "scorecard-delta-2017-w44.md", "scorecard-delta-2017-w44-summary.html"], paths.Select(Path.GetFileName));
        Assert.All(paths, p => Assert.True(new FileInfo(p).Length > 1000));
        Assert.Equal(ScorecardMarkdown.Render(Sample.DeltaScorecard), await File.ReadAllTextAsync(paths[1]));
    }

    [Fact]
    public async Task Is_byte_identical_when_rendered_twice() =>
        Assert.Equal(await HtmlReports.ScorecardAsync(Sample.DeltaScorecard), await HtmlReports.ScorecardAsync(Sample.DeltaScorecard));

    /// <summary>A scorecard built from the hand-made hostile results, with a hostile customer and two posts.</summary>
    private static Scorecard Hostile()
    {
        var result = Some.Result(hostile: true);
        var delta = result.AllBrands.Single(b => b.Brand.Id == "delta").Brand;
        var week = new IsoWeek(2017, 44);
        UnansweredMention[] slowest =
        [
            new("twitter", "925473935458979840", Some.Hostile("customer"), week.Start.AddHours(5), MentionStatus.Unanswered, null, 400_000),
            new("twitter", "811", "cust-0123456789", week.Start.AddHours(6), MentionStatus.Pending, null, 200_000),
        ];
        WeeklyFigures[] trend = [new("delta", week.Plus(-1), 10, 6, 0, 0.6, 900), new("delta", week, 12, 9, 1, 9 / 11.0, 600)];
        return ScorecardBuilder.Build(delta, week, false, result, Some.Result(hostile: true), result, 4, trend, 4, slowest, customersShown: true);
    }

    [GeneratedRegex("<a href=")]
    private static partial Regex HrefPattern();
}
