using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports;
using Benchmarking.Reports.Output;

namespace Benchmarking.Cli;

/// <summary>
/// One week, end to end, in an order that keeps every earlier result intact whatever fails or is killed:
/// <list type="number">
/// <item>repair leftovers of an interrupted earlier run of the week (<see cref="AtomicDirectory.Recover"/>);</item>
/// <item>evaluate the week (read only);</item>
/// <item>write its reports into a temporary sibling folder;</item>
/// <item>replace the week's snapshot in the store (delete + insert, one transaction);</item>
/// <item>swap the temporary folder in for the week's folder;</item>
/// <item>rewrite the index from the store.</item>
/// </list>
/// A failure before step 4 changes nothing; after it, the store holds the new snapshot and the published folder is
/// either the old complete one or the new complete one; rerunning the week brings the reports in line.
/// </summary>
internal static class WeeklyRun
{
    /// <summary>Runs the week. The caller holds the <see cref="WeeklyLock"/> and has ingested the run's files.</summary>
    /// <param name="benchmark">The open store.</param>
    /// <param name="week">The week.</param>
    /// <param name="metricsOptions">Answer window and as-of time (the period is set to the week).</param>
    /// <param name="scoreOptions">Methodology.</param>
    /// <param name="ingests">Accounting of the files this run ingested.</param>
    /// <param name="weeklyRoot">The weekly folder (<c>out/weekly</c>).</param>
    /// <param name="checkpoint">Test seam: called after each completed stage; an exception from it aborts the run there.</param>
    /// <param name="cancellationToken">Cancels between stages and files.</param>
    public static WeeklyRunResult Execute(
        CareBenchmark benchmark,
        IsoWeek week,
        MetricsOptions metricsOptions,
        ScoreOptions scoreOptions,
        IReadOnlyList<IngestSummary> ingests,
        string weeklyRoot,
        Action<WeeklyStage>? checkpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var target = Path.Combine(weeklyRoot, week.ToString());
        var recovered = AtomicDirectory.Recover(target);

        var evaluation = benchmark.EvaluateWeek(week, metricsOptions, scoreOptions, ingests);
        var brands = evaluation.Result.AllBrands.Where(b => b.Metrics.Mentions > 0).Select(b => b.Brand).ToList();
        var scorecards = benchmark.Scorecards(brands, week, evaluation.Result, new ScorecardOptions { Week = week }, metricsOptions, scoreOptions);
        checkpoint?.Invoke(WeeklyStage.Evaluated);
        var history = benchmark.Snapshots().Where(s => s.Week != week).Append(evaluation.Snapshot).OrderBy(s => s.Week).ToList();
        var comparison = WeeklyHistory.Compare(history, week);

        var temp = AtomicDirectory.CreateTemp(target);
        IReadOnlyList<string> written;
        try
        {
            written = WeeklyReportWriter.WriteWeekAsync(evaluation, comparison, history, scorecards, temp, cancellationToken).GetAwaiter().GetResult();
            checkpoint?.Invoke(WeeklyStage.ReportsWritten);
            cancellationToken.ThrowIfCancellationRequested();
            benchmark.SaveSnapshot(evaluation.Snapshot);
            checkpoint?.Invoke(WeeklyStage.SnapshotStored);
            AtomicDirectory.Replace(temp, target);
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        checkpoint?.Invoke(WeeklyStage.FolderPublished);
        var files = written.Select(f => Path.Combine(target, Path.GetRelativePath(temp, f))).ToList();
        files.AddRange(WeeklyReportWriter.WriteIndexAsync(benchmark.Snapshots(), weeklyRoot, cancellationToken).GetAwaiter().GetResult());
        checkpoint?.Invoke(WeeklyStage.IndexWritten);
        return new WeeklyRunResult(evaluation, comparison, target, files, recovered);
    }
}
