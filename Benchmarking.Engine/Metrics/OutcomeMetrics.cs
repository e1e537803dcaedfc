using System.Buffers;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// The brand metrics that follow from a brand's mention outcomes alone, computed in C#: the one definition the bootstrap
/// recomputes on every resample. On a brand's full outcomes it reproduces the SQL figures of
/// <see cref="MetricsCalculator"/> (counts exactly, times to floating-point rounding) and adds the Kaplan–Meier shares.
/// </summary>
/// <remarks>
/// <para>A resample is given as multiplicities: <c>counts[i]</c> copies of the sample's i-th outcome (a bootstrap resample
/// of n mentions drawn with replacement is exactly such a count vector summing to n). Because the sample is sorted by
/// observed seconds, every statistic is one or two passes over it, O(n), without sorting.</para>
/// <para>Definitions are methodology §3 (counts, response rate, type-7 quantiles, sample variance, log IQR, naive
/// shares) and §3a (Kaplan–Meier shares, as <see cref="KaplanMeier"/>: the same product in the same order).</para>
/// </remarks>
public static class OutcomeMetrics
{
    private static readonly double[] Thresholds = [900, 3600, 86_400];

    private static readonly double[] Quantiles = [0.25, 0.5, 0.75, 0.9];

    /// <summary>Metrics of the whole sample (each outcome once).</summary>
    public static BrandMetrics From(string brandId, OutcomeSample sample, long repliesBeforeMention = 0, long brandReplies = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return FromHead(brandId, sample, ReadOnlySpan<int>.Empty, sample.TailCount, repliesBeforeMention, brandReplies);
    }

    /// <summary>
    /// Metrics of the resample holding <paramref name="counts"/>[i] copies of outcome i. <paramref name="repliesBeforeMention"/>
    /// and <paramref name="brandReplies"/> are not outcome figures and are copied through.
    /// </summary>
    internal static BrandMetrics From(string brandId, OutcomeSample sample, ReadOnlySpan<int> counts, long repliesBeforeMention = 0, long brandReplies = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (counts.Length != sample.Count)
        {
            throw new ArgumentException($"{counts.Length} counts for {sample.Count} outcomes.", nameof(counts));
        }

        long tail = 0;
        foreach (var c in counts[sample.HeadCount..])
        {
            tail += c;
        }

        return FromHead(brandId, sample, counts[..sample.HeadCount], tail, repliesBeforeMention, brandReplies);
    }

    /// <summary>
    /// The one definition: metrics of the resample holding <paramref name="headCounts"/>[i] copies of head outcome i
    /// (empty: once each) and <paramref name="tailCount"/> copies of the tail's identical unanswered outcome (see
    /// <see cref="OutcomeSample.HeadCount"/>).
    /// </summary>
    internal static BrandMetrics FromHead(string brandId, OutcomeSample sample, ReadOnlySpan<int> headCounts, long tailCount, long repliesBeforeMention = 0, long brandReplies = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var head = sample.HeadCount;
        if (!headCounts.IsEmpty && headCounts.Length != head)
        {
            throw new ArgumentException($"{headCounts.Length} counts for {head} head outcomes.", nameof(headCounts));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(tailCount);
        var seconds = sample.Seconds[..head];
        var status = sample.Status[..head];
        var starts = sample.RunStarts;
        var runs = starts.Length - 1;
        var weighted = !headCounts.IsEmpty;

        // Copies of each run in the resample (a run's outcomes are interchangeable, see OutcomeSample.RunStarts).
        var rented = ArrayPool<long>.Shared.Rent(Math.Max(runs, 1));
        try
        {
            var runCounts = rented.AsSpan(0, runs);
            var mentions = tailCount;
            for (var k = 0; k < runs; k++)
            {
                long c = 0;
                if (weighted)
                {
                    foreach (var x in headCounts[starts[k]..starts[k + 1]])
                    {
                        c += x;
                    }
                }
                else
                {
                    c = starts[k + 1] - starts[k];
                }

                runCounts[k] = c;
                mentions += c;
            }

            return FromRuns(brandId, sample, runCounts, mentions, tailCount, repliesBeforeMention, brandReplies);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The passes of <see cref="FromHead"/> over the runs of the head. Every figure is the one a pass over the single
    /// outcomes in ascending order gives, to the bit: counts and the millisecond sums behind the mean and variance are
    /// integers; a time's Kaplan–Meier factor uses the time's totals either way; an order statistic is a run's common time.
    /// </summary>
    private static BrandMetrics FromRuns(string brandId, OutcomeSample sample, ReadOnlySpan<long> runCounts, long mentions, long tailCount, long repliesBeforeMention, long brandReplies)
    {
        var seconds = sample.RunSeconds;
        var status = sample.RunStatus;
        var milliseconds = sample.RunMilliseconds;
        var runs = runCounts.Length;

        // Pass 1: counts, sums, naive shares and the Kaplan–Meier product. The tail is censored at the largest time,
        // after every event, so it only adds to the counts and to the number at risk.
        long answered = 0, pending = 0;
        long in15 = 0, in60 = 0, in1440 = 0;
        Int128 sum = 0, squares = 0;
        var km = new double[Thresholds.Length];
        var nextThreshold = 0;
        var survival = 1.0;
        var atRisk = mentions;
        for (var k = 0; k < runs;)
        {
            var time = seconds[k];
            while (nextThreshold < Thresholds.Length && Thresholds[nextThreshold] < time)
            {
                km[nextThreshold++] = 1.0 - survival;
            }

            long events = 0, atTime = 0;
            for (; k < runs && seconds[k] == time; k++)
            {
                // Without branches on the status: runs alternate between statuses at random.
                var c = runCounts[k];
                var runStatus = status[k];
                var a = runStatus == MentionStatus.Answered ? c : 0;
                atTime += c;
                events += a;
                pending += runStatus == MentionStatus.Pending ? c : 0;
                if (a > 0)
                {
                    // Observed times are whole milliseconds (see MentionOutcomes), so the sums are exact integers.
                    var ms = milliseconds[k];
                    var product = Math.BigMul(a, ms);
                    sum += product;
                    squares += product * ms;
                }
            }

            answered += events;
            in15 += time <= Thresholds[0] ? events : 0;
            in60 += time <= Thresholds[1] ? events : 0;
            in1440 += time <= Thresholds[2] ? events : 0;
            if (events > 0)
            {
                survival *= 1.0 - ((double)events / atRisk);
                if (events == atRisk)
                {
                    survival = 0.0;
                }
            }

            atRisk -= atTime;
        }

        while (nextThreshold < Thresholds.Length)
        {
            km[nextThreshold++] = 1.0 - survival;
        }

        var unanswered = mentions - answered - pending;

        // Mean and sample variance from the exact integer sums of milliseconds (n, Σx, Σx²), so they do not depend on the
        // order of summation: the same outcomes give the same bits on every backend and every run.
        var decided = mentions - pending;
        double? mean = answered > 0 ? ToDouble(sum) / answered / 1000.0 : null;
        double? variance = answered > 1 ? ToDouble((answered * squares) - (sum * sum)) / (answered * (answered - 1)) / 1_000_000.0 : null;

        // Pass 2 over the answered mentions, already in ascending order: order statistics for the type-7 quantiles.
        var q = new double?[Quantiles.Length];
        var logQ = new double?[Quantiles.Length];
        if (answered > 0)
        {
            var ranks = new long[Quantiles.Length * 2];
            for (var k = 0; k < Quantiles.Length; k++)
            {
                var h = (answered - 1) * Quantiles[k];
                ranks[2 * k] = (long)Math.Floor(h);
                ranks[(2 * k) + 1] = (long)Math.Ceiling(h);
            }

            var values = new double[ranks.Length];
            var order = new int[ranks.Length];
            for (var r = 0; r < order.Length; r++)
            {
                order[r] = r;
            }

            Array.Sort(ranks.ToArray(), order);
            var next = 0;
            long seen = 0;
            for (var k = 0; k < runs; k++)
            {
                var c = runCounts[k];
                if (c == 0 || status[k] != MentionStatus.Answered)
                {
                    continue;
                }

                var time = seconds[k];
                seen += c;
                while (next < order.Length && ranks[order[next]] < seen)
                {
                    values[order[next++]] = time;
                }
            }

            for (var k = 0; k < Quantiles.Length; k++)
            {
                var h = (answered - 1) * Quantiles[k];
                var fraction = h - Math.Floor(h);
                double lo = values[2 * k], hi = values[(2 * k) + 1];
                q[k] = Interpolate(lo, fraction, hi);
                double logLo = Math.Log10(Math.Max(lo, 1.0)), logHi = Math.Log10(Math.Max(hi, 1.0));
                logQ[k] = Interpolate(logLo, fraction, logHi);
            }
        }

        double? Share(long within) => ResponseRate.Of(within, decided);
        return new BrandMetrics(
            BrandId: brandId,
            Mentions: mentions,
            Answered: answered,
            Pending: pending,
            Unanswered: unanswered,
            ResponseRate: ResponseRate.Of(answered, decided),
            FirstResponse: new ResponseTimeStats(answered, q[1], mean, variance, variance is { } v ? Math.Sqrt(v) : null, q[0], q[2], q[3]),
            LogIqrDecades: answered > 0 ? logQ[2] - logQ[0] : null,
            Within15Min: Share(in15),
            Within1Hour: Share(in60),
            Within24Hours: Share(in1440),
            RepliesBeforeMention: repliesBeforeMention,
            BrandReplies: brandReplies,
            Survival: mentions > 0 ? new SurvivalShares(km[0], km[1], km[2]) : null);
    }

    /// <summary>
    /// An integer as a double the way the earlier SQL definition converted its HUGEINT sums (DuckDB's
    /// <c>CastBigintToFloating</c>: the low 64 bits rounded, then the high half added exactly), so the figures stay the
    /// ones published before to the last bit; for values below 2⁶⁴ it is the nearest double.
    /// </summary>
    private static double ToDouble(Int128 value)
    {
        var lower = (ulong)value;
        var upper = (long)(value >> 64);
        return upper == -1
            ? -(double)(ulong.MaxValue - lower) - 1
            : (double)lower + ((double)upper * 18_446_744_073_709_551_616.0);
    }

    /// <summary>
    /// Type-7 interpolation between the order statistics <paramref name="lo"/> and <paramref name="hi"/> at fraction
    /// <paramref name="d"/>, written as DuckDB's <c>quantile_cont</c> writes it for doubles (lo·(1 − d) + hi·d), so the
    /// figures equal those the SQL definition published to the last bit.
    /// </summary>
    private static double Interpolate(double lo, double d, double hi) => (lo * (1.0 - d)) + (hi * d);
}
