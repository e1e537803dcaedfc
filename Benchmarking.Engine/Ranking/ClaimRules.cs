using System.Globalization;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>
/// The small-sample rules (methodology §6a), in one place for every report and the console: when a difference or a
/// change may be called statistically supported, when a reply-based component is measured, and when a weekly point is
/// drawn.
/// </summary>
/// <remarks>
/// A difference between two care scores (two brands, or one brand in two weeks) is <b>supported</b> only when (1) both
/// sides have at least <see cref="ScoreOptions.MinimumMentions"/> mentions, (2) neither score interval has zero width
/// (every replicate giving the same score means the resample cannot vary, so its noise is not measured), and (3) the
/// leader is ahead in at least <see cref="ScoreOptions.TieConfidence"/> of the bootstrap replicates (ties counting half).
/// Failing (1) or (2) is "not enough data", failing only (3) is "statistically tied".
/// </remarks>
public static class ClaimRules
{
    /// <summary>
    /// Weekly trend points with fewer decided mentions than this are marked and left out of trend lines: one mention
    /// swings a response rate between 0% and 100%.
    /// </summary>
    public const int MinimumTrendMentions = 10;

    /// <summary>
    /// How a count split over two equal halves of a period (e.g. the mentions raising a theme) may be described: fewer
    /// than <see cref="MinimumTrendMentions"/> in all is <see cref="ClaimStrength.NotEnoughData"/>; a shift is
    /// <see cref="ClaimStrength.Supported"/> only when one half holds at least 1.5× the other and an exact two-sided
    /// binomial test of an even split (p = ½ per mention) gives p &lt; 0.05; otherwise <see cref="ClaimStrength.Tied"/>
    /// (steady). Methodology §6a.
    /// </summary>
    /// <remarks>
    /// Equal halves of time with a constant rate put each mention in either half with probability ½, so the split is
    /// Binomial(n, ½) under "no change". 4 → 0 has p = 0.125 and n below the minimum: not a trend.
    /// </remarks>
    public static ClaimStrength CountShift(long firstHalf, long secondHalf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstHalf);
        ArgumentOutOfRangeException.ThrowIfNegative(secondHalf);
        var n = firstHalf + secondHalf;
        if (n < MinimumTrendMentions)
        {
            return ClaimStrength.NotEnoughData;
        }

        var (low, high) = (Math.Min(firstHalf, secondHalf), Math.Max(firstHalf, secondHalf));
        return high >= 1.5 * low && EvenSplitPValue(low, n) < 0.05 ? ClaimStrength.Supported : ClaimStrength.Tied;
    }

    /// <summary>Exact two-sided p-value of seeing at most <paramref name="low"/> of <paramref name="n"/> in one half under Binomial(n, ½).</summary>
    private static double EvenSplitPValue(long low, long n)
    {
        // Sum in log space: n can be in the thousands, where ½ⁿ underflows.
        var logHalf = n * Math.Log(0.5);
        var logChoose = 0.0;
        var tail = 0.0;
        for (long k = 0; k <= low; k++)
        {
            tail += Math.Exp(logChoose + logHalf);
            logChoose += Math.Log(n - k) - Math.Log(k + 1);
        }

        return Math.Min(1, 2 * tail);
    }

    /// <summary>
    /// Whether a figure other than the score (a response rate, a median) may be said to have changed between two
    /// periods, or to differ between two brands: <see cref="ClaimStrength.NotEnoughData"/> when either side has fewer
    /// than <see cref="ScoreOptions.MinimumMentions"/> mentions or an interval that is missing or has zero width;
    /// <see cref="ClaimStrength.Supported"/> when the two 95% bootstrap intervals do not overlap; otherwise
    /// <see cref="ClaimStrength.Tied"/> (no supported change). Non-overlap is conservative: it never calls a change the
    /// paired replicates would not support (methodology §6a).
    /// </summary>
    public static ClaimStrength IntervalChange(RankedBrand a, RankedBrand b, Func<ScoreUncertainty, ConfidenceInterval?> interval, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(interval);
        ArgumentNullException.ThrowIfNull(options);
        if (a.Metrics.Mentions < options.MinimumMentions || b.Metrics.Mentions < options.MinimumMentions)
        {
            return ClaimStrength.NotEnoughData;
        }

        var (x, y) = (a.Uncertainty is { } ua ? interval(ua) : null, b.Uncertainty is { } ub ? interval(ub) : null);
        if (!IsInformative(x) || !IsInformative(y))
        {
            return a.Uncertainty is null || b.Uncertainty is null ? ClaimStrength.NotMeasured : ClaimStrength.NotEnoughData;
        }

        return x!.Value.Upper < y!.Value.Lower || y.Value.Upper < x.Value.Lower ? ClaimStrength.Supported : ClaimStrength.Tied;
    }

    /// <summary>
    /// Whether an estimated share (e.g. a week's negative sentiment share) may be said to have changed between two
    /// periods: <see cref="ClaimStrength.NotEnoughData"/> when either interval is missing or has zero width,
    /// <see cref="ClaimStrength.Supported"/> only when the two 95% intervals do not overlap, otherwise
    /// <see cref="ClaimStrength.Tied"/> (no supported change). Methodology §6a.
    /// </summary>
    public static ClaimStrength ShareChange(ConfidenceInterval? earlier, ConfidenceInterval? later) =>
        !IsInformative(earlier) || !IsInformative(later) ? ClaimStrength.NotEnoughData
        : earlier!.Value.Upper < later!.Value.Lower || later.Value.Upper < earlier.Value.Lower ? ClaimStrength.Supported
        : ClaimStrength.Tied;

    /// <summary>True when <paramref name="interval"/> exists and has positive width.</summary>
    public static bool IsInformative(ConfidenceInterval? interval) => interval is { } ci && ci.Upper > ci.Lower;

    /// <summary>True when a weekly figure rests on at least <see cref="MinimumTrendMentions"/> decided mentions.</summary>
    public static bool EnoughForTrend(long decided) => decided >= MinimumTrendMentions;

    /// <summary>
    /// True when a component that rests on replies has at least <see cref="ScoreOptions.MinimumReplies"/> of them:
    /// answered mentions for consistency, replies with text features for originality and same-channel resolution.
    /// Other components are always measured.
    /// </summary>
    public static bool HasEnoughReplies(string componentId, Metrics.BrandMetrics metrics, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(options);
        return RepliesBehind(componentId, metrics) is not { } replies || replies >= options.MinimumReplies;
    }

    /// <summary>
    /// The replies a reply-based component rests on (answered mentions for consistency; replies with text features for
    /// originality and same-channel resolution); null for the other components or without text features.
    /// </summary>
    public static long? RepliesBehind(string componentId, Metrics.BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return componentId switch
        {
            ConsistencyComponent.ComponentId => metrics.Answered,
            OriginalityComponent.ComponentId or SameChannelComponent.ComponentId => metrics.ReplyText?.Replies,
            _ => null,
        };
    }

    /// <summary>What may be said about <paramref name="a"/>'s score against <paramref name="b"/>'s.</summary>
    /// <param name="a">The first brand (or this week).</param>
    /// <param name="b">The second brand (or last week).</param>
    /// <param name="options">The methodology (minimum mentions, tie confidence).</param>
    /// <param name="nameA">How to name <paramref name="a"/> in the reason; its brand name when null.</param>
    /// <param name="nameB">How to name <paramref name="b"/> in the reason; its brand name when null.</param>
    public static ClaimVerdict Difference(RankedBrand a, RankedBrand b, ScoreOptions options, string? nameA = null, string? nameB = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);
        var share = a.Uncertainty is { } ua && b.Uncertainty is { } ub ? UncertaintyEstimator.ShareAhead(ua.ScoreReplicates, ub.ScoreReplicates) : null;
        var reasons = new List<string>();
        foreach (var (brand, name) in new[] { (a, nameA ?? a.Brand.Name), (b, nameB ?? b.Brand.Name) })
        {
            if (brand.Metrics.Mentions < options.MinimumMentions)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name} has {brand.Metrics.Mentions} mention{(brand.Metrics.Mentions == 1 ? string.Empty : "s")} (minimum {options.MinimumMentions})"));
            }
            else if (share is not null && !IsInformative(brand.Uncertainty?.Score))
            {
                reasons.Add($"{name}'s score interval has zero width (every replicate gives the same score)");
            }
        }

        var difference = share is null
            ? null
            : UncertaintyEstimator.Interval(a.Uncertainty!.ScoreReplicates.Zip(b.Uncertainty!.ScoreReplicates, (x, y) => (double?)(x - y)));
        if (reasons.Count > 0)
        {
            return new ClaimVerdict(ClaimStrength.NotEnoughData, share, string.Join("; ", reasons)) { DifferenceInterval = difference };
        }

        return share is not { } s
            ? new ClaimVerdict(ClaimStrength.NotMeasured, null, null)
            : new ClaimVerdict(Math.Max(s, 1 - s) >= options.TieConfidence ? ClaimStrength.Supported : ClaimStrength.Tied, s, null) { DifferenceInterval = difference };
    }

    /// <summary>
    /// Whether two adjacent ranked brands' order is supported by their replicates (rule (2) and (3) above; both are
    /// ranked, so (1) holds): false puts them in one tie group.
    /// </summary>
    internal static bool OrderSupported(ScoreUncertainty higher, ScoreUncertainty lower, double confidence) =>
        IsInformative(higher.Score) && IsInformative(lower.Score)
        && UncertaintyEstimator.ShareAhead(higher.ScoreReplicates, lower.ScoreReplicates) is { } share && share >= confidence;
}
