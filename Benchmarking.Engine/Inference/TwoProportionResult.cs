namespace Benchmarking.Engine.Inference;

/// <summary>A two-sided comparison of two proportions, e.g. two brands' response rates (see <see cref="TwoProportionTest"/>).</summary>
/// <param name="Successes1">x₁: successes in group 1 (answered mentions).</param>
/// <param name="Trials1">n₁: trials in group 1 (decided mentions).</param>
/// <param name="Successes2">x₂: successes in group 2.</param>
/// <param name="Trials2">n₂: trials in group 2.</param>
/// <param name="Proportion1">p₁ = x₁/n₁ (0–1); null when n₁ = 0.</param>
/// <param name="Proportion2">p₂ = x₂/n₂ (0–1); null when n₂ = 0.</param>
/// <param name="Difference">p₁ − p₂ (share, −1 … 1); 0 when a group is empty.</param>
/// <param name="Z">Pooled z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂); 0 when undefined.</param>
/// <param name="PValue">Two-sided p-value 2·Φ(−|Z|); 1 when undefined.</param>
/// <param name="DifferenceInterval">95% interval of p₁ − p₂ by Newcombe's hybrid score method (Wilson score intervals
/// of each proportion combined); [−1, 1] when a group is empty.</param>
/// <param name="CohenH">Cohen's h = 2·asin√p₁ − 2·asin√p₂ (radians; |h| ≈ 0.2 small, 0.5 medium, 0.8 large); 0 when a
/// group is empty.</param>
public sealed record TwoProportionResult(
    long Successes1,
    long Trials1,
    long Successes2,
    long Trials2,
    double? Proportion1,
    double? Proportion2,
    double Difference,
    double Z,
    double PValue,
    ConfidenceInterval DifferenceInterval,
    double CohenH)
{
    /// <summary>True when both groups have at least one trial (otherwise the result is the documented null result).</summary>
    public bool IsInformative => Trials1 > 0 && Trials2 > 0;
}
