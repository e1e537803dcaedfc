using System.Globalization;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// One brand's hour-of-day × weekday grid (UTC, or the brands' own time zone when labelled so) of mention volume or median first response, drawn as SVG rectangles
/// (no embedded bitmap) with the value written in each cell; empty cells are light grey.
/// </summary>
internal static class ActivityHeatmap
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 300;

    /// <summary>Weekday labels, Monday first (ISO).</summary>
    public static readonly IReadOnlyList<string> Weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>
    /// The grid: [weekday − 1, hour] = mentions (volume) or median seconds (median response); null where there is no
    /// mention, or no answered one for the median.
    /// </summary>
    public static double?[,] Grid(IReadOnlyList<ActivityCell> cells, string brandId, bool medianResponse)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var grid = new double?[7, 24];
        foreach (var cell in cells.Where(c => string.Equals(c.BrandId, brandId, StringComparison.Ordinal)))
        {
            grid[cell.Weekday - 1, cell.Hour] = medianResponse ? cell.MedianSeconds : cell.Mentions;
        }

        return grid;
    }

    /// <summary>The text written in a cell: the count, or the median as a compact duration (<c>45s</c>, <c>12m</c>, <c>3h</c>, <c>2d</c>).</summary>
    public static string CellText(double value, bool medianResponse)
    {
        if (!medianResponse)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        return value switch
        {
            < 59.5 => value.ToString("0", CultureInfo.InvariantCulture) + "s",
            < 3570 => (value / 60).ToString("0", CultureInfo.InvariantCulture) + "m",
            < 171_000 => (value / 3600).ToString("0", CultureInfo.InvariantCulture) + "h",
            _ => (value / 86400).ToString("0", CultureInfo.InvariantCulture) + "d",
        };
    }

    /// <summary>The chart's title.</summary>
    public static string Title(string brandName, bool medianResponse, string zone = "UTC") =>
        $"{brandName}: {(medianResponse ? "median first response" : "mentions")} by weekday and hour ({zone})";

    /// <summary>Renders the chart.</summary>
    /// <param name="grid">The cells (<see cref="Grid"/>).</param>
    /// <param name="brandName">For the title.</param>
    /// <param name="medianResponse">Median first response (true) or mention volume.</param>
    /// <param name="idPrefix">SVG id prefix.</param>
    /// <param name="zone">The time zone the grid's hours are in, for the labels.</param>
    /// <param name="range">
    /// The values the colour scale spans; pass the same range (<see cref="SharedRange"/>) to every heatmap of a report so
    /// one colour means one value on every brand's map. Null for this grid's own minimum and maximum.
    /// </param>
    public static ChartSvg Render(double?[,] grid, string brandName, bool medianResponse, string idPrefix, (double Min, double Max)? range = null, string zone = "UTC") =>
        ChartSvg.FromPlot(Build(grid, brandName, medianResponse, range, zone), Width, Height, idPrefix);

    /// <summary>The smallest and largest value over <paramref name="grids"/>; null when they hold no value.</summary>
    public static (double Min, double Max)? SharedRange(IEnumerable<double?[,]> grids)
    {
        ArgumentNullException.ThrowIfNull(grids);
        var values = grids.SelectMany(g => g.Cast<double?>()).Where(v => v is not null).Select(v => v!.Value).ToList();
        return values.Count == 0 ? null : (values.Min(), values.Max());
    }

    /// <summary>Builds the plot: darker is more mentions, or slower answers (log scale).</summary>
    public static Plot Build(double?[,] grid, string brandName, bool medianResponse, (double Min, double Max)? range = null, string zone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(grid);
        var plot = ChartStyle.NewPlot();
        double Scale(double v) => medianResponse ? Math.Log10(Math.Max(v, 1)) : v;
        var span = range ?? SharedRange([grid]);
        var (low, high) = span is { } r ? (Scale(r.Min), Scale(r.Max)) : (0.0, 1.0);
        var colormap = new ScottPlot.Colormaps.Viridis();
        for (var day = 0; day < 7; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var y = 6 - day; // Monday on top
                var rectangle = plot.Add.Rectangle(hour, hour + 1, y, y + 1);
                rectangle.LineColor = Colors.White;
                rectangle.LineWidth = 1;
                if (grid[day, hour] is not { } value)
                {
                    rectangle.FillColor = Color.FromHex("#EEEEEE");
                    continue;
                }

                // Viridis runs dark (low) to light (high); reversed so that darker means more, or slower.
                var fraction = high > low ? (Scale(value) - low) / (high - low) : 1.0;
                var fill = colormap.GetColor(1 - (0.85 * fraction));
                rectangle.FillColor = fill;
                var text = plot.Add.Text(CellText(value, medianResponse), hour + 0.5, y + 0.5);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 10;
                text.LabelFontName = ChartStyle.FontName;
                text.LabelFontColor = fraction > 0.45 ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(Weekdays.Select((d, i) => (6 - i + 0.5, d)));
        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(Enumerable.Range(0, 8).Select(i => (i * 3 + 0.5, (i * 3).ToString("00", CultureInfo.InvariantCulture) + ":00")));
        plot.Axes.SetLimits(0, 24, 0, 7);
        var scale = span is not { } s ? ReportFormat.Missing : medianResponse
            ? ReportFormat.Duration(s.Min) + " to " + ReportFormat.Duration(s.Max)
            : ReportFormat.Count((long)s.Min) + " to " + ReportFormat.Count((long)s.Max);
        var shared = range is null ? string.Empty : ", same scale on every brand's map";
        plot.XLabel(medianResponse
            ? $"Hour of the mention ({zone}); darker is slower ({scale}, log scale{shared})"
            : $"Hour of the mention ({zone}); darker is more mentions ({scale} per cell{shared})");
        plot.Axes.Bottom.Label.FontSize = 12; // the label states the shared scale; at the default size it runs past the chart's edges
        plot.Title(Title(brandName, medianResponse, zone));
        plot.Grid.IsVisible = false;
        return plot;
    }
}
