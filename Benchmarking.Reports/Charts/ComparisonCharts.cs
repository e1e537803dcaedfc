using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Reports.Charts;

/// <summary>The comparison's weekly trends and per-brand hour × weekday heatmaps (the ECDF and component charts are separate).</summary>
internal static class ComparisonCharts
{
    /// <summary>Most weeks shown in the trend: the period's last weeks, ending with the last week with mentions.</summary>
    public const int TrendWeeks = 26;

    /// <summary>The weekly figures of the trend: those of the last <see cref="TrendWeeks"/> weeks up to the last week with mentions.</summary>
    public static IReadOnlyList<WeeklyFigures> RecentWeekly(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Weekly.Count == 0)
        {
            return [];
        }

        var first = comparison.Weekly.Max(w => w.Week).Plus(1 - TrendWeeks);
        return comparison.Weekly.Where(w => w.Week >= first).ToList();
    }

    /// <summary>The caption note saying which weeks the trend covers.</summary>
    public static string TrendSpan(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var recent = RecentWeekly(comparison);
        if (recent.Count == 0)
        {
            return string.Empty;
        }

        var (first, last) = (recent.Min(w => w.Week), recent.Max(w => w.Week));
        var omitted = comparison.Weekly.Count(w => w.Week < first);
        return omitted == 0
            ? $"Weeks {first} to {last}."
            : $"The {TrendWeeks} weeks {last.Plus(1 - TrendWeeks)} to {last}, up to the last week with mentions; earlier weeks of the period are counted in the headline figures but not shown here.";
    }

    /// <summary>The trend lines of the compared brands, one measure.</summary>
    public static IReadOnlyList<WeeklyTrendChart.Line> Trend(Comparison comparison, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return WeeklyTrendChart.Lines(comparison.Brands.Select(b => (b.Brand.Id, b.Brand.Name)).ToList(), RecentWeekly(comparison), measure);
    }

    /// <summary>Trend charts (response rate, median) when weekly figures were computed; none otherwise.</summary>
    public static IReadOnlyList<CaptionedChart> Trends(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Weekly.Count == 0)
        {
            return [];
        }

        return
        [
            new(WeeklyTrendChart.Render(Trend(comparison, TrendMeasure.ResponseRate), TrendMeasure.ResponseRate, "trend-rate"),
                $"Response rate per ISO week, one line per brand. {WeeklyTrendChart.GapRule} {TrendSpan(comparison)}"),
            new(WeeklyTrendChart.Render(Trend(comparison, TrendMeasure.MedianResponse), TrendMeasure.MedianResponse, "trend-median"),
                $"Median first-response time per ISO week, one line per brand (log scale). {WeeklyTrendChart.GapRule} {TrendSpan(comparison)}"),
            new(WeeklyTrendChart.Render(ShareOfVoice.Lines(comparison), TrendMeasure.ShareOfVoice, "trend-voice"),
                $"Share of voice per ISO week: each brand's mentions over all mentions of its industry's brands that week. {ShareOfVoice.GapRule} {TrendSpan(comparison)}"),
            .. SentimentMix.Available(comparison)
                ? [new CaptionedChart(WeeklyTrendChart.Render(SentimentMix.Lines(comparison), TrendMeasure.NegativeSentiment, "trend-sentiment"),
                    $"Sentiment mix per ISO week, one line per brand. {SentimentMix.GapRule} {TrendSpan(comparison)}")]
                : Array.Empty<CaptionedChart>(),
        ];
    }

    /// <summary>
    /// The compared brands' headline figures against their industry (<see cref="IndustryBandChart"/>), one set per
    /// industry with enough ranked brands.
    /// </summary>
    public static IReadOnlyList<CaptionedChart> Industry(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Tables.ComparisonTables.Industries(comparison)
            .SelectMany((industry, i) => IndustryBandChart.Render(
                comparison.Brands.Where(b => string.Equals(b.Brand.Industry, industry.Industry, StringComparison.Ordinal)).ToList(),
                industry,
                "industry-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>Per brand, a heatmap of mention volume and one of median first response, when activity was computed.</summary>
    public static IReadOnlyList<CaptionedChart> Heatmaps(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Activity.Count == 0)
        {
            return [];
        }

        // One colour scale per kind of map across the brands: a 9-minute cell must not look as bad as 13 hours elsewhere.
        var volumeRange = ActivityHeatmap.SharedRange(comparison.Brands.Select(b => ActivityHeatmap.Grid(comparison.Activity, b.Brand.Id, medianResponse: false)));
        var medianRange = ActivityHeatmap.SharedRange(comparison.Brands.Select(b => ActivityHeatmap.Grid(comparison.Activity, b.Brand.Id, medianResponse: true)));
        var charts = new List<CaptionedChart>();
        var zone = comparison.ActivityTimeZone;
        for (var i = 0; i < comparison.Brands.Count; i++)
        {
            var brand = comparison.Brands[i].Brand;
            var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            charts.Add(new(
                ActivityHeatmap.Render(ActivityHeatmap.Grid(comparison.Activity, brand.Id, medianResponse: false), brand.Name, false, "heat-volume-" + n, volumeRange, zone),
                $"{brand.Name}: mentions posted in each hour of each weekday ({ZoneLabel(comparison)}) over the period; grey cells have none."));
            charts.Add(new(
                ActivityHeatmap.Render(ActivityHeatmap.Grid(comparison.Activity, brand.Id, medianResponse: true), brand.Name, true, "heat-median-" + n, medianRange, zone),
                $"{brand.Name}: median first-response time of the mentions answered, by the hour and weekday they were posted ({ZoneLabel(comparison)}); grey cells have no answered mention."));
        }

        return charts;
    }

    /// <summary>
    /// The heatmaps' clock: <c>UTC</c>, or the brands' shared zone, e.g. <c>local time, America/New_York</c> (methodology
    /// v4: brands of different zones share UTC).
    /// </summary>
    public static string ZoneLabel(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.ActivityTimeZone == "UTC" ? "UTC" : $"local time, {comparison.ActivityTimeZone}";
    }
}
