using System.Globalization;

namespace Benchmarking.Reports.Charts;

/// <summary>
/// The data behind the first-response ECDF chart: for each distinct time t, the share of answered mentions answered
/// within t (F(t) = #{times ≤ t} / n). Pure functions, so tests can assert on what the chart draws.
/// </summary>
internal static class EcdfSeries
{
    /// <summary>Most points drawn per brand; see <see cref="ForChart"/>.</summary>
    public const int DefaultMaxPoints = 400;

    /// <summary>
    /// The exact ECDF steps: one point per distinct time, ascending, the last at share 1. Empty for no times.
    /// </summary>
    /// <param name="seconds">First-response times in seconds, in any order.</param>
    /// <exception cref="ArgumentException">A time is negative or not a finite number.</exception>
    public static IReadOnlyList<EcdfPoint> Compute(IReadOnlyList<double> seconds)
    {
        ArgumentNullException.ThrowIfNull(seconds);
        var sorted = Sorted(seconds);
        var points = new List<EcdfPoint>();
        var n = (double)sorted.Length;
        for (var i = 0; i < sorted.Length; i++)
        {
            // Emit a step only at the last of equal times: F(t) counts every time ≤ t.
            if (i + 1 < sorted.Length && sorted[i + 1] == sorted[i])
            {
                continue;
            }

            points.Add(new EcdfPoint(sorted[i], (i + 1) / n));
        }

        return points;
    }

    /// <summary>
    /// The ECDF thinned for drawing: the exact steps when there are at most <paramref name="maxPoints"/> of them,
    /// otherwise the exact ECDF points at shares k / <paramref name="maxPoints"/> (k = 1..maxPoints, each taken at the
    /// order statistic where it is first reached), plus the first step. Every returned point lies on the exact ECDF;
    /// the drawn step curve is off by less than 1 / maxPoints in share between points.
    /// </summary>
    public static IReadOnlyList<EcdfPoint> ForChart(IReadOnlyList<double> seconds, int maxPoints = DefaultMaxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        var exact = Compute(seconds);
        if (exact.Count <= maxPoints)
        {
            return exact;
        }

        // Pick from the exact steps: the first step reaching each target share, deduplicated, plus the first step.
        var thinned = new List<EcdfPoint> { exact[0] };
        var j = 0;
        for (var k = 1; k <= maxPoints; k++)
        {
            var target = (double)k / maxPoints;
            while (j < exact.Count - 1 && exact[j].Share < target - 1e-12)
            {
                j++;
            }

            if (exact[j] != thinned[^1])
            {
                thinned.Add(exact[j]);
            }
        }

        return thinned;
    }

    private static double[] Sorted(IReadOnlyList<double> seconds)
    {
        var sorted = seconds.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]) || sorted[i] < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"response time #{i + 1} is {sorted[i]}; response times must be finite and ≥ 0 seconds"),
                    nameof(seconds));
            }
        }

        Array.Sort(sorted);
        return sorted;
    }
}
