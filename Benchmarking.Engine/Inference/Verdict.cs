using System.Globalization;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// Plain-language sentences for the comparison tests, for reports. Significance is judged at the 5% level (two-sided,
/// "significant at 95%"). Numbers use the invariant culture. Brand names are inserted as given: pass display names
/// from the registry, never post text, and encode the sentence for the output format (HTML) as with any other text.
/// </summary>
/// <remarks>
/// p-values print as "p &lt; 0.001" below 0.001, with 3 decimals below 0.1 and 2 decimals otherwise; when rounding would
/// put a p-value on the other side of 0.05 (0.0496 → "0.050"), more decimals are shown so the printed value agrees
/// with the verdict. Probabilities print with 2 decimals, shares as percentages with 1 decimal, differences of shares in
/// percentage points with 1 decimal.
/// </remarks>
public static class Verdict
{
    /// <summary>The significance level α: a difference is significant when p &lt; α.</summary>
    public const double Alpha = 0.05;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Who answers faster by a Mann–Whitney test of <paramref name="first"/>'s (X) against <paramref name="second"/>'s (Y)
    /// response times, e.g. "Virgin answers faster; the difference is significant at 95% (Mann–Whitney p = 0.003,
    /// P(faster) = 0.64)." P(faster) is the common-language effect size for the faster brand: the chance that a random
    /// response of it is faster than a random response of the other, ties counting half.
    /// </summary>
    public static string ResponseTimes(string first, string second, MannWhitneyResult result)
    {
        CheckNames(first, second);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsInformative)
        {
            return $"There are not enough answered mentions to compare how fast {first} and {second} answer.";
        }

        var p = FormatP(result.PValue);
        if (result.ProbabilityXBelowY == 0.5)
        {
            return $"{first} and {second} answer equally fast in this sample; there is no difference to test (Mann–Whitney {p}).";
        }

        var firstFaster = result.ProbabilityXBelowY > 0.5;
        var faster = firstFaster ? first : second;
        var probability = (firstFaster ? result.ProbabilityXBelowY : 1 - result.ProbabilityXBelowY).ToString("0.00", Invariant);
        return result.PValue < Alpha
            ? $"{faster} answers faster; the difference is significant at 95% (Mann–Whitney {p}, P(faster) = {probability})."
            : $"{faster} answers faster in this sample, but the difference is not statistically significant at 95% (Mann–Whitney {p}, P(faster) = {probability}).";
    }

    /// <summary>
    /// Who answers a larger share of mentions by a two-proportion test, e.g. "Virgin answers a larger share of mentions
    /// (82.0% vs 67.0%); the difference of 15.0 percentage points is significant at 95% (two-proportion z-test p = 0.003,
    /// 95% CI 5.1 to 24.9 points)." The interval is that of the leading brand's rate minus the other's.
    /// </summary>
    public static string ResponseRates(string first, string second, TwoProportionResult result)
    {
        CheckNames(first, second);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Proportion1 is not { } p1 || result.Proportion2 is not { } p2)
        {
            return $"There are not enough decided mentions to compare the response rates of {first} and {second}.";
        }

        var p = FormatP(result.PValue);
        if (p1 == p2)
        {
            return $"{first} and {second} answer the same share of mentions ({Printed.Percent(p1)}); there is no difference to test (two-proportion z-test {p}).";
        }

        var firstAhead = p1 > p2;
        var (leader, other, high, low) = firstAhead ? (first, second, p1, p2) : (second, first, p2, p1);
        var interval = firstAhead
            ? result.DifferenceInterval
            : new ConfidenceInterval(-result.DifferenceInterval.Upper, -result.DifferenceInterval.Lower);
        var details = $"two-proportion z-test {p}, 95% CI {Printed.Score(100 * interval.Lower)} to {Printed.Score(100 * interval.Upper)} points";
        return result.PValue < Alpha
            ? $"{leader} answers a larger share of mentions ({Printed.Percent(high)} vs {Printed.Percent(low)}); the difference of {Printed.Score(Printed.PercentGap(high, low))} percentage points is significant at 95% ({details})."
            : $"{leader} answers a larger share of mentions in this sample ({Printed.Percent(high)} vs {Printed.Percent(low)}), but the difference of {Printed.Score(Printed.PercentGap(high, low))} percentage points is not statistically significant at 95% ({details}).";
    }

    /// <summary>
    /// Who answers faster when unanswered and pending mentions are taken into account (log-rank test), e.g. "Virgin
    /// answers faster, counting unanswered and pending mentions; the difference is significant at 95% (log-rank p &lt; 0.001)."
    /// </summary>
    public static string TimeToResponse(string first, string second, LogRankResult result)
    {
        CheckNames(first, second);
        ArgumentNullException.ThrowIfNull(result);
        if (result.N1 == 0 || result.N2 == 0 || result.Variance <= 0)
        {
            return $"There are not enough answered mentions to compare how fast {first} and {second} answer.";
        }

        var p = FormatP(result.PValue);
        if (result.Observed1 == result.Expected1)
        {
            return $"{first} and {second} answer equally fast in this sample, counting unanswered and pending mentions (log-rank {p}).";
        }

        var faster = result.FirstIsFaster ? first : second;
        return result.PValue < Alpha
            ? $"{faster} answers faster, counting unanswered and pending mentions; the difference is significant at 95% (log-rank {p})."
            : $"{faster} answers faster in this sample, counting unanswered and pending mentions, but the difference is not statistically significant at 95% (log-rank {p}).";
    }

    /// <summary>"p = 0.41", "p = 0.003", "p &lt; 0.001" (see the type's remarks).</summary>
    public static string FormatP(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A p-value must be in [0, 1].");
        }

        if (p < 0.001)
        {
            return "p < 0.001";
        }

        var decimals = p < 0.1 ? 3 : 2;
        var rounded = Math.Round(p, decimals, MidpointRounding.AwayFromZero);
        while (decimals < 6 && (rounded < Alpha) != (p < Alpha))
        {
            decimals++;
            rounded = Math.Round(p, decimals, MidpointRounding.AwayFromZero);
        }

        return "p = " + rounded.ToString("F" + decimals.ToString(Invariant), Invariant);
    }

    private static void CheckNames(string first, string second)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(first);
        ArgumentException.ThrowIfNullOrWhiteSpace(second);
    }
}
