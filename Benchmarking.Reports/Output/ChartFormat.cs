namespace Benchmarking.Reports.Output;

/// <summary>An image format the charts of a report can also be written in, beside the report (<c>--charts</c>).</summary>
public enum ChartFormat
{
    /// <summary>PNG at the chart's size in pixels, for slides.</summary>
    Png,

    /// <summary>Standalone SVG (the same drawing the HTML embeds), for print and editing.</summary>
    Svg,
}
