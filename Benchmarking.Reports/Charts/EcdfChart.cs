using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// The first-response ECDF per brand on a log10 time axis: x is the response time (ticks 1 min, 15 min, 1 h, 24 h, …),
/// y the share of answered mentions answered within it. The data comes from <see cref="EcdfSeries.ForChart"/>.
/// </summary>
internal static class EcdfChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>The chart's caption.</summary>
    public const string Caption = "Share of answered mentions whose first response came within a given time (empirical cumulative distribution, log time axis). Unanswered and pending mentions are not included.";

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 450;

    /// <summary>Candidate time-axis ticks, in seconds: 1 s, 10 s, 1 min, 5 min, 15 min, 1 h, 6 h, 24 h, 72 h, 7 d, 30 d.</summary>
    public static readonly IReadOnlyList<double> TickSeconds = [1, 10, 60, 300, 900, 3600, 21600, 86400, 259200, 604800, 2592000];

    /// <summary>One brand's series: legend label and first-response times in seconds.</summary>
    public sealed record Series(string Label, IReadOnlyList<double> Seconds);

    /// <summary>The series of a comparison, one per brand in comparison order; brands without times get an empty series.</summary>
    public static IReadOnlyList<Series> SeriesOf(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Brands
            .Select(b => new Series(
                b.Brand.Name,
                comparison.ResponseTimes.TryGetValue(b.Brand.Id, out var times) ? times : []))
            .ToList();
    }

    /// <summary>The time-axis range in seconds: from a tick at or below the fastest time (at most 1 min) to a tick at or above the slowest time and the answer window.</summary>
    public static (double Low, double High) AxisRange(IReadOnlyList<Series> series, TimeSpan answerWindow)
    {
        ArgumentNullException.ThrowIfNull(series);
        var times = series.SelectMany(s => s.Seconds).ToList();
        var fastest = Math.Max(1.0, times.Count > 0 ? Math.Min(times.Min(), 60.0) : 60.0);
        var slowest = Math.Max(answerWindow.TotalSeconds, times.Count > 0 ? times.Max() : 0.0);
        var low = TickSeconds.Last(t => t <= fastest);
        var high = TickSeconds.FirstOrDefault(t => t >= slowest, slowest);
        return (low, high);
    }

    /// <summary>The time-axis ticks between <paramref name="low"/> and <paramref name="high"/> seconds: (log10 seconds, label).</summary>
    public static IReadOnlyList<(double Position, string Label)> TimeTicks(double low, double high) =>
        TickSeconds.Where(t => t >= low && t <= high).Select(t => (Math.Log10(t), ReportFormat.Duration(t))).ToList();

    /// <summary>Renders the chart.</summary>
    public static ChartSvg Render(IReadOnlyList<Series> series, TimeSpan answerWindow, string idPrefix = "ecdf") =>
        ChartSvg.FromPlot(Build(series, answerWindow), Width, Height, idPrefix);

    /// <summary>Builds the plot.</summary>
    public static Plot Build(IReadOnlyList<Series> series, TimeSpan answerWindow)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (low, high) = AxisRange(series, answerWindow);
        var plot = ChartStyle.NewPlot();
        for (var i = 0; i < series.Count; i++)
        {
            var points = EcdfSeries.ForChart(series[i].Seconds);
            if (points.Count == 0)
            {
                continue;
            }

            // Start at share 0 on the left edge and carry share 1 to the right edge, so every curve spans the axis.
            var xs = new List<double>(points.Count + 2) { Math.Log10(low) };
            var ys = new List<double>(points.Count + 2) { 0.0 };
            foreach (var point in points)
            {
                xs.Add(Math.Log10(Math.Max(point.Seconds, 1.0)));
                ys.Add(point.Share);
            }

            xs.Add(Math.Log10(high));
            ys.Add(1.0);

            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartStyle.Palette.GetColor(i));
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = $"{series[i].Label} (n = {ReportFormat.Count(series[i].Seconds.Count)})";
        }

        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(TimeTicks(low, high));
        plot.Axes.Left.TickGenerator = ChartStyle.Ticks([(0, "0"), (0.25, "0.25"), (0.5, "0.5"), (0.75, "0.75"), (1, "1")]);
        plot.Axes.SetLimits(Math.Log10(low), Math.Log10(high), 0, 1.02);
        plot.XLabel("First-response time (log scale)");
        plot.YLabel("Share of answered mentions");
        plot.Title("Time to first response");
        plot.ShowLegend(Edge.Right); // outside the plot area: a legend must never cover data
        return plot;
    }
}
