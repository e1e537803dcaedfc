namespace Benchmarking.Engine.History;

/// <summary>
/// The rows behind a weekly snapshot. Week counts come from the store and do not depend on how the run was started;
/// the run counts are those of the files ingested by the run that computed the snapshot (zero when it ingested none).
/// </summary>
/// <param name="WeekPosts">Stored posts timed inside the week (customers' and brands').</param>
/// <param name="WeekMentions">Inbound mentions in the week, over every brand with mentions.</param>
/// <param name="WeekPending">Of those, mentions still pending at the as-of time.</param>
/// <param name="StorePosts">Posts in the whole store.</param>
/// <param name="StoreSources">Distinct input files ingested into the store so far.</param>
/// <param name="RunRowsRead">Rows read from the files the run ingested.</param>
/// <param name="RunRowsAccepted">Of those, rows accepted (new or already stored).</param>
/// <param name="RunRowsRejected">Of those, rows rejected, each with a reason in its rejects file.</param>
public sealed record SnapshotAccounting(
    long WeekPosts,
    long WeekMentions,
    long WeekPending,
    long StorePosts,
    long StoreSources,
    long RunRowsRead,
    long RunRowsAccepted,
    long RunRowsRejected);
