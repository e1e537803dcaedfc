namespace Benchmarking.Cli;

/// <summary>The steps of a weekly run, in order; a test seam reports each one as it completes (see <see cref="WeeklyRun"/>).</summary>
internal enum WeeklyStage
{
    /// <summary>The week is evaluated; nothing is written yet.</summary>
    Evaluated,

    /// <summary>The week's reports are in the temporary folder; the store and the published folder are unchanged.</summary>
    ReportsWritten,

    /// <summary>The snapshot replaced the week's earlier one in the store (committed).</summary>
    SnapshotStored,

    /// <summary>The temporary folder replaced the week's folder.</summary>
    FolderPublished,

    /// <summary>The index of every week is rewritten.</summary>
    IndexWritten,
}
