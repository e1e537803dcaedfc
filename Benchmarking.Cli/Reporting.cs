using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports;

namespace Benchmarking.Cli;

/// <summary>
/// The one place the CLI calls the report writers of <c>Benchmarking.Reports</c>. Each method writes HTML and Markdown
/// under <c>outputDirectory</c> (created if missing) and returns the full paths, which the commands print.
/// </summary>
internal static class Reporting
{
    /// <summary>Writes the side-by-side comparison (<c>compare-{id}-vs-{id}.html/.md</c> unless <paramref name="baseName"/> is given).</summary>
    public static IReadOnlyList<string> WriteComparison(Comparison comparison, string outputDirectory, string? baseName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteComparisonAsync(comparison, outputDirectory, baseName, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>Writes one industry leaderboard (<c>leaderboard-{industry}.html/.md</c>).</summary>
    public static IReadOnlyList<string> WriteLeaderboard(BenchmarkResult result, Leaderboard leaderboard, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        return ReportWriter.WriteLeaderboardAsync(result, leaderboard, outputDirectory, cancellationToken: cancellationToken).GetAwaiter().GetResult();
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
}
