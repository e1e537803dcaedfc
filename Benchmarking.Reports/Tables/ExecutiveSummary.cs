using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// The one-slide executive summary of a weekly scorecard: four KPI tiles — care score, response rate, median first
/// response, rank — with this week's value, its change against last week and the trailing weeks, and the industry's
/// median. A change is called "rose", "fell", "faster" or "slower" only through <see cref="ClaimRules"/>; otherwise the
/// tile says "no supported change" or "not enough data" beside the arithmetic.
/// </summary>
internal static class ExecutiveSummary
{
    /// <summary>E.g. <c>Delta Air Lines, 2017-W44: care at a glance</c>.</summary>
    public static string Title(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return $"{card.Brand.Name}, {card.Week}: care at a glance";
    }

    /// <summary>The four tiles, in reading order.</summary>
    public static IReadOnlyList<KpiTile> Tiles(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = card.ThisWeek.Brand;
        var options = card.ThisWeek.Result.ScoreOptions;
        var industry = ScorecardTables.Industry(card);
        string IndustryText(string cell) => industry.Enough ? $"{industry.Industry} median [quartiles]: {cell}" : $"{industry.Industry}: {cell}";
        IReadOnlyList<string> Changes(Func<ScorecardPeriod, string> change) =>
            [$"vs last week ({card.LastWeek.First}): {change(card.LastWeek)}", $"vs trailing {card.Trailing.Weeks} weeks: {change(card.Trailing)}"];

        if (now is null)
        {
            return [new KpiTile("Mentions", "0", $"no mentions in {card.Week}", [], string.Empty)];
        }

        string ScoreChange(ScorecardPeriod before) => before.Brand is not { } b
            ? "no mentions then"
            : Worded(ScorecardTables.Points(now.Score.Total, b.Score.Total) + " points", ClaimRules.Difference(now, b, options).Strength, now.Score.Total > b.Score.Total, "rose", "fell");
        string RateChange(ScorecardPeriod before) => before.Brand is not { } b
            ? "no mentions then"
            : Worded(ScorecardTables.PercentagePoints(now.Metrics.ResponseRate, b.Metrics.ResponseRate), ClaimRules.IntervalChange(now, b, u => u.ResponseRate, options), now.Metrics.ResponseRate > b.Metrics.ResponseRate, "rose", "fell");
        string MedianChange(ScorecardPeriod before) => before.Brand is not { } b
            ? "no mentions then"
            : Worded(ScorecardTables.DurationChange(now.Metrics.FirstResponse.MedianSeconds, b.Metrics.FirstResponse.MedianSeconds), ClaimRules.IntervalChange(now, b, u => u.MedianSeconds, options), now.Metrics.FirstResponse.MedianSeconds < b.Metrics.FirstResponse.MedianSeconds, "faster", "slower");
        string RankChange(ScorecardPeriod before) => before.Brand is not { } b
            ? "no mentions then"
            : now.Rank is not null && b.Rank is not null ? $"{ReportText.Rank(b, before.Result)} then ({ScorecardTables.RankMove(card.ThisWeek, before)})" : $"{ReportText.Rank(b, before.Result)} then";

        return
        [
            new("Care score (0–100)", ReportFormat.Score(now.Score.Total), Detail(ReportText.Score(now), ReportFormat.Score(now.Score.Total)), Changes(ScoreChange), IndustryText(industry.ScoreCell)),
            new("Response rate", ReportFormat.Percent(now.Metrics.ResponseRate), Detail(ReportText.ResponseRate(now), ReportFormat.Percent(now.Metrics.ResponseRate)), Changes(RateChange), IndustryText(industry.ResponseRateCell)),
            new("Median first response", ReportFormat.Duration(now.Metrics.FirstResponse.MedianSeconds), Detail(ReportText.Median(now), ReportFormat.Duration(now.Metrics.FirstResponse.MedianSeconds)), Changes(MedianChange), IndustryText(industry.MedianCell)),
            new("Rank in " + card.Brand.Industry, ReportText.RankLabel(now), ReportText.Rank(now, card.ThisWeek.Result), Changes(RankChange), $"{ReportFormat.Plural(industry.Brands, "ranked brand")} this week"),
        ];
    }

    /// <summary>The words for a change: the verb only when the rule supports it.</summary>
    internal static string Worded(string arithmetic, ClaimStrength strength, bool up, string upWord, string downWord) => strength switch
    {
        ClaimStrength.Supported => $"{(up ? upWord : downWord)}, {arithmetic} (supported)",
        ClaimStrength.Tied => $"{arithmetic}, no supported change",
        ClaimStrength.NotEnoughData => $"{arithmetic}, not enough data to call a change",
        _ => $"{arithmetic} (not tested)",
    };

    /// <summary>
    /// The bracketed part of a figure such as <c>79.8 (75.2–85.2)</c> as <c>95% interval 75.2–85.2</c>, or the count or
    /// note it carries instead (<c>n = 1</c>); empty when there is none.
    /// </summary>
    private static string Detail(string withInterval, string value)
    {
        if (withInterval.Length <= value.Length || !withInterval.StartsWith(value, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var inner = withInterval[value.Length..].Trim().TrimStart('(').TrimEnd(')');
        return inner.StartsWith("n = ", StringComparison.Ordinal) || inner.StartsWith("no interval", StringComparison.Ordinal) ? inner : "95% interval " + inner;
    }
}
