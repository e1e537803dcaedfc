namespace Benchmarking.Engine.History;

/// <summary>
/// One brand's week compared with the week before and with the last four weeks (see <see cref="WeeklyHistory"/> for
/// every definition). Deltas are this week minus the previous week; null when either week is missing or the two
/// snapshots used different methodologies.
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Name">Display name (this week's, else the previous week's).</param>
/// <param name="Industry">Industry (this week's, else the previous week's).</param>
/// <param name="Current">This week; null when the brand had no mentions this week.</param>
/// <param name="Previous">The previous ISO week; null when it had no mentions then or that week has no snapshot.</param>
/// <param name="ScoreDelta">Change of the care score, points.</param>
/// <param name="RankChange">Places moved up (positive) or down (negative); null unless ranked in both weeks in the same industry.</param>
/// <param name="ResponseRateDelta">Change of the response rate (fraction, e.g. 0.05 = +5 percentage points).</param>
/// <param name="MedianDeltaSeconds">Change of the median first-response time, seconds (negative is faster).</param>
/// <param name="FourWeekTrend">Least-squares slope of the care score over this week and the three before, points per week; null with fewer than two of those weeks scored.</param>
/// <param name="FourWeekPoints">How many of those four weeks had a score for the brand.</param>
/// <param name="Eligibility">Whether the brand entered or left the ranking.</param>
/// <param name="Moves">Every component's change, largest absolute contribution first; empty without both weeks.</param>
public sealed record BrandWeekChange(
    string BrandId,
    string Name,
    string Industry,
    WeeklyBrandResult? Current,
    WeeklyBrandResult? Previous,
    double? ScoreDelta,
    int? RankChange,
    double? ResponseRateDelta,
    double? MedianDeltaSeconds,
    double? FourWeekTrend,
    int FourWeekPoints,
    EligibilityChange Eligibility,
    IReadOnlyList<ComponentMove> Moves)
{
    /// <summary>The component that moved the score most (the reason for a score or rank movement); null without both weeks.</summary>
    public ComponentMove? MainMove => Moves.Count > 0 ? Moves[0] : null;
}
