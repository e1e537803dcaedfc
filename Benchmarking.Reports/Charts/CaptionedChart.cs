namespace Benchmarking.Reports.Charts;

/// <summary>A chart with its caption, for pages that show a variable number of charts.</summary>
/// <remarks>Public only because Razor components are always public and take it as a parameter.</remarks>
/// <param name="Chart">The chart.</param>
/// <param name="Caption">Caption (plain text; encoded when rendered).</param>
public sealed record CaptionedChart(ChartSvg Chart, string Caption);
