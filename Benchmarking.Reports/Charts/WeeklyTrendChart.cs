using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// One weekly figure (response rate, or median first response on a log axis) per ISO week, one line per brand. Weeks
/// without a value (no decided or no answered mention) break the line rather than being drawn as zero.
/// </summary>
internal static class WeeklyTrendChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 320;

    /// <summary>One brand's line: legend label and a value per week (null where the week has none).</summary>
    public sealed record Line(string Label, IReadOnlyList<(IsoWeek Week, double? Value)> Points)
    {
        /// <summary>A 95% interval per point, drawn as a whisker (same order as <see cref="Points"/>); empty when none.</summary>
        public IReadOnlyList<(double Low, double High)?> Intervals { get; init; } = [];
    }

    /// <summary>
    /// The lines: one per brand in the order given, over every week from the earliest to the latest week any brand has
    /// (a brand's missing weeks have no value). Median values are in seconds.
    /// </summary>
    public static IReadOnlyList<Line> Lines(IReadOnlyList<(string BrandId, string Label)> brands, IReadOnlyList<WeeklyFigures> weekly, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(weekly);
        if (weekly.Count == 0)
        {
            return brands.Select(b => new Line(b.Label, [])).ToList();
        }

        var weeks = IsoWeek.Range(weekly.Min(w => w.Week), weekly.Max(w => w.Week));
        return brands.Select(b =>
        {
            var byWeek = weekly.Where(w => string.Equals(w.BrandId, b.BrandId, StringComparison.Ordinal)).ToDictionary(w => w.Week);
            return new Line(b.Label, weeks.Select(w => (w, byWeek.TryGetValue(w, out var f) ? Value(f, measure) : null)).ToList());
        }).ToList();
    }

    /// <summary>
    /// The figure plotted for one week; null (a gap) when the week has fewer than
    /// <see cref="ClaimRules.MinimumTrendMentions"/> decided mentions (rate) or answered mentions (median): one mention
    /// would swing the line between 0% and 100%.
    /// </summary>
    public static double? Value(WeeklyFigures figures, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return measure == TrendMeasure.ResponseRate
            ? (ClaimRules.EnoughForTrend(figures.Decided) ? figures.ResponseRate : null)
            : (ClaimRules.EnoughForTrend(figures.Answered) ? figures.MedianSeconds : null);
    }

    /// <summary>Explains the <c>(n = …)</c> mark of <see cref="Cell"/> under a trend table.</summary>
    public static string TableNote =>
        $"A figure marked (n = …) rests on fewer than {ClaimRules.MinimumTrendMentions} decided (rate) or answered (median) mentions and is left out of the trend charts.";

    /// <summary>What the trend charts leave out, for their captions and tables.</summary>
    public static string GapRule =>
        $"Weeks with fewer than {ClaimRules.MinimumTrendMentions} decided mentions (rate) or answered mentions (median) are not drawn: one mention swings a rate between 0% and 100%.";

    /// <summary>
    /// A week's figure in a trend table, marked with its count when the chart leaves it out, e.g. <c>100.0% (n = 1)</c>
    /// (<see cref="TableNote"/> explains the mark).
    /// </summary>
    public static string Cell(WeeklyFigures figures, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var text = measure == TrendMeasure.ResponseRate ? ReportFormat.Percent(figures.ResponseRate) : ReportFormat.Duration(figures.MedianSeconds);
        var n = measure == TrendMeasure.ResponseRate ? figures.Decided : figures.Answered;
        var raw = measure == TrendMeasure.ResponseRate ? figures.ResponseRate : figures.MedianSeconds;
        return raw is not null && Value(figures, measure) is null ? $"{text} (n = {ReportFormat.Count(n)})" : text;
    }

    /// <summary>The chart's title.</summary>
    public static string Title(TrendMeasure measure) => measure switch
    {
        TrendMeasure.ResponseRate => "Response rate by week",
        TrendMeasure.ShareOfVoice => "Share of voice by week",
        TrendMeasure.NegativeSentiment => "Negative sentiment by week (estimated)",
        _ => "Median first response by week",
    };

    /// <summary>Renders the chart.</summary>
    public static ChartSvg Render(IReadOnlyList<Line> lines, TrendMeasure measure, string idPrefix) =>
        ChartSvg.FromPlot(Build(lines, measure), Width, Height, idPrefix);

    /// <summary>Builds the plot.</summary>
    public static Plot Build(IReadOnlyList<Line> lines, TrendMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var plot = ChartStyle.NewPlot();
        var weeks = lines.SelectMany(l => l.Points.Select(p => p.Week)).Distinct().Order().ToList();
        var values = lines.SelectMany(l => l.Points).Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        var percent = measure != TrendMeasure.MedianResponse;
        double Y(double value) => percent ? value * 100 : Math.Log10(Math.Max(value, 1));

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var xs = new List<double>();
            var ys = new List<double>();
            for (var w = 0; w < line.Points.Count; w++)
            {
                // NaN breaks the line at weeks without a value; ScottPlot skips non-finite points.
                xs.Add(weeks.IndexOf(line.Points[w].Week));
                ys.Add(line.Points[w].Value is { } v ? Y(v) : double.NaN);
            }

            var scatter = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), ChartStyle.Palette.GetColor(i));
            scatter.LineWidth = 2;
            scatter.MarkerSize = 6;
            scatter.LegendText = line.Label;
            var whiskers = line.Intervals.Select((ci, w) => (ci, w)).Where(t => t.ci is not null && line.Points[t.w].Value is not null).ToList();
            if (whiskers.Count > 0)
            {
                var errors = plot.Add.ErrorBar(
                    whiskers.Select(t => (double)weeks.IndexOf(line.Points[t.w].Week)).ToArray(),
                    whiskers.Select(t => Y(line.Points[t.w].Value!.Value)).ToArray(),
                    whiskers.Select(_ => 0.0).ToArray());
                errors.YErrorNegative = whiskers.Select(t => Math.Max(0, Y(line.Points[t.w].Value!.Value) - Y(t.ci!.Value.Low))).ToArray();
                errors.YErrorPositive = whiskers.Select(t => Math.Max(0, Y(t.ci!.Value.High) - Y(line.Points[t.w].Value!.Value))).ToArray();
                errors.XErrorNegative = null;
                errors.XErrorPositive = null;
                errors.Color = ChartStyle.Palette.GetColor(i);
                errors.LineWidth = 1.5f;
            }
        }

        // At most about 13 week labels, so they stay legible on a narrow axis.
        var step = Math.Max(1, (int)Math.Ceiling(weeks.Count / 13.0));
        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(weeks.Select((w, i) => (i, w)).Where(t => t.i % step == 0 || t.i == weeks.Count - 1)
            .Select(t => ((double)t.i, "W" + t.w.Week.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
        if (percent)
        {
            plot.Axes.Left.TickGenerator = ChartStyle.Ticks(Enumerable.Range(0, 6).Select(i => (i * 20.0, $"{i * 20}%")));
            plot.Axes.SetLimits(-0.5, Math.Max(weeks.Count, 1) - 0.5, 0, 105);
            plot.YLabel(measure switch
            {
                TrendMeasure.ShareOfVoice => "Share of the industry's mentions",
                TrendMeasure.NegativeSentiment => "Share of mentions, negative",
                _ => "Answered within the window",
            });
        }
        else
        {
            var (low, high) = values.Count == 0 ? (60.0, 3600.0) : (values.Min(), values.Max());
            var ticks = EcdfChart.TickSeconds.Where(t => t >= EcdfChart.TickSeconds.Last(s => s <= Math.Max(low, 1)) && t <= EcdfChart.TickSeconds.FirstOrDefault(s => s >= high, high)).ToList();
            plot.Axes.Left.TickGenerator = ChartStyle.Ticks(ticks.Select(t => (Math.Log10(t), ReportFormat.Duration(t))));
            plot.Axes.SetLimits(-0.5, Math.Max(weeks.Count, 1) - 0.5, Math.Log10(ticks[0]) - 0.05, Math.Log10(ticks[^1]) + 0.05);
            plot.YLabel("Median (log scale)");
        }

        plot.XLabel(weeks.Count == 0 ? "ISO week" : $"ISO week ({weeks[0]} to {weeks[^1]})");
        plot.Title(Title(measure));
        if (lines.Count > 0)
        {
            plot.ShowLegend(Edge.Right); // outside the plot area: a legend must never cover data
        }

        return plot;
    }
}
