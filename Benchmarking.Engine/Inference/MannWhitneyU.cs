namespace Benchmarking.Engine.Inference;

/// <summary>
/// Two-sided Mann–Whitney U (Wilcoxon rank-sum) test of whether response times in X tend to be smaller or larger than
/// in Y, with the normal approximation.
/// </summary>
/// <remarks>
/// <para>Ranks of the pooled n = n₁ + n₂ values, ties getting their average (mid) rank. U = R_X − n₁(n₁ + 1)/2, the sum
/// of X's ranks minus its minimum; equivalently #(x &gt; y) + ½ #(x = y) over all pairs.</para>
/// <para>Under H₀: E U = n₁n₂/2 and, with tie correction, Var U = n₁n₂/12 · [(n + 1) − Σ(tₖ³ − tₖ)/(n(n − 1))] over
/// the groups of tₖ tied values. Z = sign(U − EU)·max(0, |U − EU| − ½)/√Var U (continuity correction ½); p = 2·Φ(−|Z|).
/// This is scipy's <c>mannwhitneyu(x, y, method="asymptotic")</c> (default <c>use_continuity=True</c>). The
/// approximation is good from about 8 per group; CareBench compares brands with ≥ 50 mentions.</para>
/// <para>Degenerate inputs give the null result: an empty sample → U = 0, Z = 0, p = 1, r = 0, P = ½; all values tied
/// (Var U = 0) → Z = 0, p = 1 (and r = 0, P = ½ since U = n₁n₂/2).</para>
/// </remarks>
internal static class MannWhitneyU
{
    /// <summary>Tests X against Y (order matters only for the sign of Z and the effect sizes).</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static MannWhitneyResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        CheckFinite(x, nameof(x));
        CheckFinite(y, nameof(y));

        int n1 = x.Count, n2 = y.Count;
        if (n1 == 0 || n2 == 0)
        {
            return new MannWhitneyResult(n1, n2, 0, 0, 1, 0, 0.5);
        }

        // Pool, sort by value (X before Y at a tie only for determinism; ties get the same mid rank either way).
        var pooled = x.Select(v => (Value: v, IsX: true)).Concat(y.Select(v => (Value: v, IsX: false)))
            .OrderBy(p => p.Value).ThenBy(p => p.IsX ? 0 : 1).ToArray();
        double n = pooled.Length;
        double rankSumX = 0, tieSum = 0;
        for (var i = 0; i < pooled.Length;)
        {
            var j = i;
            while (j < pooled.Length && pooled[j].Value == pooled[i].Value)
            {
                j++;
            }

            var midRank = (i + 1 + j) / 2.0; // average of ranks i+1 … j
            double t = j - i;
            tieSum += (t * t * t) - t;
            for (var k = i; k < j; k++)
            {
                if (pooled[k].IsX)
                {
                    rankSumX += midRank;
                }
            }

            i = j;
        }

        double pairs = (double)n1 * n2;
        var u = rankSumX - (n1 * (n1 + 1.0) / 2.0);
        var mean = pairs / 2.0;
        var variance = pairs / 12.0 * ((n + 1) - (tieSum / (n * (n - 1))));
        var z = 0.0;
        if (variance > 0)
        {
            var corrected = Math.Max(0.0, Math.Abs(u - mean) - 0.5);
            z = Math.Sign(u - mean) * corrected / Math.Sqrt(variance);
        }

        var r = 1.0 - (2.0 * u / pairs);
        return new MannWhitneyResult(n1, n2, u, z, StandardNormal.TwoSidedP(z), r, 1.0 - (u / pairs));
    }

    private static void CheckFinite(IReadOnlyList<double> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"Value {i} is {values[i]}; response times must be finite.", name);
            }
        }
    }
}
