using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Pipeline;

/// <summary>How a brand's rank and score moved from last week to this week, and why (methodology §8 decomposition).</summary>
/// <param name="RankThisWeek">Rank in the industry this week; null when not ranked.</param>
/// <param name="RankLastWeek">Rank last week; null when not ranked.</param>
/// <param name="RankedThisWeek">Brands ranked in the industry this week.</param>
/// <param name="RankedLastWeek">Brands ranked in the industry last week.</param>
/// <param name="ScoreChange">This week's score minus last week's; null when either week has no mentions.</param>
/// <param name="Contributions">
/// The score change by component: weight × (this week's component score − last week's), summing to
/// <paramref name="ScoreChange"/>, largest |points| first; empty when either week has no mentions.
/// </param>
/// <param name="Summary">Plain-language sentences: how the rank moved and which component moved the score most.</param>
public sealed record RankMovement(
    int? RankThisWeek,
    int? RankLastWeek,
    int RankedThisWeek,
    int RankedLastWeek,
    double? ScoreChange,
    IReadOnlyList<ComponentContribution> Contributions,
    IReadOnlyList<string> Summary)
{
    /// <summary>Places gained (positive: moved up) when ranked both weeks; null otherwise.</summary>
    public int? PlacesGained => RankThisWeek is { } now && RankLastWeek is { } before ? before - now : null;

    /// <summary>
    /// Share of bootstrap replicates in which this week's score exceeds last week's (ties half); null without replicates.
    /// </summary>
    public double? ShareHigher { get; init; }

    /// <summary>The small-sample verdict on the score change (<see cref="ClaimRules.Difference"/>); null when not judged.</summary>
    public Inference.ClaimVerdict? Claim { get; init; }
}
