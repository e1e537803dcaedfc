using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The tables of an industry leaderboard.</summary>
internal static class LeaderboardTables
{
    /// <summary>
    /// Ranked brands: rank (<c>=</c>-marked when statistically tied), rank range when computed, name, score, each
    /// component the scores carry, mentions, response rate, median first response (intervals in brackets when computed)
    /// and the shares answered within 15 min / 1 h / 24 h (Kaplan–Meier next to naive where they differ).
    /// </summary>
    /// <param name="leaderboard">The leaderboard.</param>
    /// <param name="top">Only the first this many brands; null for all.</param>
    public static TextTable Ranked(Leaderboard leaderboard, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var brands = top is { } n ? leaderboard.Ranked.Take(n).ToList() : leaderboard.Ranked;
        var components = ReportText.Components(leaderboard.Ranked.Select(b => b.Score));
        var rankRange = HasRankRange(leaderboard);
        var rows = brands.Select(b => (IReadOnlyList<string>)
        [
            ReportText.RankLabel(b),
            .. rankRange ? [ReportText.RankRange(b)] : Array.Empty<string>(),
            b.Brand.Name,
            ReportText.Score(b),
            .. components.Select(c => ReportText.ComponentScore(b.Score, c.Id)),
            ReportFormat.Count(b.Metrics.Mentions),
            ReportText.ResponseRate(b),
            ReportText.Median(b),
            .. ReportText.Shares.Select(s => ReportText.Share(s.Naive(b.Metrics), s.Survival(b.Metrics))),
        ]).ToList();

        return new TextTable(
            [
                "Rank",
                .. rankRange ? ["Rank range (95%)"] : Array.Empty<string>(),
                "Brand",
                "Score",
                .. components.Select(ReportText.ComponentLabel),
                "Mentions",
                "Response rate",
                "Median first response",
                .. ReportText.Shares.Select(s => "Answered " + s.Label),
            ],
            rows,
            [true, .. rankRange ? [true] : Array.Empty<bool>(), false, true, .. components.Select(_ => true), true, true, true, .. ReportText.Shares.Select(_ => true)]);
    }

    /// <summary>
    /// The legends the ranked table needs, in order: intervals (when any brand has them), ties (when any brand is
    /// tied), Kaplan–Meier shares (when any differs from its naive share).
    /// </summary>
    public static IReadOnlyList<string> Legends(BenchmarkResult result, Leaderboard leaderboard, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        var brands = top is { } n ? leaderboard.Ranked.Take(n).ToList() : leaderboard.Ranked;
        var legends = new List<string>();
        if (brands.Any(b => b.Uncertainty is not null))
        {
            legends.Add(ReportText.IntervalLegend(result.ScoreOptions));
        }

        if (brands.Any(b => b.TieGroup is not null))
        {
            legends.Add(ReportText.TieLegend);
        }

        if (ReportText.AnySurvivalDiffers(brands))
        {
            legends.Add(ReportText.SurvivalLegend + " Shown where it differs from the naive share.");
        }

        return legends;
    }

    /// <summary>True when any ranked brand of the leaderboard has a rank interval.</summary>
    public static bool HasRankRange(Leaderboard leaderboard) =>
        leaderboard.Ranked.Any(b => b.Uncertainty is { RankLow: not null, RankHigh: not null });

    /// <summary>Brands below the minimum mentions, with their mention counts.</summary>
    public static TextTable NotEnoughData(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var rows = leaderboard.NotEnoughData
            .Select(b => (IReadOnlyList<string>)[b.Brand.Name, ReportFormat.Count(b.Metrics.Mentions), ReportFormat.Count(leaderboard.MinimumMentions)])
            .ToList();
        return new TextTable(["Brand", "Mentions", "Minimum"], rows, [false, true, true]);
    }
}
