using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// Each compared brand's mention sentiment mix per ISO week (<see cref="BrandQuality.WeeklySentiment"/>): shares
/// estimated by <see cref="ShareEstimator"/> with 95% intervals, not counted; a week with fewer than
/// <see cref="ClaimRules.MinimumTrendMentions"/> analysed mentions shows "not enough data"; a change between weeks is
/// worded only through <see cref="ClaimRules.ShareChange"/>.
/// </summary>
internal static class SentimentMix
{
    /// <summary>The classes of <see cref="WeeklySentiment.Counts"/>, in order.</summary>
    public static readonly IReadOnlyList<string> Classes = ["negative", "neutral", "positive"];

    /// <summary>What a week below the minimum shows instead of shares.</summary>
    public const string NotEnoughData = "not enough data";

    /// <summary>What a week with enough mentions shows when the model file records no validation to correct for.</summary>
    public const string NotEstimated = "not estimated";

    /// <summary>Index of the negative class, the one drawn in the chart.</summary>
    private const int Negative = 0;

    /// <summary>True when the comparison carries a weekly sentiment mix (its text is analysed).</summary>
    public static bool Available(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Weekly.Count > 0 && comparison.Quality is { } q && q.Any(b => b.WeeklySentiment.Count > 0);
    }

    /// <summary>The brand's sentiment in <paramref name="week"/>; null when it had no analysed mention that week.</summary>
    public static WeeklySentiment? Week(Comparison comparison, string brandId, IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Quality?.FirstOrDefault(q => string.Equals(q.BrandId, brandId, StringComparison.Ordinal))?
            .WeeklySentiment.FirstOrDefault(w => w.Week == week);
    }

    /// <summary>The weeks of the trend (<see cref="ComparisonCharts.RecentWeekly"/>), in order.</summary>
    public static IReadOnlyList<IsoWeek> Weeks(Comparison comparison) =>
        ComparisonCharts.RecentWeekly(comparison).Select(w => w.Week).Distinct().Order().ToList();

    /// <summary>The chart's lines: each brand's estimated negative share per week with its 95% interval as a whisker; weeks without an estimate are gaps.</summary>
    public static IReadOnlyList<WeeklyTrendChart.Line> Lines(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var weeks = Weeks(comparison);
        if (weeks.Count == 0)
        {
            return [];
        }

        var range = IsoWeek.Range(weeks[0], weeks[^1]);
        return comparison.Brands.Select(b =>
        {
            var shares = range.Select(w => Week(comparison, b.Brand.Id, w)?.Shares).ToList();
            return new WeeklyTrendChart.Line(b.Brand.Name, range.Zip(shares, (w, s) => (w, s is null ? null : (double?)s.Estimated[Negative])).ToList())
            {
                Intervals = [.. shares.Select(s => s is null ? null : ((double Low, double High)?)(s.Intervals[Negative].Lower, s.Intervals[Negative].Upper))],
            };
        }).ToList();
    }

    /// <summary>A table cell for one class, e.g. <c>41.2% (30.5–52.0%)</c>, <see cref="NotEnoughData"/> below the minimum (no analysed mention included), or <see cref="NotEstimated"/> without a model validation.</summary>
    public static string Cell(WeeklySentiment? week, int classIndex) => week switch
    {
        null or { Enough: false } => NotEnoughData,
        { Shares: { } s } => ReportFormat.WithInterval(s.Estimated[classIndex], s.Intervals[classIndex], ReportFormat.Percent),
        _ => NotEstimated,
    };

    /// <summary>
    /// What may be said of the brand's negative share between its last two weeks with an estimate: "rose" or "fell"
    /// only when their intervals do not overlap (<see cref="ClaimRules.ShareChange"/>); null without two such weeks.
    /// </summary>
    public static string? Change(Comparison comparison, RankedBrand brand)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(brand);
        var estimated = Weeks(comparison).Select(w => (Week: w, Sentiment: Week(comparison, brand.Brand.Id, w)))
            .Where(w => w.Sentiment?.Shares is not null).TakeLast(2).ToList();
        if (estimated.Count < 2)
        {
            return null;
        }

        var (before, after) = (estimated[0], estimated[1]);
        var (a, b) = (before.Sentiment!.Shares!, after.Sentiment!.Shares!);
        var figures = $"{ReportFormat.WithInterval(a.Estimated[Negative], a.Intervals[Negative], ReportFormat.Percent)} in {before.Week} to {ReportFormat.WithInterval(b.Estimated[Negative], b.Intervals[Negative], ReportFormat.Percent)} in {after.Week}";
        return ClaimRules.ShareChange(a.Intervals[Negative], b.Intervals[Negative]) switch
        {
            ClaimStrength.Supported => $"Negative share of {brand.Brand.Name}: {(b.Estimated[Negative] > a.Estimated[Negative] ? "rose" : "fell")} from {figures} (the 95% intervals do not overlap).",
            ClaimStrength.Tied => $"Negative share of {brand.Brand.Name}: from {figures}, no supported change (the 95% intervals overlap).",
            _ => $"Negative share of {brand.Brand.Name}: from {figures}, not enough data to call a change.",
        };
    }

    /// <summary>The legend under the table.</summary>
    public static string Legend =>
        $"Shares of each brand's analysed mentions that week (classified by the sentiment model), estimated with its validated errors ({ShareEstimator.Version}, docs/text-quality.md), with 95% intervals. A week with fewer than {ClaimRules.MinimumTrendMentions} analysed mentions shows \"not enough data\"; \"{NotEstimated}\" means the model file records no validation to correct for. Call a change between weeks only where the intervals do not overlap.";

    /// <summary>What the chart shows and leaves out.</summary>
    public static string GapRule =>
        $"Estimated share of negative mentions with 95% intervals as whiskers; weeks with fewer than {ClaimRules.MinimumTrendMentions} analysed mentions are not drawn.";
}
