using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Tables;
using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>Component scores of several brands side by side: one group per component, one bar per brand.</summary>
internal static class ComponentScoreChart
{
    /// <summary>Chart width in pixels.</summary>
    public const int Width = 800;

    /// <summary>The chart's caption in a comparison.</summary>
    public const string Caption = "Score components (0–100) per brand.";

    /// <summary>Chart height in pixels.</summary>
    public const int Height = 400;

    /// <summary>One bar: group (component) index, bar position, score and brand index.</summary>
    public sealed record BarSpec(int Component, double Position, double Score, int Brand);

    /// <summary>The bars drawn: brands in order within each component group, groups at 0, 1, 2, ….</summary>
    public static IReadOnlyList<BarSpec> Bars(IReadOnlyList<RankedBrand> brands, out IReadOnlyList<string> componentNames, out double barWidth)
    {
        ArgumentNullException.ThrowIfNull(brands);
        var components = ReportText.Components(brands.Select(b => b.Score));
        componentNames = components.Select(c => c.Name).ToList();
        barWidth = 0.8 / Math.Max(1, brands.Count);
        var bars = new List<BarSpec>();
        for (var c = 0; c < components.Count; c++)
        {
            for (var b = 0; b < brands.Count; b++)
            {
                var component = brands[b].Score.Components.FirstOrDefault(x => string.Equals(x.Id, components[c].Id, StringComparison.Ordinal));
                if (component is not null)
                {
                    bars.Add(new BarSpec(c, c + ((b - ((brands.Count - 1) / 2.0)) * barWidth), component.Score, b));
                }
            }
        }

        return bars;
    }

    /// <summary>Renders the chart.</summary>
    public static ChartSvg Render(IReadOnlyList<RankedBrand> brands, string idPrefix = "components") =>
        ChartSvg.FromPlot(Build(brands), Width, Height, idPrefix);

    /// <summary>Builds the plot.</summary>
    public static Plot Build(IReadOnlyList<RankedBrand> brands)
    {
        var specs = Bars(brands, out var componentNames, out var barWidth);
        var plot = ChartStyle.NewPlot();
        plot.Add.Bars(specs.Select(s => new Bar
        {
            Position = s.Position,
            Value = s.Score,
            Size = barWidth * 0.95,
            FillColor = ChartStyle.Palette.GetColor(s.Brand),
            LineWidth = 0,
        }).ToList());

        plot.Legend.ManualItems.AddRange(brands.Select((b, i) => new LegendItem
        {
            LabelText = b.Brand.Name,
            FillColor = ChartStyle.Palette.GetColor(i),
        }));
        plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(componentNames.Select((name, i) => ((double)i, TickLabel(name))));
        plot.Axes.Left.TickGenerator = ChartStyle.ScoreTicks();
        plot.Axes.SetLimits(-0.5, Math.Max(componentNames.Count, 1) - 0.5, 0, 105);
        plot.YLabel("Component score (0–100)");
        plot.Title("Score components");
        plot.ShowLegend(Edge.Right); // outside the plot area: a legend must never cover data
        return plot;
    }

    /// <summary>
    /// A component name as a tick label: two-word names over two lines, so that neighbours such as "Originality" and
    /// "Same-channel resolution" never run into each other under their bars.
    /// </summary>
    internal static string TickLabel(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? name : string.Concat(name.AsSpan(0, space), "\n", name.AsSpan(space + 1));
    }
}
