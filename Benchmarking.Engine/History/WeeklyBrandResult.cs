using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.History;

/// <summary>One brand's week in a <see cref="WeeklySnapshot"/>: the figures its scorecard and the history need.</summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Name">Display name at the time of the snapshot.</param>
/// <param name="Industry">Industry it was ranked in.</param>
/// <param name="Rank">1-based rank in its industry; null when not eligible (fewer mentions than the minimum).</param>
/// <param name="TieGroup">Statistical tie group within the industry, as in the leaderboard; null when none.</param>
/// <param name="Mentions">Inbound mentions in the week.</param>
/// <param name="Answered">Mentions answered within the answer window.</param>
/// <param name="Pending">Mentions still inside the answer window at the as-of time (excluded from rates).</param>
/// <param name="ResponseRate">Answered / decided, 0..1; null when nothing is decided.</param>
/// <param name="MedianSeconds">Median first-response time of answered mentions; null when none.</param>
/// <param name="Score">Care score, 0–100.</param>
/// <param name="ScoreLower">Lower end of the 95% bootstrap interval of the score; null when not computed.</param>
/// <param name="ScoreUpper">Upper end of that interval; null when not computed.</param>
/// <param name="Components">Component scores and weights, in methodology order.</param>
public sealed record WeeklyBrandResult(
    string BrandId,
    string Name,
    string Industry,
    int? Rank,
    int? TieGroup,
    long Mentions,
    long Answered,
    long Pending,
    double? ResponseRate,
    double? MedianSeconds,
    double Score,
    double? ScoreLower,
    double? ScoreUpper,
    IReadOnlyList<ComponentScore> Components)
{
    /// <summary>Whether the brand was ranked (had at least the minimum mentions).</summary>
    public bool Eligible => Rank is not null;

    /// <summary>Value equality including the component list (records compare lists by reference).</summary>
    public bool Equals(WeeklyBrandResult? other) =>
        other is not null
        && BrandId == other.BrandId && Name == other.Name && Industry == other.Industry && Rank == other.Rank
        && TieGroup == other.TieGroup && Mentions == other.Mentions && Answered == other.Answered && Pending == other.Pending
        && ResponseRate.Equals(other.ResponseRate) && MedianSeconds.Equals(other.MedianSeconds) && Score.Equals(other.Score)
        && ScoreLower.Equals(other.ScoreLower) && ScoreUpper.Equals(other.ScoreUpper) && Components.SequenceEqual(other.Components);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BrandId, Rank, Mentions, Score);
}
