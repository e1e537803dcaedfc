using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>Texts of the run summary.</summary>
internal static class SummaryText
{
    /// <summary>E.g. <c>12 brands ranked, 3 with too few mentions (minimum 50).</c></summary>
    public static string Counts(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        return $"{ReportFormat.Count(leaderboard.Ranked.Count)} ranked, {ReportFormat.Count(leaderboard.NotEnoughData.Count)} with too few mentions (minimum {ReportFormat.Count(leaderboard.MinimumMentions)}).";
    }
}
