using System.Buffers;
using System.Text;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;
using MathNet.Numerics.Statistics;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// The bootstrap of methodology §6: resamples each brand's mentions with replacement and recomputes its metrics on every
/// replicate; the <c>Ranker</c> scores and ranks the replicates of an industry together.
/// </summary>
/// <remarks>
/// <para><b>Draws.</b> Replicate r of brand b draws n indices uniformly from its n outcomes with
/// <see cref="ResampleRandom"/> seeded by seed(b, r), and keeps only how often each outcome was drawn (a multinomial
/// count vector), so the metrics are one O(n) pass over the pre-sorted sample (<see cref="OutcomeMetrics"/>). seed(b, r) is <see cref="DerivedSeed"/>: it depends only on the run's seed, the brand
/// id and r, so results do not depend on thread scheduling, input order or the other brands.</para>
/// <para><b>Replies (methodology v3).</b> A brand with text features also has its replies resampled on every replicate:
/// n draws with replacement from its n replies, kept as the counts of the four flag cells and drawn directly as a
/// multinomial vector (<see cref="ResampleReplies"/>; stream seeded by <see cref="DerivedReplySeed"/>, so the mention
/// draws are those of v2), each draw keeping the reply's canned and deflecting flags together, so originality and
/// same-channel resolution move jointly as they do in the data. Whether a reply is canned is fixed on the full sample
/// (its template group's size in the period), not re-derived per replicate. Mentions and replies are resampled
/// independently.</para>
/// <para><b>Joint replicates.</b> Replicate r of every brand in an industry is scored together (relative normalisation
/// needs the peers) and ranked together; the brands' resamples are independent, as their mentions are.</para>
/// </remarks>
public static class UncertaintyEstimator
{
    /// <summary>Counters of the tail's draws (see <see cref="DrawSlots"/>).</summary>
    private const int TailSlots = 16;

    /// <summary>
    /// Every brand's metrics on every replicate: <c>[brand][replicate]</c>, in the order of <paramref name="brands"/>;
    /// a brand without outcomes gets an empty row.
    /// </summary>
    public static BrandMetrics[][] Replicates(IReadOnlyList<BrandMetrics> brands, IReadOnlyDictionary<string, OutcomeSample> outcomes, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var samples = brands.Select(b => outcomes.GetValueOrDefault(b.BrandId)).ToArray();
        var result = samples.Select(s => s is null ? [] : new BrandMetrics[resamples]).ToArray();

        // Largest brands first so that the long tasks start early and the two ends of the work meet; a task is a block
        // of replicates whose streams are drawn side by side.
        const int block = ResampleRandom.Lanes;
        var work = Enumerable.Range(0, brands.Count).Where(b => samples[b] is not null)
            .OrderByDescending(b => samples[b]!.Count).ThenBy(b => b)
            .SelectMany(b => Enumerable.Range(0, (resamples + block - 1) / block).Select(k => (Brand: b, First: k * block)))
            .ToArray();
        var slots = samples.Select(s => s is null ? null : DrawSlots(s)).ToArray();
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var (b, first) = work[k];
            var replicates = result[b].AsSpan(first, Math.Min(block, resamples - first));
            Replicate(brands[b], samples[b]!, slots[b]!, seed, first, replicates);
        });
        return result;
    }

    /// <summary>
    /// One replicate: n draws with replacement from the brand's n outcomes, kept as counts by run (draws that fall in the
    /// sample's tail of identical unanswered outcomes are only counted), and the metrics of that resample.
    /// </summary>
    /// <param name="brand">The brand's metrics on the full sample.</param>
    /// <param name="sample">The brand's mention outcomes.</param>
    /// <param name="replicateSeed">Seed of the mention draws.</param>
    /// <param name="replySeed">Seed of the reply draws (used only when <paramref name="brand"/> has text features).</param>
    internal static BrandMetrics Replicate(BrandMetrics brand, OutcomeSample sample, ulong replicateSeed, ulong replySeed = 0)
    {
        var counts = new int[RunCount(sample) + TailSlots];
        ResampleRandom.CountDraws(replicateSeed, DrawSlots(sample), counts);
        return Measure(brand, sample, counts, replySeed);
    }

    /// <summary>
    /// Replicates <paramref name="first"/>, <paramref name="first"/> + 1, … of <paramref name="brand"/> (one per element
    /// of <paramref name="replicates"/>, at most <see cref="ResampleRandom.Lanes"/>), their mention streams drawn side by
    /// side; each replicate is the one <see cref="Replicate(BrandMetrics, OutcomeSample, ulong, ulong)"/> gives for its seeds.
    /// </summary>
    private static void Replicate(BrandMetrics brand, OutcomeSample sample, int[] slots, int seed, int first, Span<BrandMetrics> replicates)
    {
        var stride = RunCount(sample) + TailSlots;
        Span<ulong> seeds = stackalloc ulong[replicates.Length];
        for (var l = 0; l < seeds.Length; l++)
        {
            seeds[l] = DerivedSeed(seed, brand.BrandId, first + l);
        }

        var rented = ArrayPool<int>.Shared.Rent(stride * seeds.Length);
        try
        {
            var counts = rented.AsSpan(0, stride * seeds.Length);
            counts.Clear();
            ResampleRandom.CountDraws(seeds, slots, counts, stride);
            for (var l = 0; l < seeds.Length; l++)
            {
                replicates[l] = Measure(brand, sample, counts.Slice(l * stride, stride), DerivedReplySeed(seed, brand.BrandId, first + l));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    private static int RunCount(OutcomeSample sample) => sample.RunStarts.Length - 1;

    /// <summary>The metrics of the resample counted in <paramref name="counts"/> (by <see cref="DrawSlots"/>), with its replies resampled.</summary>
    private static BrandMetrics Measure(BrandMetrics brand, OutcomeSample sample, ReadOnlySpan<int> counts, ulong replySeed)
    {
        var runs = RunCount(sample);
        long tail = 0;
        foreach (var c in counts[runs..])
        {
            tail += c;
        }

        var metrics = OutcomeMetrics.FromRuns(brand.BrandId, sample, counts[..runs], tail, brand.RepliesBeforeMention, brand.BrandReplies);
        return brand.ReplyText is { } text ? metrics with { ReplyText = ResampleReplies(text, replySeed) } : metrics;
    }

    /// <summary>
    /// n draws with replacement from the n replies of <paramref name="text"/>, kept as the counts of the four cells
    /// canned-and-deflecting, canned only, deflecting only, neither: a Multinomial(n; n₁/n, n₂/n, n₃/n, n₄/n) vector,
    /// drawn as three conditional binomials from one stream seeded with <paramref name="seed"/> (<see cref="BinomialSampler"/>):
    /// c₁ ~ Bin(n, n₁/n), c₂ ~ Bin(n − c₁, n₂/(n − n₁)), c₃ ~ Bin(n − c₁ − c₂, n₃/(n₃ + n₄)), c₄ = n − c₁ − c₂ − c₃.
    /// </summary>
    internal static ReplyTextCounts ResampleReplies(ReplyTextCounts text, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = checked((int)text.Replies);
        if (n == 0)
        {
            return text;
        }

        var random = new ResampleRandom(seed);
        var rest = n;
        var left = text.Replies;
        var cells = new long[4];
        var sizes = new[] { text.CannedDeflecting, text.CannedOnly, text.DeflectingOnly };
        for (var cell = 0; cell < sizes.Length; cell++)
        {
            // No replies left in the population: every later cell is empty.
            var drawn = left == 0 ? 0 : BinomialSampler.Sample(random, rest, sizes[cell] / (double)left);
            cells[cell] = drawn;
            rest -= drawn;
            left -= sizes[cell];
        }

        cells[3] = rest;
        return new ReplyTextCounts(cells[0], cells[1], cells[2], cells[3]);
    }

    /// <summary>
    /// Where a draw of each outcome of <paramref name="sample"/> is counted: outcome i of the head in its run (see
    /// <see cref="OutcomeSample.RunStarts"/>), tail outcome i in one of <see cref="TailSlots"/> counters after the runs'
    /// (i mod <see cref="TailSlots"/>), whose sum is the tail's count. With a single tail counter the draws that fall in
    /// the tail, often half of them, would wait on each other's increment of it.
    /// </summary>
    internal static int[] DrawSlots(OutcomeSample sample)
    {
        var starts = sample.RunStarts;
        var runs = starts.Length - 1;
        var slots = new int[sample.Count];
        for (var k = 0; k < runs; k++)
        {
            slots.AsSpan(starts[k], starts[k + 1] - starts[k]).Fill(k);
        }

        for (var i = sample.HeadCount; i < slots.Length; i++)
        {
            slots[i] = runs + (i % TailSlots);
        }

        return slots;
    }

    /// <summary>
    /// The seed of replicate <paramref name="replicate"/> of brand <paramref name="brandId"/>: the 64-bit FNV-1a hash of
    /// the UTF-8 text <c>"{seed}/{brandId}/{replicate}"</c> (invariant digits).
    /// </summary>
    internal static ulong DerivedSeed(int seed, string brandId, int replicate)
    {
        return Fnv1a(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seed}/{brandId}/{replicate}"));
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }

    /// <summary>
    /// The seed of the reply draws of replicate <paramref name="replicate"/> of brand <paramref name="brandId"/>: the
    /// 64-bit FNV-1a hash of the UTF-8 text <c>"{seed}/{brandId}/{replicate}/replies"</c> (invariant digits).
    /// </summary>
    internal static ulong DerivedReplySeed(int seed, string brandId, int replicate) =>
        Fnv1a(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seed}/{brandId}/{replicate}/replies"));

    /// <summary>
    /// The 95% percentile interval of the defined values: type-7 quantiles at 0.025 and 0.975 (as
    /// <see cref="Bootstrap"/>); null when no value is defined.
    /// </summary>
    internal static ConfidenceInterval? Interval(IEnumerable<double?> values)
    {
        var defined = values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToArray();
        if (defined.Length == 0)
        {
            return null;
        }

        Array.Sort(defined);
        return new ConfidenceInterval(
            SortedArrayStatistics.QuantileCustom(defined, 0.025, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(defined, 0.975, QuantileDefinition.R7));
    }

    /// <summary>
    /// The share of replicates in which <paramref name="a"/> scores above <paramref name="b"/>, ties counting half; null
    /// without replicates.
    /// </summary>
    internal static double? ShareAhead(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var n = Math.Min(a.Count, b.Count);
        if (n == 0)
        {
            return null;
        }

        var wins = 0.0;
        for (var r = 0; r < n; r++)
        {
            wins += a[r] > b[r] ? 1.0 : a[r] == b[r] ? 0.5 : 0.0;
        }

        return wins / n;
    }
}
