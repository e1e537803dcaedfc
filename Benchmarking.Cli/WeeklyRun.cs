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
    /// <summary>
    /// Removes the snapshot of <paramref name="week"/> and its published folder, then rewrites the index. The folder is
    /// first renamed aside (one rename), then the snapshot is deleted in one transaction; if that fails the folder is
    /// renamed back, so either both go or neither does. The caller holds the <see cref="WeeklyLock"/>.
    /// </summary>
    /// <returns>The index files rewritten.</returns>
    /// <exception cref="UsageException">No snapshot of the week is stored.</exception>
    public static IReadOnlyList<string> Remove(CareBenchmark benchmark, IsoWeek week, string weeklyRoot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        if (benchmark.Snapshots().All(s => s.Week != week))
        {
            throw new UsageException($"--remove {week}: no snapshot of that week is stored; 'carebench weekly' lists the stored weeks in {Path.Combine(weeklyRoot, "index.md")}.");
        }

        var target = Path.Combine(weeklyRoot, week.ToString());
        var aside = Path.Combine(weeklyRoot, $".{week}.{Guid.NewGuid():N}.removing");
        var moved = Directory.Exists(target);
        if (moved)
        {
            Directory.Move(target, aside);
        }

        try
        {
            benchmark.RemoveSnapshot(week);
        }
        catch
        {
            if (moved)
            {
                Directory.Move(aside, target);
            }

            throw;
        }

        if (moved)
        {
            Directory.Delete(aside, recursive: true);
        }

        return WeeklyReportWriter.WriteIndexAsync(benchmark.Snapshots(), weeklyRoot, cancellationToken).GetAwaiter().GetResult();
    }

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

        var (evaluation, scorecards) = benchmark.EvaluateWeekWithScorecards(week, new ScorecardOptions { Week = week, UseCache = true }, metricsOptions, scoreOptions, ingests);
        if (evaluation.Snapshot.Accounting.WeekMentions == 0)
        {
            // An empty week would stay in the index as a week nobody was measured in: refuse before anything is written.
            throw new UsageException($"Week {week} has no mentions in the store ({evaluation.Snapshot.Accounting.StorePosts} posts stored in all): nothing was stored or published. Ingest that week's data first, or omit --week for the last complete week of the data.");
        }

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
