using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>Builds industry leaderboards from metrics, with bootstrap intervals and statistical ties when outcomes are given.</summary>
public static class Ranker
{
    /// <summary>
    /// Scores every brand with metrics and ranks it within its industry. Brands with fewer than
    /// <see cref="ScoreOptions.MinimumMentions"/> mentions are listed apart, unranked. Industries without any brand with
    /// mentions are omitted. Without mention outcomes there are no intervals and no ties. When some brand has no text
    /// features the text components are dropped for all (<see cref="ScoreOptions.EffectiveFor"/>).
    /// </summary>
    public static IReadOnlyList<Leaderboard> Rank(BrandRegistry registry, IReadOnlyList<BrandMetrics> metrics, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        return Rank(registry, metrics, options.EffectiveFor(metrics), null);
    }

    /// <summary>
    /// As <see cref="Rank(BrandRegistry, IReadOnlyList{BrandMetrics}, ScoreOptions)"/> with <paramref name="effective"/>
    /// options already resolved for these metrics (<see cref="ScoreOptions.EffectiveFor"/>, once, by the caller); with <paramref name="outcomes"/>
    /// and <see cref="ScoreOptions.BootstrapResamples"/> &gt; 0 every brand also gets its bootstrap intervals, eligible
    /// brands their rank interval, and adjacent brands whose order the replicates do not support share a tie group.
    /// </summary>
    internal static IReadOnlyList<Leaderboard> Rank(
        BrandRegistry registry,
        IReadOnlyList<BrandMetrics> metrics,
        ScoreOptions effective,
        IReadOnlyDictionary<string, OutcomeSample>? outcomes)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(effective);
        var options = effective;
        var scorer = new Scorer(options);
        var all = metrics
            .Select(m => (Brand: registry.FindById(m.BrandId) ?? throw new ArgumentException($"Metrics for unknown brand '{m.BrandId}'.", nameof(metrics)), Metrics: m))
            .OrderBy(x => x.Brand.Id, StringComparer.Ordinal)
            .ToList();
        if (all.Select(x => x.Brand.Id).Distinct(StringComparer.Ordinal).Count() != all.Count)
        {
            throw new ArgumentException("Metrics list a brand more than once.", nameof(metrics));
        }

        var replicates = outcomes is not null && options.BootstrapResamples > 0
            ? UncertaintyEstimator.Replicates(all.Select(x => x.Metrics).ToList(), outcomes, options.BootstrapResamples, options.Seed)
            : null;
        var position = all.Select((x, i) => (x.Brand.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        var boards = new List<Leaderboard>();
        foreach (var industry in all.GroupBy(x => x.Brand.Industry, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = industry.ToList();
            var scores = scorer.ScoreGroup(members.Select(x => x.Metrics).ToList());
            var uncertainty = replicates is null ? null : Uncertainty(scorer, members.Select(x => replicates[position[x.Brand.Id]]).ToList(), options);
            var entries = members.Select((x, i) => (x.Brand, x.Metrics, Score: scores[i], Uncertainty: uncertainty?[i])).ToList();

            var ranked = entries
                .Where(x => x.Metrics.Mentions >= options.MinimumMentions)
                .OrderByDescending(x => x.Score.Total)
                .ThenByDescending(x => x.Metrics.Answered)
                .ThenBy(x => x.Brand.Id, StringComparer.Ordinal)
                .ToList();
            var rankIntervals = RankIntervals(ranked.Select(x => x.Uncertainty).ToList());
            var ties = TieGroups(ranked.Select(x => x.Uncertainty).ToList(), options.TieConfidence);
            var rankedBrands = ranked
                .Select((x, i) => new RankedBrand(
                    i + 1,
                    x.Brand,
                    x.Metrics,
                    x.Score,
                    x.Uncertainty is { } u && rankIntervals is not null ? u with { RankLow = rankIntervals[i].Low, RankHigh = rankIntervals[i].High } : x.Uncertainty,
                    ties[i],
                    ties[i] is null ? null : Array.IndexOf(ties, ties[i]) + 1))
                .ToList();
            var notEnough = entries
                .Where(x => x.Metrics.Mentions < options.MinimumMentions)
                .OrderByDescending(x => x.Metrics.Mentions)
                .ThenBy(x => x.Brand.Id, StringComparer.Ordinal)
                .Select(x => new RankedBrand(null, x.Brand, x.Metrics, x.Score, x.Uncertainty))
                .ToList();
            boards.Add(new Leaderboard(industry.Key, rankedBrands, notEnough, options.MinimumMentions));
        }

        return boards;
    }

    /// <summary>
    /// Scores each replicate of one industry as a group and summarises every brand: intervals of the response rate, the
    /// median and the score, and the score replicates (rank intervals are added once the order is known).
    /// </summary>
    private static ScoreUncertainty?[] Uncertainty(Scorer scorer, IReadOnlyList<BrandMetrics[]> replicates, ScoreOptions options)
    {
        var brands = replicates.Count;
        var resamples = options.BootstrapResamples;
        var scores = new double[brands][];
        for (var b = 0; b < brands; b++)
        {
            scores[b] = new double[resamples];
        }

        // Brands without outcomes (no replicates) are left out of the replicate groups.
        var present = Enumerable.Range(0, brands).Where(b => replicates[b].Length == resamples).ToArray();
        var group = new BrandMetrics[present.Length];
        for (var r = 0; r < resamples; r++)
        {
            for (var k = 0; k < present.Length; k++)
            {
                group[k] = replicates[present[k]][r];
            }

            var scored = scorer.ScoreGroup(group);
            for (var k = 0; k < present.Length; k++)
            {
                scores[present[k]][r] = scored[k].Total;
            }
        }

        var result = new ScoreUncertainty?[brands];
        foreach (var b in present)
        {
            result[b] = new ScoreUncertainty(
                resamples,
                options.Seed,
                UncertaintyEstimator.Interval(replicates[b].Select(m => m.ResponseRate)),
                UncertaintyEstimator.Interval(replicates[b].Select(m => m.FirstResponse.MedianSeconds)),
                UncertaintyEstimator.Interval(scores[b].Select(s => (double?)s)),
                null,
                null)
            {
                ScoreReplicates = scores[b],
                SpreadDecades = UncertaintyEstimator.Interval(replicates[b].Select(m => m.LogIqrDecades)),
            };
        }

        return result;
    }

    /// <summary>Rank intervals of the eligible brands (in rank order) from their joint score replicates; null without replicates.</summary>
    private static IReadOnlyList<RankInterval>? RankIntervals(IReadOnlyList<ScoreUncertainty?> ranked)
    {
        if (ranked.Count == 0 || ranked.Any(u => u is null || u.ScoreReplicates.Count == 0))
        {
            return null;
        }

        var resamples = ranked[0]!.ScoreReplicates.Count;
        var matrix = new double[resamples][];
        for (var r = 0; r < resamples; r++)
        {
            matrix[r] = new double[ranked.Count];
            for (var b = 0; b < ranked.Count; b++)
            {
                matrix[r][b] = ranked[b]!.ScoreReplicates[r];
            }
        }

        return Bootstrap.RankIntervals(matrix);
    }

    /// <summary>
    /// Tie groups of a leaderboard in rank order: adjacent brands are tied when the higher one outscores the lower one in
    /// less than <paramref name="confidence"/> of the replicates (ties counting half); consecutive tied pairs form one
    /// group, numbered 1, 2, … down the board. Brands tied with no neighbour get null, as do all without replicates.
    /// </summary>
    internal static int?[] TieGroups(IReadOnlyList<ScoreUncertainty?> ranked, double confidence)
    {
        var groups = new int?[ranked.Count];
        var next = 0;
        for (var i = 0; i + 1 < ranked.Count; i++)
        {
            // ClaimRules: tied unless the replicates support the order on informative (non-zero-width) intervals.
            if (ranked[i] is { ScoreReplicates.Count: > 0 } a && ranked[i + 1] is { ScoreReplicates.Count: > 0 } b
                && !ClaimRules.OrderSupported(a, b, confidence))
            {
                groups[i] ??= ++next;
                groups[i + 1] = groups[i];
            }
        }

        return groups;
    }
}
