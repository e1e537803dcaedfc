using Benchmarking.Reports.Exports;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports;
using Benchmarking.Reports.Output;

namespace Benchmarking.Cli;

/// <summary>
/// The one place the CLI calls the report writers of <c>Benchmarking.Reports</c>. Each method writes HTML and Markdown
/// under <c>outputDirectory</c> (created if missing) and returns the full paths, which the commands print.
/// </summary>
internal static class Reporting
{
    /// <summary>Writes the side-by-side comparison (<c>compare-{id}-vs-{id}.html/.md</c> unless <paramref name="baseName"/> is given).</summary>
    public static IReadOnlyList<string> WriteComparison(Comparison comparison, string outputDirectory, string? baseName = null, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteComparisonAsync(comparison, outputDirectory, baseName, cancellationToken, charts).GetAwaiter().GetResult();
    }

    /// <summary>Writes one industry leaderboard (<c>leaderboard-{industry}.html/.md</c>).</summary>
    public static IReadOnlyList<string> WriteLeaderboard(BenchmarkResult result, Leaderboard leaderboard, string outputDirectory, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteLeaderboardAsync(result, leaderboard, outputDirectory, cancellationToken: cancellationToken, chartFormats: charts).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the run summary (<c>summary.html/.md</c>: accounting, window, methodology, findings) and every industry
    /// leaderboard it links to; returns the summary's paths first.
    /// </summary>
    public static IReadOnlyList<string> WriteRunSummary(BenchmarkResult result, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteRunSummaryAsync(result, outputDirectory, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>Writes the weekly scorecard of one brand (<c>scorecard-{id}-{yyyy}-w{ww}.html/.md</c>).</summary>
    public static IReadOnlyList<string> WriteScorecard(Scorecard card, string outputDirectory, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? charts = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteScorecardAsync(card, outputDirectory, cancellationToken: cancellationToken, chartFormats: charts).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Prints every HTML report among <paramref name="paths"/> to PDF next to it with headless Chromium; returns the PDF
    /// paths. Call after the HTML and Markdown paths were printed, so they are listed even when the PDF fails.
    /// </summary>
    /// <exception cref="ChromiumNotFoundException">Chromium is not installed (the message says how to install it).</exception>
    /// <exception cref="ChromiumException">A print failed or timed out.</exception>
    public static IReadOnlyList<string> PrintPdf(IReadOnlyList<string> paths, CancellationToken cancellationToken = default, PaperSize paper = PaperSize.A4)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return PdfPrinter.PrintAsync(paths, cancellationToken: cancellationToken, paper: paper).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes the data behind a report when <c>--data</c> was given: the brands (metrics and scores) and rankings tables
    /// of <paramref name="result"/> in the listed formats under <c>&lt;out&gt;/export/</c>; nothing when it was not.
    /// </summary>
    public static IReadOnlyList<string> WriteData(BenchmarkResult result, IReadOnlyList<ExportFormat>? formats, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (formats is null)
        {
            return [];
        }

        var options = new ExportOptions
        {
            Formats = formats,
            Tables = [ExportTableKind.Brands, ExportTableKind.Rankings],
        };
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new UsageException("--data: " + string.Join("; ", problems) + ".");
        }

        return DataExporter.Write(result, [], outputDirectory, options, cancellationToken);
    }
}
