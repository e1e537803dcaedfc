using MathNet.Numerics.Statistics;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// Seeded nonparametric bootstrap: resample the observations (for CareBench, a brand's mentions) with replacement,
/// recompute the statistic, and read its uncertainty from the replicate values.
/// </summary>
/// <remarks>
/// <para><b>Resampling.</b> Each replicate draws n indices uniformly with replacement (<see cref="BootstrapSampler"/>).
/// The same seed, sample and statistic always give identical results.</para>
/// <para><b>Percentile interval.</b> The 95% interval is [Q(0.025), Q(0.975)] of the non-null replicate values, Q being
/// the Hyndman–Fan type-7 quantile (MathNet <c>QuantileDefinition.R7</c>, as in methodology §3). A null replicate (the
/// statistic is undefined on that resample, e.g. a median with no answered mention) is counted in
/// <see cref="BootstrapSummary.NullReplicates"/> and left out; a NaN or infinite value counts as null.</para>
/// <para><b>Joint resampling.</b> <see cref="RunJoint{T}"/> resamples several samples independently within the same
/// replicate loop (replicate r draws sample 0, then 1, …), so replicate r of every brand belongs together: rank each
/// replicate across brands and pass the matrix to <see cref="RankIntervals"/>.</para>
/// </remarks>
internal static class Bootstrap
{
    /// <summary>Bootstraps <paramref name="statistic"/> on <paramref name="sample"/>: equal to <see cref="RunJoint{T}"/> with the one sample.</summary>
    /// <param name="sample">The observations; an empty sample gives empty resamples.</param>
    /// <param name="statistic">A pure function of a sample; null when undefined on it.</param>
    /// <param name="resamples">Number of replicates (≥ 1; 2 000 or more for 95% percentile intervals).</param>
    /// <param name="seed">Seed of the <see cref="BootstrapSampler"/>.</param>
    public static BootstrapSummary Run<T>(IReadOnlyList<T> sample, Func<IReadOnlyList<T>, double?> statistic, int resamples, int seed)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return RunJoint([sample], statistic, resamples, seed)[0];
    }

    /// <summary>
    /// Bootstraps one statistic on several samples jointly: for each replicate r, every sample is resampled (in list
    /// order) from one seeded sampler, so the summaries' replicate r belong together.
    /// </summary>
    /// <returns>One summary per sample, in the order of <paramref name="samples"/>.</returns>
    public static IReadOnlyList<BootstrapSummary> RunJoint<T>(
        IReadOnlyList<IReadOnlyList<T>> samples,
        Func<IReadOnlyList<T>, double?> statistic,
        int resamples,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        for (var s = 0; s < samples.Count; s++)
        {
            if (samples[s] is null)
            {
                throw new ArgumentException($"Sample {s} is null.", nameof(samples));
            }
        }

        var sampler = new BootstrapSampler(seed);
        var replicates = new double?[samples.Count][];
        for (var s = 0; s < samples.Count; s++)
        {
            replicates[s] = new double?[resamples];
        }

        for (var r = 0; r < resamples; r++)
        {
            for (var s = 0; s < samples.Count; s++)
            {
                replicates[s][r] = Defined(statistic(sampler.NextResample(samples[s])));
            }
        }

        return samples.Select((sample, s) => Summarise(Defined(statistic(sample)), replicates[s], seed)).ToArray();
    }

    /// <summary>
    /// Rank intervals across brands from jointly bootstrapped scores: in each replicate the brands are ranked by score
    /// (highest = rank 1; tied scores share the best rank of their group, "1224" competition ranking), then each brand's
    /// interval runs from the 2.5th to the 97.5th percentile of its replicate ranks, plus its best and worst rank over all
    /// replicates.
    /// </summary>
    /// <remarks>
    /// Ranks are whole numbers, so the percentiles are the inverse empirical distribution function (Hyndman–Fan type 1,
    /// an observed rank, no interpolation): the p-th percentile is the smallest rank r such that at least a share p of
    /// the replicates rank the brand r or better. With R replicates that is the ⌈pR⌉-th smallest rank.
    /// </remarks>
    /// <param name="scoresByReplicateAndBrand">[replicate][brand] scores; every row the same length, every value finite
    /// (drop replicates where a brand's score is undefined before calling, and report how many).</param>
    /// <returns>One interval per brand, in column order; empty when there are no brands.</returns>
    public static IReadOnlyList<RankInterval> RankIntervals(double[][] scoresByReplicateAndBrand)
    {
        ArgumentNullException.ThrowIfNull(scoresByReplicateAndBrand);
        if (scoresByReplicateAndBrand.Length == 0)
        {
            throw new ArgumentException("At least one replicate is needed.", nameof(scoresByReplicateAndBrand));
        }

        var brands = scoresByReplicateAndBrand[0]?.Length ?? 0;
        var ranks = new int[brands][];
        for (var b = 0; b < brands; b++)
        {
            ranks[b] = new int[scoresByReplicateAndBrand.Length];
        }

        for (var r = 0; r < scoresByReplicateAndBrand.Length; r++)
        {
            var row = scoresByReplicateAndBrand[r];
            if (row is null || row.Length != brands)
            {
                throw new ArgumentException($"Replicate {r} has {row?.Length ?? 0} scores; replicate 0 has {brands}. Every replicate needs one score per brand.", nameof(scoresByReplicateAndBrand));
            }

            for (var b = 0; b < brands; b++)
            {
                if (!double.IsFinite(row[b]))
                {
                    throw new ArgumentException($"Replicate {r}, brand {b}: the score is {row[b]}; scores must be finite.", nameof(scoresByReplicateAndBrand));
                }
            }

            var rowRanks = CompetitionRanks(row);
            for (var b = 0; b < brands; b++)
            {
                ranks[b][r] = rowRanks[b];
            }
        }

        var intervals = new RankInterval[brands];
        for (var b = 0; b < brands; b++)
        {
            var sorted = ranks[b];
            Array.Sort(sorted);
            intervals[b] = new RankInterval(InverseEcdf(sorted, 0.025), InverseEcdf(sorted, 0.975), sorted[0], sorted[^1]);
        }

        return intervals;
    }

    /// <summary>
    /// Competition ranks ("1224") of <paramref name="scores"/>, highest score = rank 1: a brand's rank is 1 + the number of
    /// brands with a strictly higher score, so tied brands share the best rank of their group and the next rank is skipped.
    /// </summary>
    public static int[] CompetitionRanks(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var ranks = new int[scores.Count];
        for (var k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k > 0 && scores[order[k]] == scores[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }

        return ranks;
    }

    /// <summary>The ⌈pR⌉-th smallest of R sorted values (type 1); the 1e-9 keeps pR = 1.0000000000000002 at 1.</summary>
    private static int InverseEcdf(int[] sorted, double p)
    {
        var k = (int)Math.Ceiling((p * sorted.Length) - 1e-9);
        return sorted[Math.Clamp(k, 1, sorted.Length) - 1];
    }

    private static double? Defined(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static BootstrapSummary Summarise(double? estimate, double?[] replicates, int seed)
    {
        var values = replicates.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        Array.Sort(values);
        ConfidenceInterval? interval = values.Length == 0
            ? null
            : new ConfidenceInterval(
                SortedArrayStatistics.QuantileCustom(values, 0.025, QuantileDefinition.R7),
                SortedArrayStatistics.QuantileCustom(values, 0.975, QuantileDefinition.R7));
        double? standardError = values.Length < 2 ? null : Math.Sqrt(ArrayStatistics.Variance(values));
        return new BootstrapSummary(estimate, interval, standardError, Array.AsReadOnly(replicates), replicates.Length - values.Length, seed);
    }
}
