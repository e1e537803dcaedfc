using Benchmarking.Engine.History;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>Sentences of the weekly pages, shared by their HTML and Markdown renderings.</summary>
internal static class WeeklyText
{
    /// <summary>Title of the index page.</summary>
    public const string IndexTitle = "Weekly customer care scorecards";

    /// <summary>Explains the columns of the brand tables.</summary>
    public const string TableLegend =
        "Changes are against the previous ISO week (this week − last week); Move is places up (↑) or down (↓). The 4-week trend is the least-squares slope of the score over this week and the three before, in points per week. Main change is the score component whose weighted contribution moved most, or, for brands entering or leaving the ranking, their mentions against the minimum.";

    /// <summary>Title of a week's summary page.</summary>
    public static string SummaryTitle(IsoWeek week) => $"Weekly summary: {week}";

    /// <summary>The line under the summary title.</summary>
    public static string SummaryMeta(WeekComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var s = comparison.Snapshot;
        var against = comparison.Comparable ? $"compared with {comparison.Previous!.Week}" : "no comparable previous week";
        return $"{s.Week.Start.UtcDateTime:yyyy-MM-dd} to {s.Week.End.AddDays(-1).UtcDateTime:yyyy-MM-dd} (UTC); computed {ReportFormat.Time(s.ComputedAt)}; methodology v{s.MethodologyVersion}; {against}.";
    }

    /// <summary>Warnings when the week's figures are provisional: pending mentions, rows rejected by this run.</summary>
    public static IReadOnlyList<string> PartialData(WeeklySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var warnings = new List<string>();
        if (snapshot.Accounting.WeekPending > 0)
        {
            warnings.Add($"Provisional: {ReportFormat.Plural(snapshot.Accounting.WeekPending, "mention")} of this week {(snapshot.Accounting.WeekPending == 1 ? "was" : "were")} still inside the {ReportFormat.Duration(snapshot.AnswerWindow)} answer window when the data ended ({ReportFormat.Time(snapshot.AsOf)}); rerun this week once later data is in to settle them.");
        }

        if (snapshot.Accounting.RunRowsRejected > 0)
        {
            warnings.Add($"{ReportFormat.Plural(snapshot.Accounting.RunRowsRejected, "input row")} {(snapshot.Accounting.RunRowsRejected == 1 ? "was" : "were")} rejected by this run; see the rejects files.");
        }

        return warnings;
    }

    /// <summary>The paragraph under the index title.</summary>
    public static string IntroText => "One row per computed ISO week, latest first. Rerunning a week replaces it; Last recomputed says when each was computed.";

    /// <summary>The paragraph under the index title, with the number of weeks.</summary>
    public static string IndexIntro(IReadOnlyList<WeeklySnapshot> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count == 0
            ? IntroText
            : $"{IntroText} {ReportFormat.Plural(history.Count, "week")} from {history.Min(s => s.Week)} to {history.Max(s => s.Week)}.";
    }
}
