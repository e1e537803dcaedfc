using Benchmarking.Engine.History;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// One industry's care scores week by week: a line per brand over consecutive ISO weeks, a point per week in which the
/// brand was ranked (weeks without a snapshot or without the brand ranked leave a gap). The data comes from
/// <see cref="Series"/>; the chart draws nothing else.
/// </summary>
internal static class ScoreTrendChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 400;

    /// <summary>At most this many brands are drawn (the best ranked in the last week first), so the chart stays legible.</summary>
    public const int MaxBrands = 8;

    /// <summary>The chart's caption.</summary>
    public const string Caption =
        "Care score (0–100) per ISO week of the best-ranked brands in the last week shown (at most 8); a gap is a week without a snapshot or without the brand ranked.";

    /// <summary>One brand's line: legend label and (week index from the first week, score) for each week it was ranked.</summary>
    public sealed record TrendSeries(string Label, IReadOnlyList<(int WeekIndex, double Score)> Points);

    /// <summary>Consecutive ISO weeks ending at <paramref name="last"/>: at most <paramref name="maxWeeks"/>, starting no earlier than the first stored week.</summary>
    public static IReadOnlyList<IsoWeek> Weeks(IReadOnlyList<WeeklySnapshot> history, IsoWeek last, int maxWeeks)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWeeks, 1);
        var first = history.Count == 0 ? last : history.Min(s => s.Week);
        var weeks = new List<IsoWeek>();
        for (var w = last; weeks.Count < maxWeeks && w >= first; w = w.Previous)
        {
            weeks.Add(w);
        }

        weeks.Reverse();
        return weeks;
    }

    /// <summary>The lines drawn for <paramref name="industry"/> over <paramref name="weeks"/>.</summary>
    public static IReadOnlyList<TrendSeries> Series(IReadOnlyList<WeeklySnapshot> history, string industry, IReadOnlyList<IsoWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(weeks);
        var byWeek = history.ToDictionary(s => s.Week);
        var ranked = weeks
            .Select((w, i) => (Index: i, Brands: byWeek.TryGetValue(w, out var s) ? s.Brands.Where(b => b.Industry == industry && b.Eligible).ToList() : []))
            .ToList();
        var lastRank = ranked.Count == 0 ? [] : ranked[^1].Brands.ToDictionary(b => b.BrandId, b => b.Rank!.Value, StringComparer.Ordinal);
        var brands = ranked.SelectMany(r => r.Brands)
            .GroupBy(b => b.BrandId, StringComparer.Ordinal)
            .OrderBy(g => lastRank.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenByDescending(g => g.Average(b => b.Score))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxBrands)
            .Select(g => g.Key)
            .ToList();
        return brands.Select(id => new TrendSeries(
                ranked.Last(r => r.Brands.Any(b => b.BrandId == id)).Brands.First(b => b.BrandId == id).Name,
                ranked.SelectMany(r => r.Brands.Where(b => b.BrandId == id).Select(b => (r.Index, b.Score))).ToList()))
            .ToList();
    }

    /// <summary>Renders the chart; null when no brand of the industry was ranked in those weeks.</summary>
    public static ChartSvg? Render(IReadOnlyList<WeeklySnapshot> history, string industry, IReadOnlyList<IsoWeek> weeks, string idPrefix)
    {
        var series = Series(history, industry, weeks);
        return series.Count == 0 ? null : ChartSvg.FromPlot(Build(series, weeks, industry), Width, Height, idPrefix);
    }

    /// <summary>Builds the plot.</summary>
    public static Plot Build(IReadOnlyList<TrendSeries> series, IReadOnlyList<IsoWeek> weeks, string industry)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(weeks);
        var plot = ChartStyle.NewPlot();
        for (var i = 0; i < series.Count; i++)
        {
            var points = series[i].Points;
            var line = plot.Add.ScatterLine(points.Select(p => (double)p.WeekIndex).ToArray(), points.Select(p => p.Score).ToArray(), ChartStyle.Palette.GetColor(i));
            line.LineWidth = 2;
            line.MarkerSize = 6;
            line.LegendText = series[i].Label;
        }

        var step = Math.Max(1, (int)Math.Ceiling(weeks.Count / 12.0));
        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(weeks.Select((w, i) => (Position: (double)i, Label: w.ToString())).Where(t => (int)t.Position % step == 0));
        plot.Axes.Left.TickGenerator = ChartStyle.ScoreTicks();
        plot.Axes.SetLimits(-0.5, Math.Max(1, weeks.Count - 1) + 0.5, 0, 105);
        plot.XLabel("ISO week");
        plot.YLabel("Care score (0–100)");
        plot.Title($"Care score by week: {industry}");
        plot.ShowLegend(Edge.Right); // outside the plot area: a legend must never cover data
        return plot;
    }
}
