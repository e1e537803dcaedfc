using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Output;

namespace Benchmarking.Reports;

/// <summary>
/// Writes reports of a benchmark run to a directory: each report as a self-contained HTML file and a Markdown file with
/// the same base name. File names are deterministic; every file is written atomically (temporary file, then move).
/// Rendering is pure: the same input gives byte-identical files.
/// </summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the comparison of two or more brands as <c>{baseName}.html</c> and <c>{baseName}.md</c>.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="outputDirectory">Directory to write to; created if missing.</param>
    /// <param name="baseName">File name without extension; null for <c>compare-{id}-vs-{id}</c> from the brand ids.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <param name="chartFormats">Also write every chart in these formats beside the report (<see cref="ChartFiles"/>); none when null.</param>
    /// <returns>The full paths written, HTML first, chart files last.</returns>
    public static async Task<IReadOnlyList<string>> WriteComparisonAsync(
        Comparison comparison, string outputDirectory, string? baseName = null, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? chartFormats = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Brands.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one brand", nameof(comparison));
        }

        var name = CheckBaseName(baseName ?? ReportNames.Comparison(comparison));
        var html = await HtmlReports.ComparisonAsync(comparison);
        return await WriteAsync(outputDirectory, name, html, ComparisonMarkdown.Render(comparison), cancellationToken, Charts(chartFormats, () => ReportCharts.Comparison(comparison)), chartFormats);
    }

    /// <summary>
    /// Writes the weekly scorecard of one brand as <c>{baseName}.html</c> and <c>{baseName}.md</c> into
    /// <paramref name="outputDirectory"/>; callable once per brand and week into any folder (e.g. a weekly index).
    /// </summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="outputDirectory">Directory to write to; created if missing.</param>
    /// <param name="baseName">File name without extension; null for <c>scorecard-{id}-{yyyy}-w{ww}</c>.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <param name="chartFormats">Also write every chart in these formats beside the report; none when null.</param>
    /// <returns>The full paths written: HTML, Markdown, the one-slide executive summary (<c>{baseName}-summary.html</c>), then chart files.</returns>
    public static async Task<IReadOnlyList<string>> WriteScorecardAsync(
        Scorecard card, string outputDirectory, string? baseName = null, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? chartFormats = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var name = CheckBaseName(baseName ?? ReportNames.Scorecard(card));
        var html = await HtmlReports.ScorecardAsync(card);
        var written = await WriteAsync(outputDirectory, name, html, ScorecardMarkdown.Render(card), cancellationToken, Charts(chartFormats, () => ReportCharts.Scorecard(card)), chartFormats);
        cancellationToken.ThrowIfCancellationRequested();
        var summary = Path.Combine(Path.GetFullPath(outputDirectory), name + "-summary.html");
        await AtomicFile.WriteAllTextAsync(summary, await HtmlReports.ExecutiveSummaryAsync(card), cancellationToken);
        return [written[0], written[1], summary, .. written.Skip(2)];
    }

    /// <summary>Writes one industry's leaderboard as <c>{baseName}.html</c> and <c>{baseName}.md</c>.</summary>
    /// <param name="result">The run (window, methodology, findings).</param>
    /// <param name="leaderboard">The industry's leaderboard.</param>
    /// <param name="outputDirectory">Directory to write to; created if missing.</param>
    /// <param name="baseName">File name without extension; null for <c>leaderboard-{industry}</c>.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <param name="chartFormats">Also write the chart in these formats beside the report; none when null.</param>
    /// <returns>The full paths written, HTML first, chart files last.</returns>
    public static async Task<IReadOnlyList<string>> WriteLeaderboardAsync(
        BenchmarkResult result, Leaderboard leaderboard, string outputDirectory, string? baseName = null, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? chartFormats = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        var name = CheckBaseName(baseName ?? ReportNames.Leaderboard(leaderboard.Industry));
        var html = await HtmlReports.LeaderboardAsync(result, leaderboard);
        return await WriteAsync(outputDirectory, name, html, LeaderboardMarkdown.Render(result, leaderboard), cancellationToken, Charts(chartFormats, () => ReportCharts.Leaderboard(leaderboard)), chartFormats);
    }

    /// <summary>
    /// Writes the run summary (<c>summary.html</c>, <c>summary.md</c>) and every industry's leaderboard it links to
    /// (<c>leaderboard-{industry}.html/.md</c>, see <see cref="ReportNames.Leaderboards"/>).
    /// </summary>
    /// <param name="result">The run.</param>
    /// <param name="outputDirectory">Directory to write to; created if missing.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <param name="chartFormats">Also write the leaderboards' charts in these formats beside them; none when null.</param>
    /// <returns>The full paths written: the summary's first, then each leaderboard's in leaderboard order.</returns>
    public static async Task<IReadOnlyList<string>> WriteRunSummaryAsync(
        BenchmarkResult result, string outputDirectory, CancellationToken cancellationToken = default, IReadOnlyList<ChartFormat>? chartFormats = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The leaderboards first, the summary that links them last: each file is replaced atomically, so a run stopped
        // part-way never leaves a new summary pointing at leaderboards that are missing or from an earlier run.
        var boards = new List<string>();
        var names = ReportNames.Leaderboards(result.Leaderboards);
        for (var i = 0; i < result.Leaderboards.Count; i++)
        {
            boards.AddRange(await WriteLeaderboardAsync(result, result.Leaderboards[i], outputDirectory, names[i], cancellationToken, chartFormats));
        }

        var html = await HtmlReports.SummaryAsync(result);
        var written = new List<string>(await WriteAsync(outputDirectory, ReportNames.Summary, html, SummaryMarkdown.Render(result), cancellationToken));
        written.AddRange(boards);
        return written;
    }

    /// <summary>
    /// Writes the text-quality report (<c>quality.html</c>, <c>quality.md</c>): per brand, mention sentiment and intent,
    /// response rate over actionable mentions, sentiment recovery, canned replies, channel deflection, hedging and
    /// recurring issues, with the example post ids behind each figure and the (pseudonymised) example posts.
    /// </summary>
    /// <param name="quality">Per-brand text quality (<see cref="TextQuality.Compute"/>), in the order to print.</param>
    /// <param name="result">The run, for brand display names and the data window; null to name brands by id.</param>
    /// <param name="outputDirectory">Directory to write to; created if missing.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <param name="customersShown">True when the examples carry real customer handles: the privacy note says so.</param>
    /// <param name="registry">The brand registry, for display names of brands the run does not know (or without a run).</param>
    /// <returns>The full paths written, HTML first.</returns>
    public static async Task<IReadOnlyList<string>> WriteQualityAsync(
        IReadOnlyList<BrandQuality> quality, BenchmarkResult? result, string outputDirectory, CancellationToken cancellationToken = default, bool customersShown = false, BrandRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(quality);
        var html = await HtmlReports.QualityAsync(quality, result, customersShown, registry);
        return await WriteAsync(outputDirectory, ReportNames.Quality, html, QualityMarkdown.Render(quality, result, customersShown, registry), cancellationToken);
    }

    /// <summary>
    /// Writes <c>{baseName}.html</c> and <c>{baseName}.md</c> into <paramref name="outputDirectory"/> (created if missing),
    /// each atomically; with <paramref name="charts"/> and <paramref name="chartFormats"/>, also the chart files, which the
    /// Markdown then links.
    /// </summary>
    /// <returns>The full paths written, HTML first, chart files last.</returns>
    internal static async Task<IReadOnlyList<string>> WriteAsync(
        string outputDirectory, string baseName, string html, string markdown, CancellationToken cancellationToken,
        IReadOnlyList<CaptionedChart>? charts = null, IReadOnlyList<ChartFormat>? chartFormats = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var directory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(directory);
        var htmlPath = Path.Combine(directory, baseName + ".html");
        var markdownPath = Path.Combine(directory, baseName + ".md");
        var chartPaths = charts is null || chartFormats is null ? [] : ChartFiles.Write(directory, baseName, charts, chartFormats, cancellationToken);
        if (charts is not null && chartFormats is not null)
        {
            markdown += ChartFiles.MarkdownSection(baseName, charts, chartFormats);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await AtomicFile.WriteAllTextAsync(htmlPath, html, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await AtomicFile.WriteAllTextAsync(markdownPath, markdown, cancellationToken);
        return [htmlPath, markdownPath, .. chartPaths];
    }

    /// <summary>The report's charts when chart files were asked for; null (nothing drawn twice) otherwise.</summary>
    private static IReadOnlyList<CaptionedChart>? Charts(IReadOnlyList<ChartFormat>? formats, Func<IReadOnlyList<CaptionedChart>> charts) =>
        formats is { Count: > 0 } ? charts() : null;

    private static string CheckBaseName(string baseName)
    {
        if (string.IsNullOrWhiteSpace(baseName)
            || baseName is "." or ".."
            || baseName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || baseName.Contains('/', StringComparison.Ordinal)
            || baseName.Contains('\\', StringComparison.Ordinal))
        {
            throw new ArgumentException($"report base name '{baseName}' must be a plain file name without directory or extension", nameof(baseName));
        }

        return baseName;
    }
}
