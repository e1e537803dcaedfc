using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Markdown;

/// <summary>Delta vs American Airlines on the shipped sample: snapshots of the Markdown and the HTML text, weekly trend included.</summary>
public sealed class SampleComparisonTests
{
    [Fact]
    public void Markdown_matches_the_snapshot() =>
        Snapshot.Match("compare-sample-delta-vs-american-airlines.md", Sample.WithoutStorePath(ComparisonMarkdown.Render(Sample.DeltaVsAmerican)));

    [Fact]
    public async Task Html_text_matches_the_snapshot() =>
        Snapshot.Match("compare-sample-delta-vs-american-airlines.html.txt", Sample.WithoutStorePath(HtmlText.Of(await HtmlReports.ComparisonAsync(Sample.DeltaVsAmerican))));

    [Fact]
    public async Task Shows_the_weekly_trend_and_a_volume_and_a_median_heatmap_per_brand()
    {
        var comparison = Sample.DeltaVsAmerican;
        var html = await HtmlReports.ComparisonAsync(comparison);
        var text = HtmlText.Of(html);

        Assert.NotEmpty(comparison.Weekly);
        Assert.Equal(2 * comparison.Brands.Count, ComparisonCharts.Heatmaps(comparison).Count);
        Assert.Equal(4, ComparisonCharts.Trends(comparison).Count);
        // ECDF and components, three against the industry, four trends (rate, median, share of voice, sentiment), two heatmaps per brand.
        Assert.Equal(2 + ComparisonCharts.Industry(comparison).Count + 4 + (2 * comparison.Brands.Count), html.Split("<svg").Length - 1);
        Assert.Equal(3, ComparisonCharts.Industry(comparison).Count);
        foreach (var row in ComparisonTables.Weekly(comparison).Rows)
        {
            Assert.Contains(string.Join(" | ", row), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_quality_tables_show_the_shipped_models_validated_accuracy()
    {
        // The fixture passes the shipped model, so the row carries its figures rather than "–" (model not found).
        foreach (var markdown in new[] { ComparisonMarkdown.Render(Sample.DeltaVsAmerican), ScorecardMarkdown.Render(Sample.DeltaScorecard) })
        {
            var row = markdown.Split('\n').Single(l => l.StartsWith("| Sentiment model accuracy (validated) |", StringComparison.Ordinal));
            Assert.DoesNotContain("| – |", row, StringComparison.Ordinal);
            Assert.Contains("% in domain", row, StringComparison.Ordinal);
        }
    }
}
