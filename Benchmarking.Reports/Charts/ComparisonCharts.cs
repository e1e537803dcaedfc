using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Reports.Charts;

/// <summary>The comparison's weekly trends and per-brand hour × weekday heatmaps (the ECDF and component charts are separate).</summary>
internal static class ComparisonCharts
{
    /// <summary>The trend lines of the compared brands, one measure.</summary>
    public static IReadOnlyList<WeeklyTrendChart.Line> Trend(Comparison comparison, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return WeeklyTrendChart.Lines(comparison.Brands.Select(b => (b.Brand.Id, b.Brand.Name)).ToList(), comparison.Weekly, measure);
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
                "Response rate per ISO week, one line per brand (weeks without decided mentions leave a gap)."),
            new(WeeklyTrendChart.Render(Trend(comparison, TrendMeasure.MedianResponse), TrendMeasure.MedianResponse, "trend-median"),
                "Median first-response time per ISO week, one line per brand (log scale; weeks without answered mentions leave a gap)."),
        ];
    }

    /// <summary>Per brand, a heatmap of mention volume and one of median first response, when activity was computed.</summary>
    public static IReadOnlyList<CaptionedChart> Heatmaps(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Activity.Count == 0)
        {
            return [];
        }

        var charts = new List<CaptionedChart>();
        for (var i = 0; i < comparison.Brands.Count; i++)
        {
            var brand = comparison.Brands[i].Brand;
            var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            charts.Add(new(
                ActivityHeatmap.Render(ActivityHeatmap.Grid(comparison.Activity, brand.Id, medianResponse: false), brand.Name, false, "heat-volume-" + n),
                $"{brand.Name}: mentions posted in each hour of each weekday (UTC) over the period; grey cells have none."));
            charts.Add(new(
                ActivityHeatmap.Render(ActivityHeatmap.Grid(comparison.Activity, brand.Id, medianResponse: true), brand.Name, true, "heat-median-" + n),
                $"{brand.Name}: median first-response time of the mentions answered, by the hour and weekday they were posted (UTC); grey cells have no answered mention."));
        }

        return charts;
    }
}
