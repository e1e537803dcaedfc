using MathNet.Numerics.Distributions;

namespace Benchmarking.Engine.Inference;

/// <summary>The standard normal quantities every test here uses.</summary>
internal static class StandardNormal
{
    /// <summary>z₀.₉₇₅ = Φ⁻¹(0.975) ≈ 1.959964: the multiplier of a two-sided 95% interval.</summary>
    public static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    /// <summary>
    /// Two-sided p-value of a standard normal statistic: 2·Φ(−|z|), at most 1. Computed from the lower tail so that small
    /// p-values keep their precision. Returns 1 for z = 0 and throws for NaN.
    /// </summary>
    public static double TwoSidedP(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), "The statistic is NaN; a degenerate input must be handled by the caller.");
        }

        return Math.Min(1.0, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
    }
}
