using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>
/// Why brand A's care score differs from brand B's: the difference decomposed exactly into weighted component
/// differences (Σ Points = A.Total − B.Total), largest contribution first.
/// </summary>
/// <param name="A">First brand.</param>
/// <param name="B">Second brand.</param>
/// <param name="Contributions">Per component, ordered by |Points| descending, then id.</param>
/// <param name="Summary">One plain-language sentence, e.g. "Delta ranks above JetBlue mainly because of speed: +7.2 points."</param>
public sealed record ScoreExplanation(RankedBrand A, RankedBrand B, IReadOnlyList<ComponentContribution> Contributions, string Summary)
{
    /// <summary>A's score minus B's.</summary>
    public double Difference => A.Score.Total - B.Score.Total;

    /// <summary>
    /// Share of bootstrap replicates in which A's score exceeds B's (ties counting half), 0–1; null when the run kept no
    /// replicates (bootstrap off).
    /// </summary>
    public double? ShareAhead { get; init; }

    /// <summary>
    /// True when the replicates support the order of the two scores (the leader is ahead in at least
    /// <see cref="ScoreOptions.TieConfidence"/> of them), false when the scores are statistically tied; null without replicates.
    /// </summary>
    public bool? Distinguishable { get; init; }

    /// <summary>One sentence on whether the difference is supported by the bootstrap; null without replicates.</summary>
    public string? Certainty { get; init; }

    /// <summary>The small-sample verdict on the difference (<see cref="ClaimRules.Difference"/>); null when not judged.</summary>
    public ClaimVerdict? Claim { get; init; }
}
