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
    /// Metrics of the resample holding <paramref name="headCounts"/>[i] copies of head outcome i (empty: once each) and
    /// <paramref name="tailCount"/> copies of the tail's identical unanswered outcome (see
    /// <see cref="OutcomeSample.HeadCount"/>): the counts added up by run, then <see cref="FromRuns"/>.
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
        var starts = sample.RunStarts;
        var runs = starts.Length - 1;
        var weighted = !headCounts.IsEmpty;

        // Copies of each run in the resample (a run's outcomes are interchangeable, see OutcomeSample.RunStarts).
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(runs, 1));
        try
        {
            var runCounts = rented.AsSpan(0, runs);
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

                runCounts[k] = checked((int)c);
            }

            return FromRuns(brandId, sample, runCounts, tailCount, repliesBeforeMention, brandReplies);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The one definition: metrics of the resample holding <paramref name="runCounts"/>[k] copies of the outcomes of
    /// run k of the head (see <see cref="OutcomeSample.RunStarts"/>) and <paramref name="tailCount"/> copies of the
    /// tail's outcome. <see cref="FromHead"/> calls it after adding its counts up by run; a bootstrap replicate, which
    /// counts its draws by run, calls it directly.
    /// </summary>
    /// <remarks>
    /// Every figure is the one a pass over the single outcomes in ascending order gives, to the bit: counts and the
    /// millisecond sums behind the mean and variance are integers; an order statistic is a run's common time; the
    /// Kaplan–Meier factor of a time uses the time's totals (a time has at most one answered run, the first of its runs)
    /// and is multiplied in the same order, a run without events contributing the exact factor 1. The product stops at
    /// the largest threshold, the only place it is read.
    /// </remarks>
    internal static BrandMetrics FromRuns(string brandId, OutcomeSample sample, ReadOnlySpan<int> runCounts, long tailCount, long repliesBeforeMention = 0, long brandReplies = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var seconds = sample.RunSeconds;
        var status = sample.RunStatus;
        var milliseconds = sample.RunMilliseconds;
        var runs = seconds.Length;
        if (runCounts.Length != runs)
        {
            throw new ArgumentException($"{runCounts.Length} counts for {runs} runs.", nameof(runCounts));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(tailCount);

        // Pass 1: the totals, which the order statistics' ranks need before pass 2 reaches them.
        long mentions = tailCount, answered = 0, pending = 0;
        for (var k = 0; k < runs; k++)
        {
            var c = runCounts[k];
            ArgumentOutOfRangeException.ThrowIfNegative(c, nameof(runCounts));
            mentions += c;
            answered += status[k] == MentionStatus.Answered ? c : 0;
            pending += status[k] == MentionStatus.Pending ? c : 0;
        }

        // The ranks of the order statistics behind the type-7 quantiles (floor and ceiling of h), ascending, each with the
        // slot of its value.
        Span<long> ranks = stackalloc long[Quantiles.Length * 2];
        Span<int> slots = stackalloc int[ranks.Length];
        Span<double> values = stackalloc double[ranks.Length];
        for (var k = 0; k < Quantiles.Length; k++)
        {
            var h = (answered - 1) * Quantiles[k];
            ranks[2 * k] = (long)Math.Floor(h);
            ranks[(2 * k) + 1] = (long)Math.Ceiling(h);
        }

        for (var r = 0; r < ranks.Length; r++)
        {
            slots[r] = r;
        }

        // Equal ranks have equal values, so the sort need not be stable; a rank of −1 (no answered mention) is never reached.
        for (var r = 1; r < ranks.Length; r++)
        {
            for (var i = r; i > 0 && ranks[i - 1] > ranks[i]; i--)
            {
                (ranks[i - 1], ranks[i]) = (ranks[i], ranks[i - 1]);
                (slots[i - 1], slots[i]) = (slots[i], slots[i - 1]);
            }
        }

        // Pass 2, one segment per threshold: the Kaplan–Meier product, the sums and the order statistics. The tail is
        // censored at the largest time, after every event, so it only counts in the number at risk.
        Span<double> km = stackalloc double[Thresholds.Length];
        Span<long> within = stackalloc long[Thresholds.Length];
        var survival = 1.0;
        var atRisk = mentions;
        long seen = 0, sum = 0;
        ulong squaresLow = 0, squaresHigh = 0;
        var next = 0;
        var from = 0;
        for (var t = 0; t <= Thresholds.Length; t++)
        {
            var product = t < Thresholds.Length;
            var to = product ? from + FirstAbove(seconds[from..], Thresholds[t]) : runs;
            for (var k = from; k < to; k++)
            {
                // Without branches on the status or the count: runs alternate between statuses at random, and a count
                // is zero about as often as not.
                var c = runCounts[k];
                var a = status[k] == MentionStatus.Answered ? c : 0;
                if (product)
                {
                    // At risk: at least a, so the divisor only changes where a = 0 and the factor is 1 either way.
                    survival *= 1.0 - ((double)a / Math.Max(atRisk, 1));
                    atRisk -= c;
                }

                // Observed times are whole milliseconds (see MentionOutcomes), so the sums are exact integers; below
                // 2³² ms a product fits 64 bits, a square times a count 128 (else WideSums).
                var ms = (ulong)milliseconds[k];
                var x = (ulong)a * ms;
                sum += (long)x;
                var high = Math.BigMul(x, ms, out var low);
                squaresLow += low;
                squaresHigh += high + (squaresLow < low ? 1UL : 0UL);

                seen += a;
                while (next < ranks.Length && ranks[next] < seen)
                {
                    values[slots[next++]] = seconds[k];
                }
            }

            if (product)
            {
                km[t] = 1.0 - survival;
                within[t] = seen;
            }

            from = to;
        }

        var (sumWide, squares) = sample.LargestRunMilliseconds <= uint.MaxValue && answered <= int.MaxValue
            ? ((Int128)sum, (Int128)new UInt128(squaresHigh, squaresLow))
            : WideSums(runCounts, status, milliseconds);
        var unanswered = mentions - answered - pending;

        // Mean and sample variance from the exact integer sums of milliseconds (n, Σx, Σx²), so they do not depend on the
        // order of summation: the same outcomes give the same bits on every backend and every run.
        var decided = mentions - pending;
        double? mean = answered > 0 ? ToDouble(sumWide) / answered / 1000.0 : null;
        double? variance = answered > 1 ? ToDouble((answered * squares) - (sumWide * sumWide)) / (answered * (answered - 1)) / 1_000_000.0 : null;

        // The quantiles and their log10 (seconds floored at 1), from the order statistics found by pass 2.
        Span<double> q = stackalloc double[Quantiles.Length];
        Span<double> logQ = stackalloc double[Quantiles.Length];
        for (var k = 0; k < Quantiles.Length && answered > 0; k++)
        {
            var h = (answered - 1) * Quantiles[k];
            var fraction = h - Math.Floor(h);
            double lo = values[2 * k], hi = values[(2 * k) + 1];
            q[k] = Interpolate(lo, fraction, hi);
            double logLo = Math.Log10(Math.Max(lo, 1.0)), logHi = Math.Log10(Math.Max(hi, 1.0));
            logQ[k] = Interpolate(logLo, fraction, logHi);
        }

        double? Quantile(double value) => answered > 0 ? value : null;
        double? Share(long count) => ResponseRate.Of(count, decided);
        return new BrandMetrics(
            BrandId: brandId,
            Mentions: mentions,
            Answered: answered,
            Pending: pending,
            Unanswered: unanswered,
            ResponseRate: ResponseRate.Of(answered, decided),
            FirstResponse: new ResponseTimeStats(answered, Quantile(q[1]), mean, variance, variance is { } v ? Math.Sqrt(v) : null, Quantile(q[0]), Quantile(q[2]), Quantile(q[3])),
            LogIqrDecades: Quantile(logQ[2] - logQ[0]),
            Within15Min: Share(within[0]),
            Within1Hour: Share(within[1]),
            Within24Hours: Share(within[2]),
            RepliesBeforeMention: repliesBeforeMention,
            BrandReplies: brandReplies,
            Survival: mentions > 0 ? new SurvivalShares(km[0], km[1], km[2]) : null);
    }

    /// <summary>The number of leading <paramref name="seconds"/> (ascending) at or below <paramref name="threshold"/>.</summary>
    private static int FirstAbove(ReadOnlySpan<double> seconds, double threshold)
    {
        int lo = 0, hi = seconds.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (seconds[mid] <= threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The millisecond sums Σx and Σx² of the answered copies in 128-bit arithmetic throughout, for samples whose times
    /// reach 2³² ms (≈ 50 days), where the 64-bit products of the fused pass could overflow.
    /// </summary>
    private static (Int128 Sum, Int128 Squares) WideSums(ReadOnlySpan<int> runCounts, ReadOnlySpan<MentionStatus> status, ReadOnlySpan<long> milliseconds)
    {
        Int128 sum = 0, squares = 0;
        for (var k = 0; k < runCounts.Length; k++)
        {
            if (status[k] == MentionStatus.Answered && runCounts[k] > 0)
            {
                var product = Math.BigMul(runCounts[k], milliseconds[k]);
                sum += product;
                squares += product * milliseconds[k];
            }
        }

        return (sum, squares);
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
