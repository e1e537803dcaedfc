using System.Text.RegularExpressions;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

/// <summary>
/// Sentiment figures in the quality tables: recovery shares come with the interval that includes the model's error, and
/// two brands are never contrasted on sentiment, recovery or complaint shares (issue #20 item 6) — the reports print the
/// estimates with intervals and the rule, never a "higher"/"lower" verdict.
/// </summary>
public sealed partial class QualityTablesTests
{
    private static readonly BrandQuality Delta = SomeQuality.List()[0];

    private static string Estimated(ShareEstimate shares, int o) =>
        $"{ReportFormat.Percent(shares.Estimated[o])} [{ReportFormat.Percent(shares.Intervals[o].Lower)}, {ReportFormat.Percent(shares.Intervals[o].Upper)}]";

    [Fact]
    public void Recovery_shows_the_estimated_shares_with_intervals_beside_the_counted_ones()
    {
        var shares = Delta.RecoveryShares!;
        var markdown = Unescaped(QualityMarkdown.Render([Delta], null));

        Assert.Contains($"| Improved | 90 | 50.0% | {Estimated(shares, 0)} |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| Same | 60 | 33.3% | {Estimated(shares, 1)} |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| Worse | 30 | 16.7% | {Estimated(shares, 2)} |", markdown, StringComparison.Ordinal);
        Assert.Contains("acc-1 on pairs", markdown, StringComparison.Ordinal);
        Assert.Contains($"estimated (95% intervals): improved {Estimated(shares, 0)}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Recovery_without_validation_says_it_is_not_corrected_and_without_follow_ups_says_nothing()
    {
        var uncorrected = QualityMarkdown.Render([Delta with { RecoveryShares = null, SentimentValidation = [] }], null);
        var none = QualityMarkdown.Render([SomeQuality.List()[1]], null);

        Assert.Contains("Not corrected for the model's errors", uncorrected, StringComparison.Ordinal);
        Assert.DoesNotContain("Not corrected for the model's errors", none, StringComparison.Ordinal);
    }

    /// <summary>Two brands with the same figures (so every interval overlaps), side by side in a comparison.</summary>
    private static Comparison Overlapping()
    {
        var comparison = Some.Comparison();
        var ids = comparison.Brands.Select(b => b.Brand.Id).ToList();
        var shares = ShareEstimator.Estimate([640, 400, 160], [SomeQuality.Validation.Confusion]);
        return comparison with
        {
            Quality = [.. ids.Select(id => Delta with
            {
                BrandId = id,
                SentimentShares = shares,
                ComplaintShare = ShareEstimator.Estimate([700, 500], [ComplaintValidation.Confusion]),
            })],
        };
    }

    [Fact]
    public async Task Brands_whose_intervals_overlap_are_not_contrasted()
    {
        var comparison = Overlapping();
        var sections = new[]
        {
            Between(Unescaped(ComparisonMarkdown.Render(comparison)), "## Care quality from the text", "## Data window and methodology"),
            Between(await HtmlReports.ComparisonAsync(comparison), "<h2>Care quality from the text</h2>", "<h2>Data window and methodology</h2>"),
        };

        foreach (var section in sections)
        {
            // The estimates are shown for both brands, with the rule, and no verdict between them.
            Assert.Contains("Sentiment recovery, improved: estimated share [95% interval]", section, StringComparison.Ordinal);
            Assert.Contains("Complaints: estimated share [95% interval]", section, StringComparison.Ordinal);
            Assert.DoesNotMatch(Contrast(), section);
            foreach (var brand in comparison.Brands)
            {
                Assert.DoesNotMatch(new Regex(Regex.Escape(brand.Brand.Name) + @"[^|<\n]{0,80}\b(higher|lower|more|less|fewer|better|worse)\b"), section);
            }
        }
    }

    // A comparative verdict between brands: "higher than", "more negative", "fewer complaints", "leads", "ahead",
    // "significantly". ("Customers use more than other brands' customers" describes discovered phrases, not sentiment.)
    [GeneratedRegex(@"\b(higher|lower|better|worse)\s+than\b|\b(higher|lower|more|less|fewer|better|worse)\s+(negative|positive|complaints|sentiment|recovery)\b|\blead(s|er)?\b|\bahead\b|\bsignificant", RegexOptions.IgnoreCase)]
    private static partial Regex Contrast();

    // Markdown escapes brackets; the assertions read the text as shown.
    private static string Unescaped(string markdown) => markdown.Replace("\\", string.Empty, StringComparison.Ordinal);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from + 1, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"section {start} not found");
        return text[from..to];
    }
}
