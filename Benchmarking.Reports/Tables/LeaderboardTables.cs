using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// The tables of an industry leaderboard: the headline table (the figures every peer index leads with), the component
/// table, and the brands not ranked, always apart.
/// </summary>
internal static class LeaderboardTables
{
    /// <summary>
    /// The headline columns, in order: rank (<c>=2</c> for every brand of a statistically tied group), brand, care score
    /// with its interval, response rate, median first response, mentions, and the rank range when computed.
    /// </summary>
    public static IReadOnlyList<BrandColumn> HeadlineColumns(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        return
        [
            new("Rank", ReportText.RankLabel),
            new("Brand", b => b.Brand.Name, RightAligned: false),
            new("Care score", ReportText.Score),
            new("Response rate", ReportText.ResponseRate),
            new("Median first response", ReportText.Median),
            new("Mentions", b => ReportFormat.Count(b.Metrics.Mentions)),
            .. HasRankRange(leaderboard) ? [new BrandColumn("Rank range (95%)", ReportText.RankRange)] : Array.Empty<BrandColumn>(),
        ];
    }

    /// <summary>The headings every ranked table starts with, in order: what a reader must see without scrolling.</summary>
    public static IReadOnlyList<string> HeadlineHeaders { get; } = ["Rank", "Brand", "Care score", "Response rate", "Median first response"];

    /// <summary>Ranked brands, headline columns (<see cref="HeadlineColumns"/>).</summary>
    /// <param name="leaderboard">The leaderboard.</param>
    /// <param name="top">Only the first this many brands; null for all.</param>
    public static TextTable Ranked(Leaderboard leaderboard, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        return BrandColumn.Table(HeadlineColumns(leaderboard), Top(leaderboard, top));
    }

    /// <summary>
    /// The second table: rank and brand again, then each score component (or "not enough replies") and the shares
    /// answered within 15 min / 1 h / 24 h (Kaplan–Meier next to naive where they differ).
    /// </summary>
    public static TextTable Components(Leaderboard leaderboard, ScoreOptions options, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        ArgumentNullException.ThrowIfNull(options);
        var components = ReportText.Components(leaderboard.Ranked.Select(b => b.Score));
        return BrandColumn.Table(
            [
                new("Rank", ReportText.RankLabel),
                new("Brand", b => b.Brand.Name, RightAligned: false),
                .. components.Select(c => new BrandColumn(ReportText.ComponentLabel(c), b => ReportText.ComponentCell(b, c.Id, options))),
                .. ReportText.Shares.Select(s => new BrandColumn("Answered " + s.Label, b => ReportText.Share(s.Naive(b.Metrics), s.Survival(b.Metrics)))),
            ],
            Top(leaderboard, top));
    }

    /// <summary>
    /// The legends the ranked tables need, in order: intervals (when any brand has them), ties (when any brand is
    /// tied), and, when the component table is shown, components without enough replies and Kaplan–Meier shares (when
    /// any differs from its naive share).
    /// </summary>
    public static IReadOnlyList<string> Legends(BenchmarkResult result, Leaderboard leaderboard, int? top = null, bool components = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        var brands = Top(leaderboard, top);
        var legends = new List<string>();
        if (brands.Any(b => b.Uncertainty is not null))
        {
            legends.Add(ReportText.IntervalLegend(result.ScoreOptions));
        }

        if (brands.Any(b => b.TieGroup is not null))
        {
            legends.Add(ReportText.TieLegend);
        }

        if (components && ReportText.NotEnoughRepliesLegend(brands, result.ScoreOptions) is { } replies)
        {
            legends.Add(replies);
        }

        if (components && ReportText.AnySurvivalDiffers(brands))
        {
            legends.Add(ReportText.SurvivalLegend + " Shown where it differs from the naive share.");
        }

        return legends;
    }

    /// <summary>True when any ranked brand of the leaderboard has a rank interval.</summary>
    public static bool HasRankRange(Leaderboard leaderboard) =>
        leaderboard.Ranked.Any(b => b.Uncertainty is { RankLow: not null, RankHigh: not null });

    /// <summary>
    /// Brands below the minimum mentions, set apart from the ranking: mentions against the minimum, and their score and
    /// response rate marked as not ranked so that no reader takes them for leaders.
    /// </summary>
    public static TextTable NotEnoughData(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        return BrandColumn.Table(
            [
                new("Brand", b => b.Brand.Name, RightAligned: false),
                new("Mentions", b => ReportFormat.Count(b.Metrics.Mentions)),
                new("Minimum", _ => ReportFormat.Count(leaderboard.MinimumMentions)),
                new("Care score (not ranked)", ReportText.Score),
                new("Response rate (not ranked)", ReportText.ResponseRate),
            ],
            leaderboard.NotEnoughData);
    }

    private static IReadOnlyList<RankedBrand> Top(Leaderboard leaderboard, int? top) =>
        top is { } n ? leaderboard.Ranked.Take(n).ToList() : leaderboard.Ranked;
}
