using Benchmarking.Engine.History;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports;

/// <summary>
/// Writes the weekly reports: a week's folder (<c>{weekly}/2017-W44/</c>: leaderboards per industry, the summary of every
/// brand's week and every brand's scorecard) and the index of every week (<c>{weekly}/index.html/.md</c>).
/// Rendering is pure: the same snapshots give byte-identical files.
/// </summary>
public static class WeeklyReportWriter
{
    /// <summary>Weeks of history in a week summary's trend charts.</summary>
    internal const int SummaryTrendWeeks = 8;

    /// <summary>Weeks of history in the index's trend charts.</summary>
    internal const int IndexTrendWeeks = 52;

    /// <summary>
    /// Writes one week's reports into <paramref name="folder"/> (created if missing; normally a temporary folder that
    /// <see cref="AtomicDirectory.Replace"/> then publishes).
    /// </summary>
    /// <param name="evaluation">The week's result and snapshot.</param>
    /// <param name="comparison">The week compared with the week before (<see cref="WeeklyHistory.Compare"/>).</param>
    /// <param name="history">Every snapshot, this week's included, for the trend charts.</param>
    /// <param name="scorecards">The week's per-brand scorecards (<see cref="Engine.Pipeline.CareBenchmark.Scorecards"/>); may be empty.</param>
    /// <param name="folder">Folder to write into.</param>
    /// <param name="cancellationToken">Cancels between files.</param>
    /// <returns>The full paths written: the summary's first, then the leaderboards', then the scorecards'.</returns>
    public static async Task<IReadOnlyList<string>> WriteWeekAsync(
        WeeklyEvaluation evaluation, WeekComparison comparison, IReadOnlyList<WeeklySnapshot> history, IReadOnlyList<Scorecard> scorecards, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(scorecards);
        var result = evaluation.Result;
        var names = ReportNames.Leaderboards(result.Leaderboards);
        var leaderboards = result.Leaderboards.Select((b, i) => (b.Industry, names[i])).ToList();
        var written = new List<string>();
        var weeks = ScoreTrendChart.Weeks(history, comparison.Snapshot.Week, SummaryTrendWeeks);
        var charts = new Dictionary<string, ChartSvg>(StringComparer.Ordinal);
        foreach (var industry in WeeklyTables.Industries(comparison))
        {
            if (ScoreTrendChart.Render(history, industry, weeks, $"trend{charts.Count + 1}") is { } chart)
            {
                charts[industry] = chart;
            }
        }

        var cards = scorecards.Select(c => (c.Brand.Name, ReportNames.Scorecard(c))).ToList();
        var html = await HtmlPages.RenderAsync<WeeklySummaryPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(WeeklySummaryPage.Comparison)] = comparison,
            [nameof(WeeklySummaryPage.Leaderboards)] = leaderboards,
            [nameof(WeeklySummaryPage.Charts)] = charts,
            [nameof(WeeklySummaryPage.Scorecards)] = cards,
        });
        written.AddRange(await ReportWriter.WriteAsync(folder, WeeklyTables.SummaryName, html, WeeklyMarkdown.Summary(comparison, leaderboards, cards), cancellationToken));
        for (var i = 0; i < result.Leaderboards.Count; i++)
        {
            written.AddRange(await ReportWriter.WriteLeaderboardAsync(result, result.Leaderboards[i], folder, names[i], cancellationToken));
        }

        foreach (var card in scorecards)
        {
            written.AddRange(await ReportWriter.WriteScorecardAsync(card, folder, ReportNames.Scorecard(card), cancellationToken));
        }

        return written;
    }

    /// <summary>Writes <c>index.html</c> and <c>index.md</c> into <paramref name="weeklyRoot"/>, each atomically.</summary>
    /// <returns>The full paths written, HTML first.</returns>
    public static async Task<IReadOnlyList<string>> WriteIndexAsync(IReadOnlyList<WeeklySnapshot> history, string weeklyRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        var charts = new List<(string Industry, ChartSvg Chart)>();
        if (history.Count > 0)
        {
            var weeks = ScoreTrendChart.Weeks(history, history.Max(s => s.Week), IndexTrendWeeks);
            foreach (var industry in history.SelectMany(s => s.Brands).Select(b => b.Industry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                if (ScoreTrendChart.Render(history, industry, weeks, $"trend{charts.Count + 1}") is { } chart)
                {
                    charts.Add((industry, chart));
                }
            }
        }

        var html = await HtmlPages.RenderAsync<WeeklyIndexPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(WeeklyIndexPage.History)] = history,
            [nameof(WeeklyIndexPage.Charts)] = charts,
        });
        return await ReportWriter.WriteAsync(weeklyRoot, WeeklyTables.IndexName, html, WeeklyMarkdown.Index(history), cancellationToken);
    }
}
