using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// Each compared brand's share of voice per ISO week: its mentions that week over all mentions of its industry's brands
/// that week (<see cref="Comparison.IndustryWeekly"/>). A count ratio, not an estimate; weeks whose industry has fewer
/// than <see cref="ClaimRules.MinimumTrendMentions"/> mentions are not drawn.
/// </summary>
internal static class ShareOfVoice
{
    /// <summary>The brand's share in <paramref name="week"/>; null when its industry had no mention that week.</summary>
    public static double? Share(Comparison comparison, string brandId, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var brand = comparison.Brands.First(b => string.Equals(b.Brand.Id, brandId, StringComparison.Ordinal)).Brand;
        var industry = Industry(comparison, brand.Industry, week);
        var mentions = comparison.Weekly.FirstOrDefault(w => string.Equals(w.BrandId, brandId, StringComparison.Ordinal) && w.Week == week)?.Mentions ?? 0;
        return industry is { Mentions: > 0 } i ? (double)mentions / i.Mentions : null;
    }

    /// <summary>The industry's volume in <paramref name="week"/>; null when it had no mention.</summary>
    public static IndustryWeek? Industry(Comparison comparison, string industry, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.IndustryWeekly.FirstOrDefault(i => string.Equals(i.Industry, industry, StringComparison.Ordinal) && i.Week == week);
    }

    /// <summary>The chart's lines over the trend's weeks (<see cref="ComparisonCharts.RecentWeekly"/>), one per brand.</summary>
    public static IReadOnlyList<WeeklyTrendChart.Line> Lines(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var recent = ComparisonCharts.RecentWeekly(comparison);
        if (recent.Count == 0)
        {
            return [];
        }

        var weeks = IsoWeek.Range(recent.Min(w => w.Week), recent.Max(w => w.Week));
        return comparison.Brands.Select(b => new WeeklyTrendChart.Line(
            b.Brand.Name,
            weeks.Select(w => (w, Industry(comparison, b.Brand.Industry, w) is { } i && ClaimRules.EnoughForTrend(i.Mentions) ? Share(comparison, b.Brand.Id, w) : null)).ToList())).ToList();
    }

    /// <summary>The legend under the volume table.</summary>
    public const string Legend = "Share of voice: the brand's mentions that week over all mentions of its industry's brands that week (a count, not an estimate). Industry: its mentions that week and the brands that had any.";

    /// <summary>What the chart leaves out.</summary>
    public static string GapRule =>
        $"Weeks whose industry has fewer than {ClaimRules.MinimumTrendMentions} mentions are not drawn.";

    /// <summary>A table cell, e.g. <c>12 (8.1%)</c>: the brand's mentions that week and its share of the industry's.</summary>
    public static string Cell(Comparison comparison, string brandId, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var mentions = comparison.Weekly.FirstOrDefault(w => string.Equals(w.BrandId, brandId, StringComparison.Ordinal) && w.Week == week)?.Mentions ?? 0;
        return $"{ReportFormat.Count(mentions)} ({ReportFormat.Percent(Share(comparison, brandId, week))})";
    }
}
