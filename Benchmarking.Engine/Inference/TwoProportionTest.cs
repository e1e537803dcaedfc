namespace Benchmarking.Engine.Inference;

/// <summary>
/// Two-sided comparison of two independent proportions (response rates: answered ÷ decided mentions).
/// </summary>
/// <remarks>
/// <para><b>Test</b>: pooled two-proportion z-test without continuity correction (equivalent to Pearson's χ² test on the
/// 2×2 table, χ² = z²). When p̄ is 0 or 1 (both groups all-or-nothing alike) the standard error is 0 and the result is
/// z = 0, p = 1.</para>
/// <para><b>Interval</b>: Newcombe's hybrid score interval (Newcombe 1998, method 10). With Wilson 95% score intervals
/// [lᵢ, uᵢ] of each pᵢ: lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²), d = p₁ − p₂.
/// Chosen over the unpooled Wald interval because response rates are often near 0 or 1, where Wald collapses to a point
/// or leaves [−1, 1]; Newcombe's interval stays inside [−1, 1] and has near-nominal coverage.</para>
/// <para><b>Effect size</b>: Cohen's h, the difference on the arcsine-square-root scale.</para>
/// <para><b>Empty group</b> (n₁ = 0 or n₂ = 0): its proportion is null and the rest is the null result: difference 0,
/// z = 0, p = 1, interval [−1, 1], h = 0.</para>
/// </remarks>
internal static class TwoProportionTest
{
    /// <summary>Compares x₁/n₁ with x₂/n₂.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or successes exceed trials.</exception>
    public static TwoProportionResult Test(long successes1, long trials1, long successes2, long trials2)
    {
        Check(successes1, trials1, nameof(successes1));
        Check(successes2, trials2, nameof(successes2));

        double? p1 = trials1 > 0 ? (double)successes1 / trials1 : null;
        double? p2 = trials2 > 0 ? (double)successes2 / trials2 : null;
        if (p1 is not { } a || p2 is not { } b)
        {
            return new TwoProportionResult(successes1, trials1, successes2, trials2, p1, p2, 0, 0, 1, new ConfidenceInterval(-1, 1), 0);
        }

        var difference = a - b;
        var pooled = (double)(successes1 + successes2) / (trials1 + trials2);
        var standardError = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / trials1) + (1.0 / trials2)));
        var z = standardError > 0 ? difference / standardError : 0.0;

        var (l1, u1) = Wilson(a, trials1);
        var (l2, u2) = Wilson(b, trials2);
        var lower = difference - Math.Sqrt(((a - l1) * (a - l1)) + ((u2 - b) * (u2 - b)));
        var upper = difference + Math.Sqrt(((u1 - a) * (u1 - a)) + ((b - l2) * (b - l2)));
        var h = (2 * Math.Asin(Math.Sqrt(a))) - (2 * Math.Asin(Math.Sqrt(b)));

        return new TwoProportionResult(
            successes1,
            trials1,
            successes2,
            trials2,
            a,
            b,
            difference,
            z,
            StandardNormal.TwoSidedP(z),
            new ConfidenceInterval(Math.Max(-1, lower), Math.Min(1, upper)),
            h);
    }

    /// <summary>Wilson 95% score interval of a proportion p observed in n ≥ 1 trials.</summary>
    internal static (double Lower, double Upper) Wilson(double p, long n)
    {
        var z = StandardNormal.Z95;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2.0 * n))) / denominator;
        var halfWidth = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return (Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth));
    }

    private static void Check(long successes, long trials, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes, name);
        ArgumentOutOfRangeException.ThrowIfNegative(trials, name);
        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(name, successes, $"Successes ({successes}) cannot exceed trials ({trials}).");
        }
    }
}
