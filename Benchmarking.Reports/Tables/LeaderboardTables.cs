using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The tables of an industry leaderboard.</summary>
internal static class LeaderboardTables
{
    /// <summary>Ranked brands: rank, name, score, each component, mentions, response rate, median first response.</summary>
    /// <param name="leaderboard">The leaderboard.</param>
    /// <param name="top">Only the first this many brands; null for all.</param>
    public static TextTable Ranked(Leaderboard leaderboard, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var brands = top is { } n ? leaderboard.Ranked.Take(n).ToList() : leaderboard.Ranked;
        var components = ReportText.Components(leaderboard.Ranked.Select(b => b.Score));
        var rows = brands.Select(b => (IReadOnlyList<string>)
        [
            b.Rank is { } rank ? ReportFormat.Count(rank) : ReportFormat.Missing,
            b.Brand.Name,
            ReportFormat.Score(b.Score.Total),
            .. components.Select(c => ReportText.ComponentScore(b.Score, c.Id)),
            ReportFormat.Count(b.Metrics.Mentions),
            ReportFormat.Percent(b.Metrics.ResponseRate),
            ReportFormat.Duration(b.Metrics.FirstResponse.MedianSeconds),
        ]).ToList();

        return new TextTable(
            ["Rank", "Brand", "Score", .. components.Select(ReportText.ComponentLabel), "Mentions", "Response rate", "Median first response"],
            rows,
            [true, false, true, .. components.Select(_ => true), true, true, true]);
    }

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
