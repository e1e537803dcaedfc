using ScottPlot;

namespace Benchmarking.Reports.Charts;

/// <summary>Look shared by every chart: font, palette, tick helpers.</summary>
internal static class ChartStyle
{
    /// <summary>
    /// Font used for chart text. On Debian/Ubuntu it comes from the <c>fonts-dejavu-core</c> package; without it the
    /// chart renderer falls back to another installed font (text still renders, metrics differ).
    /// </summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>Colour-blind-friendly palette (Okabe–Ito order), one colour per brand in comparison order.</summary>
    public static readonly IPalette Palette = new ScottPlot.Palettes.ColorblindFriendly();

    /// <summary>A new plot with the house font and a white background.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    /// <summary>Manual ticks labelled by us, so no tick label depends on the renderer's number formatting or culture.</summary>
    public static ScottPlot.TickGenerators.NumericManual Ticks(IEnumerable<(double Position, string Label)> ticks)
    {
        var generator = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (position, label) in ticks)
        {
            generator.AddMajor(position, label);
        }

        return generator;
    }

    /// <summary>Ticks 0, 20, …, 100 for a 0–100 score axis.</summary>
    public static ScottPlot.TickGenerators.NumericManual ScoreTicks() =>
        Ticks(Enumerable.Range(0, 6).Select(i => (i * 20.0, (i * 20).ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
