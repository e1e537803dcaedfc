namespace Benchmarking.Engine.Inference;

/// <summary>A two-sided Mann–Whitney U test of sample X against sample Y (see <see cref="MannWhitneyU"/>).</summary>
/// <param name="N1">Size of X.</param>
/// <param name="N2">Size of Y.</param>
/// <param name="U">U of X = R_X − n₁(n₁ + 1)/2 = #(x &gt; y) + ½ #(x = y) over all n₁n₂ pairs (scipy's <c>statistic</c>);
/// 0 … n₁n₂. For response times, a small U means X is faster.</param>
/// <param name="Z">Continuity- and tie-corrected normal score, signed like U − n₁n₂/2 (negative: X tends to be smaller).</param>
/// <param name="PValue">Two-sided p-value 2·Φ(−|Z|), at most 1.</param>
/// <param name="RankBiserial">r = 1 − 2U/(n₁n₂) = P(X &lt; Y) − P(X &gt; Y), in [−1, 1]; positive: X tends to be smaller
/// (faster).</param>
/// <param name="ProbabilityXBelowY">Common-language effect size P(X &lt; Y) + ½ P(X = Y) = 1 − U/(n₁n₂) = (1 + r)/2:
/// the chance that a random X response is faster than a random Y response, ties counting half.</param>
public sealed record MannWhitneyResult(int N1, int N2, double U, double Z, double PValue, double RankBiserial, double ProbabilityXBelowY)
{
    /// <summary>True when both samples are non-empty (otherwise the result is the documented null result).</summary>
    public bool IsInformative => N1 > 0 && N2 > 0;
}
