namespace Benchmarking.Engine.Inference;

/// <summary>What the data allow a report to say about a difference or a change (see <c>ClaimRules</c>).</summary>
public enum ClaimStrength
{
    /// <summary>No bootstrap replicates were drawn, so nothing is said about uncertainty.</summary>
    NotMeasured,

    /// <summary>Too little data to judge: below the eligibility minimum, or a zero-width score interval.</summary>
    NotEnoughData,

    /// <summary>The replicates do not support the order: statistically tied.</summary>
    Tied,

    /// <summary>The leader is ahead in at least the tie confidence of the replicates, on enough data.</summary>
    Supported,
}
