namespace Benchmarking.Engine.History;

/// <summary>A week's snapshot with every brand's change against the previous ISO week and its four-week trend.</summary>
/// <param name="Snapshot">This week.</param>
/// <param name="Previous">The previous ISO week's snapshot; null when none is stored.</param>
/// <param name="Comparable">True when the previous snapshot exists and used the same methodology (deltas are computed).</param>
/// <param name="Note">Why deltas are missing, when they are; null otherwise.</param>
/// <param name="Changes">One per brand with mentions in either week: by industry, then this week's rank (unranked after ranked, brands gone last), then id.</param>
public sealed record WeekComparison(
    WeeklySnapshot Snapshot,
    WeeklySnapshot? Previous,
    bool Comparable,
    string? Note,
    IReadOnlyList<BrandWeekChange> Changes);
