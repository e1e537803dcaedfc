using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// An industry's care scores as horizontal bars, rank 1 at the top, with the 95% bootstrap interval of each score as an
/// error bar where it was computed. Tick labels carry the tie mark (<c>=</c>) of statistically tied brands.
/// </summary>
internal static class ScoreBarChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Height per bar in pixels; the chart is at least <see cref="MinHeight"/> tall.</summary>
    public const int PixelsPerBar = 28;

    /// <summary>Smallest chart height in pixels.</summary>
    public const int MinHeight = 200;

    /// <summary>The chart's caption.</summary>
    public const string Caption =
        "Care score (0–100) of each ranked brand; whiskers show the 95% bootstrap interval where computed. = marks statistically tied brands.";

    /// <summary>Right end of the score axis: the score's own maximum, never beyond it.</summary>
    public const double AxisEnd = 100;

    /// <summary>
    /// One bar: vertical position (rank 1 highest), score, tick label (the brand and its score, so the value never has
    /// to sit beside a whisker or beyond 100), and the interval ends when computed.
    /// </summary>
    public sealed record ScoreBar(double Position, double Score, string Label, double? Low, double? High);

    /// <summary>Chart height for <paramref name="bars"/> bars.</summary>
    public static int HeightFor(int bars) => Math.Max(MinHeight, 90 + (bars * PixelsPerBar));

    /// <summary>The bars drawn, top to bottom.</summary>
    public static IReadOnlyList<ScoreBar> Bars(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var n = leaderboard.Ranked.Count;
        return leaderboard.Ranked.Select((b, i) => new ScoreBar(
            n - 1 - i,
            b.Score.Total,
            $"{(b.TieGroup is null ? string.Empty : ReportText.TieMark + " ")}{b.Brand.Name} · {ReportFormat.Score(b.Score.Total)}",
            b.Uncertainty?.Score?.Lower,
            b.Uncertainty?.Score?.Upper)).ToList();
    }

    /// <summary>Renders the chart.</summary>
    public static ChartSvg Render(Leaderboard leaderboard, string idPrefix = "scores") =>
        ChartSvg.FromPlot(Build(leaderboard), Width, HeightFor(leaderboard.Ranked.Count), idPrefix);

    /// <summary>Builds the plot.</summary>
    public static Plot Build(Leaderboard leaderboard)
    {
        var bars = Bars(leaderboard);
        var plot = ChartStyle.NewPlot();
        var barPlot = plot.Add.Bars(bars.Select(b => new Bar
        {
            Position = b.Position,
            Value = b.Score,
            Size = 0.7,
            FillColor = ChartStyle.Palette.GetColor(2),
            LineWidth = 0,
        }).ToList());
        barPlot.Horizontal = true;

        var whiskers = bars.Where(b => b.Low is not null && b.High is not null).ToList();
        if (whiskers.Count > 0)
        {
            var errors = plot.Add.ErrorBar(
                whiskers.Select(b => b.Score).ToArray(),
                whiskers.Select(b => b.Position).ToArray(),
                whiskers.Select(_ => 0.0).ToArray());
            errors.YErrorPositive = null;
            errors.YErrorNegative = null;
            errors.XErrorNegative = whiskers.Select(b => Math.Max(0, b.Score - b.Low!.Value)).ToArray();
            errors.XErrorPositive = whiskers.Select(b => Math.Max(0, b.High!.Value - b.Score)).ToArray();
            errors.Color = Colors.Black;
            errors.LineWidth = 1.5f;
        }

        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(bars.Select(b => (b.Position, b.Label)));
        plot.Axes.Bottom.TickGenerator = ChartStyle.ScoreTicks();
        plot.Axes.SetLimits(0, AxisEnd, -0.6, Math.Max(bars.Count, 1) - 0.4);
        plot.XLabel("Care score (0–100)");
        plot.Title("Care score by brand");
        return plot;
    }
}
