using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// One headline figure of a few brands against their industry: a dot per brand on a shaded band from the industry's
/// lower to upper quartile, with a black line at the industry median (<see cref="IndustryBenchmark"/>).
/// </summary>
internal static class IndustryBandChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>Chart height for <paramref name="brands"/> brands.</summary>
    public static int HeightFor(int brands) => 130 + (36 * Math.Max(brands, 1));

    /// <summary>The figure of a brand, in the figure's own unit (score points, a 0..1 rate, seconds); null when it has none.</summary>
    public static double? Value(RankedBrand brand, HeadlineFigure figure)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return figure switch
        {
            HeadlineFigure.Score => brand.Score.Total,
            HeadlineFigure.ResponseRate => brand.Metrics.ResponseRate,
            _ => brand.Metrics.FirstResponse.MedianSeconds,
        };
    }

    /// <summary>The industry's quartiles of the figure; null when it has too few ranked brands.</summary>
    public static Quartiles? Band(IndustryBenchmark industry, HeadlineFigure figure)
    {
        ArgumentNullException.ThrowIfNull(industry);
        return figure switch
        {
            HeadlineFigure.Score => industry.Score,
            HeadlineFigure.ResponseRate => industry.ResponseRate,
            _ => industry.MedianSeconds,
        };
    }

    /// <summary>The chart's title, e.g. <c>Care score against airlines</c>.</summary>
    public static string Title(HeadlineFigure figure, string industry) => figure switch
    {
        HeadlineFigure.Score => "Care score",
        HeadlineFigure.ResponseRate => "Response rate",
        _ => "Median first response",
    } + " against " + industry;

    /// <summary>The caption of a chart of <paramref name="industry"/>.</summary>
    public static string Caption(IndustryBenchmark industry)
    {
        ArgumentNullException.ThrowIfNull(industry);
        return $"Each dot is a brand; the shaded band runs from the lower to the upper quartile of the {ReportFormat.Plural(industry.Brands, "ranked brand")} of {industry.Industry}, the black line is their median.";
    }

    /// <summary>The three charts (score, response rate, median first response) of <paramref name="brands"/> against their industry; none when the industry has too few ranked brands.</summary>
    public static IReadOnlyList<CaptionedChart> Render(IReadOnlyList<RankedBrand> brands, IndustryBenchmark industry, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(industry);
        if (!industry.Enough)
        {
            return [];
        }

        return Enum.GetValues<HeadlineFigure>()
            .Select(figure => new CaptionedChart(
                ChartSvg.FromPlot(Build(brands, industry, figure), Width, HeightFor(brands.Count), $"{idPrefix}-{figure.ToString().ToLowerInvariant()}"),
                Caption(industry)))
            .ToList();
    }

    /// <summary>Builds the plot of one figure.</summary>
    public static Plot Build(IReadOnlyList<RankedBrand> brands, IndustryBenchmark industry, HeadlineFigure figure)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(industry);
        var plot = ChartStyle.NewPlot();
        double X(double value) => figure switch
        {
            HeadlineFigure.ResponseRate => value * 100,
            HeadlineFigure.MedianResponse => Math.Log10(Math.Max(value, 1)),
            _ => value,
        };

        var values = brands.Select(b => Value(b, figure)).OfType<double>().ToList();
        if (Band(industry, figure) is { } q)
        {
            var band = plot.Add.HorizontalSpan(X(q.Lower), X(q.Upper));
            band.FillStyle.Color = Colors.Gray.WithAlpha(0.25);
            band.LineStyle.Width = 0;
            band.LegendText = "industry quartiles";
            var median = plot.Add.VerticalLine(X(q.Median));
            median.Color = Colors.Black;
            // Solid: Skia's SVG writer cannot draw a dash pattern and says so on the console.
            median.LineWidth = 1.5f;
            median.LegendText = "industry median";
            values.AddRange([q.Lower, q.Upper]);
        }

        var n = brands.Count;
        for (var i = 0; i < n; i++)
        {
            if (Value(brands[i], figure) is { } v)
            {
                var dot = plot.Add.Scatter(new[] { X(v) }, new[] { (double)(n - 1 - i) }, ChartStyle.Palette.GetColor(i));
                dot.LineWidth = 0;
                dot.MarkerSize = 12;
                dot.LegendText = brands[i].Brand.Name;
            }
        }

        plot.Axes.Left.TickGenerator = ChartStyle.Ticks(brands.Select((b, i) => ((double)(n - 1 - i), b.Brand.Name)));
        var (bottom, top) = (-0.6, Math.Max(n, 1) - 0.4);
        switch (figure)
        {
            case HeadlineFigure.MedianResponse:
                var (low, high) = values.Count == 0 ? (60.0, 3600.0) : (values.Min(), values.Max());
                var ticks = EcdfChart.TickSeconds.Where(t => t >= EcdfChart.TickSeconds.Last(s => s <= Math.Max(low, 1)) && t <= EcdfChart.TickSeconds.FirstOrDefault(s => s >= high, high)).ToList();
                plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(ticks.Select(t => (Math.Log10(t), ReportFormat.Duration(t))));
                plot.Axes.SetLimits(Math.Log10(ticks[0]) - 0.05, Math.Log10(ticks[^1]) + 0.05, bottom, top);
                plot.XLabel("Median first response (log scale)");
                break;
            case HeadlineFigure.ResponseRate:
                plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(Enumerable.Range(0, 6).Select(i => (i * 20.0, $"{i * 20}%")));
                plot.Axes.SetLimits(-2, 102, bottom, top); // a dot at 0 or 100 stays whole
                plot.XLabel("Response rate");
                break;
            default:
                plot.Axes.Bottom.TickGenerator = ChartStyle.ScoreTicks();
                plot.Axes.SetLimits(-2, 102, bottom, top); // a dot at 0 or 100 stays whole
                plot.XLabel("Care score (0–100)");
                break;
        }

        plot.Title(Title(figure, industry.Industry));
        plot.ShowLegend(Edge.Right); // outside the plot area: a legend must never cover data
        return plot;
    }
}
