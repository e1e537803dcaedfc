using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// Log-rank (Mantel–Cox) test that two groups of mentions have the same time-to-first-response distribution, with
/// unanswered and pending mentions right-censored as in <see cref="KaplanMeier"/>.
/// </summary>
/// <remarks>
/// At each distinct answer time t (pooled), with nⱼ at risk (observed time ≥ t, censored-at-t included: events before
/// censorings) and dⱼ answers in group j, n = n₁ + n₂, d = d₁ + d₂: E₁ += d·n₁/n and V += d·(n₁/n)(n₂/n)(n − d)/(n − 1)
/// (for n &gt; 1). χ² = (O₁ − E₁)²/V with 1 degree of freedom, no continuity correction (R's <c>survdiff</c>, rho = 0).
/// Degenerate input (an empty group, no answers, V = 0) gives χ² = 0 and p = 1.
/// </remarks>
internal static class LogRankTest
{
    /// <summary>Compares group 1 with group 2.</summary>
    /// <exception cref="ArgumentException">An outcome is <c>default(MentionOutcome)</c>.</exception>
    public static LogRankResult Test(IReadOnlyList<MentionOutcome> first, IReadOnlyList<MentionOutcome> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        for (var i = 0; i < first.Count; i++)
        {
            MentionOutcome.CheckDefined(first[i], i, nameof(first));
        }

        for (var i = 0; i < second.Count; i++)
        {
            MentionOutcome.CheckDefined(second[i], i, nameof(second));
        }

        var times1 = first.Select(o => o.ObservedSeconds).Order().ToArray();
        var times2 = second.Select(o => o.ObservedSeconds).Order().ToArray();
        var eventTimes = first.Concat(second).Where(o => o.IsEvent).Select(o => o.ObservedSeconds).Distinct().Order().ToArray();

        var answers1 = first.Where(o => o.IsEvent).GroupBy(o => o.ObservedSeconds).ToDictionary(g => g.Key, g => g.Count());
        var answers2 = second.Where(o => o.IsEvent).GroupBy(o => o.ObservedSeconds).ToDictionary(g => g.Key, g => g.Count());
        double observed1 = answers1.Values.Sum(), observed2 = answers2.Values.Sum();
        double expected1 = 0, variance = 0;
        foreach (var t in eventTimes)
        {
            double n1 = AtRisk(times1, t), n2 = AtRisk(times2, t);
            double d1 = answers1.GetValueOrDefault(t), d2 = answers2.GetValueOrDefault(t);
            double n = n1 + n2, d = d1 + d2;
            expected1 += d * n1 / n;
            if (n > 1)
            {
                variance += d * (n1 / n) * (n2 / n) * (n - d) / (n - 1);
            }
        }

        var expected2 = observed1 + observed2 - expected1;
        if (variance <= 0)
        {
            return new LogRankResult(first.Count, second.Count, observed1, expected1, observed2, expected2, 0, 0, 1);
        }

        var chiSquare = (observed1 - expected1) * (observed1 - expected1) / variance;
        // For 1 df, P(χ² ≥ q) = 2Φ(−√q); the normal tail keeps precision where 1 − ChiSquared.CDF would round to 0.
        var p = StandardNormal.TwoSidedP(Math.Sqrt(chiSquare));
        return new LogRankResult(first.Count, second.Count, observed1, expected1, observed2, expected2, variance, chiSquare, p);
    }

    /// <summary>Number of sorted times ≥ t.</summary>
    private static int AtRisk(double[] sortedTimes, double t)
    {
        int lo = 0, hi = sortedTimes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] < t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return sortedTimes.Length - lo;
    }
}
