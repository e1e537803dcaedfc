namespace Benchmarking.Engine.Inference;

/// <summary>A log-rank comparison of two groups' time to first response with censoring (see <see cref="LogRankTest"/>).</summary>
/// <param name="N1">Mentions in group 1.</param>
/// <param name="N2">Mentions in group 2.</param>
/// <param name="Observed1">O₁: answered mentions in group 1.</param>
/// <param name="Expected1">E₁: answers expected in group 1 if both groups had the same hazard of being answered.</param>
/// <param name="Observed2">O₂: answered mentions in group 2.</param>
/// <param name="Expected2">E₂ = O₁ + O₂ − E₁.</param>
/// <param name="Variance">V: hypergeometric variance of O₁ − E₁.</param>
/// <param name="ChiSquare">(O₁ − E₁)² / V, χ² with 1 degree of freedom; 0 when V = 0.</param>
/// <param name="PValue">P(χ²₁ ≥ ChiSquare) = 2·Φ(−√ChiSquare); 1 when V = 0.</param>
public sealed record LogRankResult(
    int N1,
    int N2,
    double Observed1,
    double Expected1,
    double Observed2,
    double Expected2,
    double Variance,
    double ChiSquare,
    double PValue)
{
    /// <summary>
    /// True when group 1 is answered faster than the null hypothesis expects (O₁ &gt; E₁: more of its mentions were
    /// answered, earlier, than a common hazard predicts).
    /// </summary>
    public bool FirstIsFaster => Observed1 > Expected1;
}
