namespace Benchmarking.Engine.Inference;

/// <summary>The verdict of <c>ClaimRules.Difference</c> on two scores.</summary>
/// <param name="Strength">What may be said.</param>
/// <param name="ShareAhead">Share of replicates in which the first score exceeds the second (ties half); null without replicates.</param>
/// <param name="Reason">
/// Why there is not enough data, naming the brand or week and its figure, e.g. <c>Qantas has 1 mention (minimum 50)</c>;
/// null unless <see cref="Strength"/> is <see cref="ClaimStrength.NotEnoughData"/>.
/// </param>
public sealed record ClaimVerdict(ClaimStrength Strength, double? ShareAhead, string? Reason)
{
    /// <summary>
    /// 95% percentile interval of the first score minus the second over the paired replicates (replicate r of every brand
    /// belongs together); null without replicates.
    /// </summary>
    public ConfidenceInterval? DifferenceInterval { get; init; }

    /// <summary>True when the difference may be called statistically supported.</summary>
    public bool Supported => Strength == ClaimStrength.Supported;
}
