using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>An industry's care scores as horizontal bars, rank 1 at the top.</summary>
internal static class ScoreBarChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Height per bar in pixels; the chart is at least <see cref="MinHeight"/> tall.</summary>
    public const int PixelsPerBar = 28;

    /// <summary>Smallest chart height in pixels.</summary>
    public const int MinHeight = 200;

    /// <summary>Chart height for <paramref name="bars"/> bars.</summary>
    public static int HeightFor(int bars) => Math.Max(MinHeight, 90 + (bars * PixelsPerBar));

    /// <summary>The bars drawn, top to bottom: (position, score, brand name).</summary>
    public static IReadOnlyList<(double Position, double Score, string Label)> Bars(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var n = leaderboard.Ranked.Count;
        return leaderboard.Ranked.Select((b, i) => ((double)(n - 1 - i), b.Score.Total, b.Brand.Name)).ToList();
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
            Label = ReportFormat.Score(b.Score),
        }).ToList());
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(bars.Select(b => (b.Position, b.Label)));
        plot.Axes.Bottom.TickGenerator = ChartStyle.ScoreTicks();
        plot.Axes.SetLimits(0, 110, -0.6, Math.Max(bars.Count, 1) - 0.4);
        plot.XLabel("Care score (0–100)");
        plot.Title("Care score by brand");
        return plot;
    }
}
