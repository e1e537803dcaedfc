using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Markdown;

namespace Benchmarking.Reports.Output;

/// <summary>
/// Writes a report's charts as image files beside it, named <c>{report}-{chart}.{png|svg}</c> (e.g.
/// <c>compare-delta-vs-american-airlines-trend-rate.png</c>), each atomically; and the Markdown section linking them.
/// </summary>
internal static class ChartFiles
{
    /// <summary>Writes every chart in every format; returns the full paths in chart order, formats in the order given.</summary>
    public static IReadOnlyList<string> Write(string directory, string baseName, IReadOnlyList<CaptionedChart> charts, IReadOnlyList<ChartFormat> formats, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(formats);
        var written = new List<string>();
        foreach (var chart in charts)
        {
            foreach (var format in formats.Distinct())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(directory, FileName(baseName, chart.Chart, format));
                AtomicFile.Write(path, temp =>
                {
                    if (format == ChartFormat.Png)
                    {
                        File.WriteAllBytes(temp, chart.Chart.Png());
                    }
                    else
                    {
                        File.WriteAllText(temp, chart.Chart.SvgFile());
                    }
                });
                written.Add(path);
            }
        }

        return written;
    }

    /// <summary>The file name of one chart, e.g. <c>scorecard-delta-2017-w44-trend-rate.png</c>.</summary>
    public static string FileName(string baseName, ChartSvg chart, ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return $"{baseName}-{chart.Name}.{(format == ChartFormat.Png ? "png" : "svg")}";
    }

    /// <summary>
    /// The Markdown section linking the written charts (the first format given, PNG before SVG when both), each under
    /// its caption; empty when no chart or format.
    /// </summary>
    public static string MarkdownSection(string baseName, IReadOnlyList<CaptionedChart> charts, IReadOnlyList<ChartFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(formats);
        if (charts.Count == 0 || formats.Count == 0)
        {
            return string.Empty;
        }

        var format = formats.Contains(ChartFormat.Png) ? ChartFormat.Png : ChartFormat.Svg;
        var builder = new System.Text.StringBuilder();
        MarkdownText.AppendHeading(builder, 2, "Chart files");
        foreach (var chart in charts)
        {
            var file = FileName(baseName, chart.Chart, format);
            // The link is Markdown, not text: the caption is escaped, the file name (a slug) needs no escaping.
            builder.Append($"![{MarkdownText.Escape(chart.Caption)}]({Uri.EscapeDataString(file)})\n\n");
        }

        return builder.ToString();
    }
}
