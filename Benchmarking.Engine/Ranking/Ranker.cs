using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>Builds industry leaderboards from metrics.</summary>
public static class Ranker
{
    /// <summary>
    /// Scores every brand with metrics and ranks it within its industry. Brands with fewer than
    /// <see cref="ScoreOptions.MinimumMentions"/> mentions are listed apart, unranked. Industries without any brand with
    /// mentions are omitted.
    /// </summary>
    public static IReadOnlyList<Leaderboard> Rank(BrandRegistry registry, IReadOnlyList<BrandMetrics> metrics, ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(metrics);
        var scorer = new Scorer(options);
        var boards = new List<Leaderboard>();
        var byIndustry = metrics
            .Select(m => (Brand: registry.FindById(m.BrandId) ?? throw new ArgumentException($"Metrics for unknown brand '{m.BrandId}'.", nameof(metrics)), Metrics: m))
            .GroupBy(x => x.Brand.Industry, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var industry in byIndustry)
        {
            var scored = industry.Select(x => (x.Brand, x.Metrics, Score: scorer.Score(x.Metrics))).ToList();
            var ranked = scored
                .Where(x => x.Metrics.Mentions >= options.MinimumMentions)
                .OrderByDescending(x => x.Score.Total)
                .ThenByDescending(x => x.Metrics.Answered)
                .ThenBy(x => x.Brand.Id, StringComparer.Ordinal)
                .Select((x, i) => new RankedBrand(i + 1, x.Brand, x.Metrics, x.Score))
                .ToList();
            var notEnough = scored
                .Where(x => x.Metrics.Mentions < options.MinimumMentions)
                .OrderByDescending(x => x.Metrics.Mentions)
                .ThenBy(x => x.Brand.Id, StringComparer.Ordinal)
                .Select(x => new RankedBrand(null, x.Brand, x.Metrics, x.Score))
                .ToList();
            boards.Add(new Leaderboard(industry.Key, ranked, notEnough, options.MinimumMentions));
        }

        return boards;
    }
}
