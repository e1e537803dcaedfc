using Benchmarking.Engine.History;
using Benchmarking.Engine.Store;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The tables of the weekly summary and index pages, shared by their HTML and Markdown renderings.</summary>
internal static class WeeklyTables
{
    /// <summary>Base name of a week's summary page inside the week folder, and of the index page.</summary>
    public const string SummaryName = "summary";

    /// <summary>Base name of the index page in the weekly folder.</summary>
    public const string IndexName = "index";

    /// <summary>Every industry of the comparison, ordinal.</summary>
    public static IReadOnlyList<string> Industries(WeekComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Changes.Select(c => c.Industry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One industry's brands, this week's figures, the change from last week and the four-week trend: the ranked brands
    /// (<paramref name="ranked"/> true, by rank, <c>=2</c> for every brand of a tied group), or the brands not ranked
    /// this week (with or without mentions), which are listed apart so that none reads as a leader.
    /// </summary>
    public static TextTable Brands(WeekComparison comparison, string industry, bool ranked = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = comparison.Changes
            .Where(c => c.Industry == industry && (c.Current?.Rank is not null) == ranked)
            .Select(c => (IReadOnlyList<string>)
            [
                c.Current?.Rank is not null ? RankLabel(c.Current, comparison.Snapshot) : c.Current is null ? "no mentions" : "not ranked",
                RankChange(c),
                c.Name,
                c.Current is { } cur ? ReportFormat.Score(cur.Score) : ReportFormat.Missing,
                c.ScoreDelta is { } d ? ReportFormat.SignedPoints(d) : ReportFormat.Missing,
                c.FourWeekTrend is { } t ? $"{ReportFormat.SignedPoints(t)}/wk ({c.FourWeekPoints} wk)" : ReportFormat.Missing,
                ReportFormat.Percent(c.Current?.ResponseRate),
                c.ResponseRateDelta is { } r ? ReportFormat.SignedPoints(r * 100) + " pp" : ReportFormat.Missing,
                ReportFormat.Duration(c.Current?.MedianSeconds),
                c.MedianDeltaSeconds is { } m ? (m > 0 ? "+" : string.Empty) + ReportFormat.Duration(m) : ReportFormat.Missing,
                c.Current is { } x ? ReportFormat.Count(x.Mentions) : "0",
                Reason(c, comparison.Snapshot.MinimumMentions),
            ])
            .ToList();
        return new TextTable(
            ["Rank", "Move", "Brand", ranked ? "Score" : "Score (not ranked)", "Δ score", "4-week trend", "Response rate", "Δ rate", "Median first response", "Δ median", "Mentions", "Main change"],
            rows,
            [true, true, false, true, true, true, true, true, true, true, true, false]);
    }

    /// <summary>
    /// A ranked brand's rank in the snapshot, <c>=</c>-marked with the rank of its tie group's first brand when tied
    /// (<c>=2</c> for every member); <see cref="ReportFormat.Missing"/> when not ranked.
    /// </summary>
    public static string RankLabel(WeeklyBrandResult brand, WeeklySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (brand.Rank is not { } rank)
        {
            return ReportFormat.Missing;
        }

        if (brand.TieGroup is not { } group)
        {
            return ReportFormat.Count(rank);
        }

        var first = snapshot.Brands.Where(b => b.Industry == brand.Industry && b.TieGroup == group && b.Rank is not null).Min(b => b.Rank!.Value);
        return ReportText.TieMark + ReportFormat.Count(first);
    }

    /// <summary>Rank movement as text: <c>↑2</c>, <c>↓1</c>, <c>=</c>, <c>entered</c>, <c>left</c> or <c>–</c>.</summary>
    public static string RankChange(BrandWeekChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Eligibility switch
        {
            EligibilityChange.Entered => "entered",
            EligibilityChange.Left => "left",
            _ => change.RankChange switch
            {
                > 0 and var up => "↑" + ReportFormat.Count(up),
                < 0 and var down => "↓" + ReportFormat.Count(-down),
                0 => "=",
                _ => ReportFormat.Missing,
            },
        };
    }

    /// <summary>
    /// The reason for a brand's change: for eligibility changes the mentions against the minimum, otherwise the component
    /// that moved the score most, e.g. <c>speed -4.2 pts (62.0 → 48.0)</c>.
    /// </summary>
    public static string Reason(BrandWeekChange change, int minimumMentions)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Eligibility switch
        {
            EligibilityChange.Entered => $"mentions {ReportFormat.Count(change.Previous?.Mentions ?? 0)} → {ReportFormat.Count(change.Current!.Mentions)} (minimum {ReportFormat.Count(minimumMentions)})",
            EligibilityChange.Left => $"mentions {ReportFormat.Count(change.Previous!.Mentions)} → {ReportFormat.Count(change.Current?.Mentions ?? 0)} (minimum {ReportFormat.Count(minimumMentions)})",
            _ => change.MainMove is { } move
                ? $"{move.Name} {ReportFormat.SignedPoints(move.Points)} pts ({ReportFormat.Score(move.PreviousScore)} → {ReportFormat.Score(move.CurrentScore)})"
                : ReportFormat.Missing,
        };
    }

    /// <summary>One line per brand whose rank moved, with the reason, e.g. <c>Delta: ↑2 to #1 (airlines); speed +4.2 pts (…)</c>.</summary>
    public static IReadOnlyList<string> Movements(WeekComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Changes
            .Where(c => c.RankChange is not null and not 0)
            .OrderByDescending(c => Math.Abs(c.RankChange!.Value))
            .ThenBy(c => c.Industry, StringComparer.Ordinal)
            .ThenBy(c => c.BrandId, StringComparer.Ordinal)
            .Select(c => $"{c.Name} ({c.Industry}): {RankChange(c)} to #{ReportFormat.Count(c.Current!.Rank!.Value)}, score {ReportFormat.SignedPoints(c.ScoreDelta!.Value)}; main change: {Reason(c, comparison.Snapshot.MinimumMentions)}.")
            .ToList();
    }

    /// <summary>One line per brand that entered or left the ranking.</summary>
    public static IReadOnlyList<string> EligibilityChanges(WeekComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return comparison.Changes
            .Where(c => c.Eligibility != EligibilityChange.Unchanged)
            .Select(c => $"{c.Name} ({c.Industry}) {(c.Eligibility == EligibilityChange.Entered ? "entered the ranking" : "left the ranking")}: {Reason(c, comparison.Snapshot.MinimumMentions)}.")
            .ToList();
    }

    /// <summary>What the week's figures are based on: period, methodology, data window and row accounting.</summary>
    public static TextTable About(WeeklySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var a = snapshot.Accounting;
        IReadOnlyList<string> Row(string name, string value) => [name, value];
        return new TextTable(
            ["Item", "Value"],
            [
                Row("Week", $"{snapshot.Week}: {ReportFormat.Time(snapshot.Week.Start)} to {ReportFormat.Time(snapshot.Week.End)} (end exclusive)"),
                Row("Computed", ReportFormat.Time(snapshot.ComputedAt)),
                Row("Methodology", snapshot.Methodology),
                Row("Bootstrap", snapshot.BootstrapResamples == 0 ? "off" : $"{ReportFormat.Count(snapshot.BootstrapResamples)} replicates, seed {snapshot.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}"),
                Row("Mentions in the week", $"{ReportFormat.Time(snapshot.FirstMention)} to {ReportFormat.Time(snapshot.LastMention)}"),
                Row("Data complete up to (as of)", ReportFormat.Time(snapshot.AsOf)),
                Row("Posts in the week", ReportFormat.Count(a.WeekPosts)),
                Row("Mentions in the week", $"{ReportFormat.Count(a.WeekMentions)}, of which pending {ReportFormat.Count(a.WeekPending)}"),
                Row("Store", $"{ReportFormat.Count(a.StorePosts)} posts from {ReportFormat.Plural(a.StoreSources, "file")}"),
                Row("Rows ingested by this run", $"read {ReportFormat.Count(a.RunRowsRead)} = accepted {ReportFormat.Count(a.RunRowsAccepted)} + rejected {ReportFormat.Count(a.RunRowsRejected)}"),
            ],
            [false, false]);
    }

    /// <summary>One row per stored week, latest first (the first cell is the week, which the pages turn into a link).</summary>
    public static TextTable Index(IReadOnlyList<WeeklySnapshot> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var rows = history
            .OrderByDescending(s => s.Week)
            .Select(s => (IReadOnlyList<string>)
            [
                s.Week.ToString(),
                $"{s.Week.Start.UtcDateTime:yyyy-MM-dd} to {s.Week.End.AddDays(-1).UtcDateTime:yyyy-MM-dd}",
                ReportFormat.Count(s.Brands.Count),
                ReportFormat.Count(s.Brands.Count(b => b.Eligible)),
                ReportFormat.Count(s.Accounting.WeekMentions),
                ReportFormat.Count(s.Accounting.WeekPending),
                Leader(s),
                ReportFormat.Time(s.ComputedAt),
                "v" + s.MethodologyVersion,
            ])
            .ToList();
        return new TextTable(
            ["Week", "Days (UTC)", "Brands", "Ranked", "Mentions", "Pending", "Leaders", "Last recomputed", "Methodology"],
            rows,
            [false, false, true, true, true, true, false, false, false]);
    }

    /// <summary>
    /// The leader per industry, only from ranked brands, e.g. <c>airlines: Delta; retail: nobody qualifies (…)</c>
    /// (<see cref="Answers.WeeklyLeader"/>); a tied top names the whole group.
    /// </summary>
    private static string Leader(WeeklySnapshot snapshot)
    {
        var leaders = snapshot.Brands.Select(b => b.Industry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(industry => Answers.WeeklyLeader(snapshot, industry)).ToList();
        return leaders.Count == 0 ? "no brand had mentions" : string.Join("; ", leaders);
    }
}
