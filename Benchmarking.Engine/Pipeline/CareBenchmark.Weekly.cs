using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Weekly snapshots: evaluate one ISO week, store it (replacing that week), read the history back.</summary>
public sealed partial class CareBenchmark
{
    /// <summary>
    /// Evaluates exactly <paramref name="week"/> (mentions from Monday 00:00 UTC, inclusive, to the next Monday,
    /// exclusive) with <see cref="Evaluate"/> and builds its snapshot. <paramref name="metricsOptions"/>' period is
    /// replaced by the week; its answer window and as-of time are kept (a null as-of means the latest stored post, so
    /// replies that arrive after the week still count when the week is recomputed).
    /// </summary>
    public WeeklyEvaluation EvaluateWeek(IsoWeek week, MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, IReadOnlyList<IngestSummary>? ingests = null)
    {
        var options = (metricsOptions ?? new MetricsOptions()) with { From = week.Start, To = week.End };
        var result = Evaluate(options, scoreOptions, ingests);
        var brands = result.AllBrands.ToList();
        var accounting = new SnapshotAccounting(
            SnapshotTables.PostsBetween(warehouse, week.Start, week.End),
            brands.Sum(b => b.Metrics.Mentions),
            brands.Sum(b => b.Metrics.Pending),
            result.Store.Posts,
            result.Store.Sources,
            result.Ingests.Sum(i => i.Read),
            result.Ingests.Sum(i => i.Accepted),
            result.Ingests.Sum(i => i.Rejected));
        return new WeeklyEvaluation(result, WeeklySnapshot.From(week, result, accounting));
    }

    /// <summary>
    /// Stores <paramref name="snapshot"/>, replacing any earlier snapshot of the same week in one transaction: a week is
    /// never stored twice and never mixed with another; on failure the earlier snapshot stays as it was.
    /// </summary>
    public void SaveSnapshot(WeeklySnapshot snapshot) => SnapshotTables.Replace(warehouse, snapshot);

    /// <summary>Test seam of <see cref="SaveSnapshot(WeeklySnapshot)"/>: <paramref name="beforeCommit"/> runs inside the transaction.</summary>
    internal void SaveSnapshot(WeeklySnapshot snapshot, Action? beforeCommit) => SnapshotTables.Replace(warehouse, snapshot, beforeCommit);

    /// <summary>
    /// Deletes the stored snapshot of <paramref name="week"/> in one transaction; returns whether one was stored. On
    /// failure the snapshot stays as it was.
    /// </summary>
    public bool RemoveSnapshot(IsoWeek week) => SnapshotTables.Delete(warehouse, week);

    /// <summary>Every stored weekly snapshot, earliest week first.</summary>
    public IReadOnlyList<WeeklySnapshot> Snapshots() => SnapshotTables.LoadAll(warehouse);

    /// <summary>The latest plausible post time in the store (<see cref="Warehouse.LatestPostTime"/>), or null when it holds no posts (for "the last week with data").</summary>
    public DateTimeOffset? LatestPostTime() =>
        warehouse.LatestPostTime() is { } latest ? new DateTimeOffset(DateTime.SpecifyKind(latest, DateTimeKind.Utc)) : null;
}
