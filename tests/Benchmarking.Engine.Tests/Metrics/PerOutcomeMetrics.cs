using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>
/// The reference for <see cref="OutcomeMetrics.FromHead"/>: the same definitions computed outcome by outcome, in sample
/// order, with no runs and no shortcuts (the production code before it worked on runs). The production code must give
/// these figures to the bit, so the bootstrap's replicates did not change.
/// </summary>
internal static class PerOutcomeMetrics
{
    private static readonly double[] Thresholds = [900, 3600, 86_400];

    private static readonly double[] Quantiles = [0.25, 0.5, 0.75, 0.9];

    /// <summary>Metrics of the resample holding headCounts[i] copies of head outcome i (empty: once each) and tailCount copies of the tail.</summary>
    public static BrandMetrics FromHead(string brandId, OutcomeSample sample, ReadOnlySpan<int> headCounts, long tailCount)
    {
        var head = sample.HeadCount;
        var seconds = sample.Seconds[..head];
        var status = sample.Status[..head];
        var weighted = !headCounts.IsEmpty;

        // Pass 1: counts, sums, naive shares and the Kaplan–Meier product. The tail is censored at the largest time,
        // after every event, so it only adds to the counts and to the number at risk.
        var mentions = tailCount;
        if (weighted)
        {
            foreach (var c in headCounts)
            {
                mentions += c;
            }
        }
        else
        {
            mentions += head;
        }

        long answered = 0, pending = 0, unanswered = tailCount;
        long in15 = 0, in60 = 0, in1440 = 0;
        Int128 sum = 0, sumOfSquares = 0;
        var km = new double[Thresholds.Length];
        var nextThreshold = 0;
        var survival = 1.0;
        var atRisk = mentions;
        for (var i = 0; i < seconds.Length;)
        {
            var time = seconds[i];
            while (nextThreshold < Thresholds.Length && Thresholds[nextThreshold] < time)
            {
                km[nextThreshold++] = 1.0 - survival;
            }

            long events = 0, censored = 0;
            for (; i < seconds.Length && seconds[i] == time; i++)
            {
                long c = weighted ? headCounts[i] : 1;
                if (c == 0)
                {
                    continue;
                }

                switch (status[i])
                {
                    case MentionStatus.Answered:
                        events += c;
                        answered += c;
                        var ms = (Int128)(long)Math.Round(time * 1000.0);
                        sum += c * ms;
                        sumOfSquares += c * ms * ms;
                        in15 += time <= Thresholds[0] ? c : 0;
                        in60 += time <= Thresholds[1] ? c : 0;
                        in1440 += time <= Thresholds[2] ? c : 0;
                        break;
                    case MentionStatus.Pending:
                        censored += c;
                        pending += c;
                        break;
                    default:
                        censored += c;
                        unanswered += c;
                        break;
                }
            }

            if (events > 0)
            {
                survival *= 1.0 - ((double)events / atRisk);
                if (events == atRisk)
                {
                    survival = 0.0;
                }
            }

            atRisk -= events + censored;
        }

        while (nextThreshold < Thresholds.Length)
        {
            km[nextThreshold++] = 1.0 - survival;
        }

        // Mean and variance from exact integer millisecond sums, converted as DuckDB converts a HUGEINT; pass 2 over the
        // answered mentions, already in ascending order: order statistics for the type-7 quantiles.
        var decided = mentions - pending;
        double? mean = answered > 0 ? DuckDbDouble(sum) / answered / 1000.0 : null;
        double? variance = answered > 1 ? DuckDbDouble((answered * sumOfSquares) - (sum * sum)) / (answered * (answered - 1)) / 1_000_000.0 : null;
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
            for (var i = 0; i < seconds.Length; i++)
            {
                if (status[i] != MentionStatus.Answered)
                {
                    continue;
                }

                long c = weighted ? headCounts[i] : 1;
                if (c == 0)
                {
                    continue;
                }

                seen += c;
                while (next < order.Length && ranks[order[next]] < seen)
                {
                    values[order[next++]] = seconds[i];
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

        double? Share(long within) => decided > 0 ? within / (double)decided : null;
        return new BrandMetrics(
            BrandId: brandId,
            Mentions: mentions,
            Answered: answered,
            Pending: pending,
            Unanswered: unanswered,
            ResponseRate: decided > 0 ? answered / (double)decided : null,
            FirstResponse: new ResponseTimeStats(answered, q[1], mean, variance, variance is { } v ? Math.Sqrt(v) : null, q[0], q[2], q[3]),
            LogIqrDecades: answered > 0 ? logQ[2] - logQ[0] : null,
            Within15Min: Share(in15),
            Within1Hour: Share(in60),
            Within24Hours: Share(in1440),
            RepliesBeforeMention: 0,
            BrandReplies: 0,
            Survival: mentions > 0 ? new SurvivalShares(km[0], km[1], km[2]) : null);
    }

    // DuckDB's CastBigintToFloating: the low 64 bits rounded to a double, plus the high half times 2^64.
    private static double DuckDbDouble(Int128 value)
    {
        var bits = (UInt128)value;
        var lower = (ulong)bits;
        var upper = (long)(ulong)(bits >> 64);
        return upper == -1 ? -(double)(ulong.MaxValue - lower) - 1 : lower + (upper * Math.Pow(2, 64));
    }

    // DuckDB quantile_cont's interpolation for doubles.
    private static double Interpolate(double lo, double d, double hi) => (lo * (1.0 - d)) + (hi * d);
}
