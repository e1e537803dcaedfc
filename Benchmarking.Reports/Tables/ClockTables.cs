using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>Methodology v4: first-response times on the wall and the business clock side by side, and out-of-hours mentions.</summary>
internal static class ClockTables
{
    /// <summary>
    /// Every brand of the leaderboard (ranked first, in rank order, then the others): median, mean and 90th percentile of
    /// first response and the share answered within 1 hour, each on the wall and on the business clock.
    /// </summary>
    public static TextTable Clocks(Leaderboard leaderboard) =>
        Table(leaderboard,
            ["Brand", "Median (wall)", "Median (business)", "Mean (wall)", "Mean (business)", "90th pct (wall)", "90th pct (business)", "Within 1 h (wall)", "Within 1 h (business)"],
            b =>
            {
                var wall = b.Metrics.WallClock ?? ClockFigures.Of(b.Metrics);
                var business = b.Metrics.BusinessClock ?? wall;
                return
                [
                    ReportFormat.Duration(wall.FirstResponse.MedianSeconds),
                    ReportFormat.Duration(business.FirstResponse.MedianSeconds),
                    ReportFormat.Duration(wall.FirstResponse.MeanSeconds),
                    ReportFormat.Duration(business.FirstResponse.MeanSeconds),
                    ReportFormat.Duration(wall.FirstResponse.P90Seconds),
                    ReportFormat.Duration(business.FirstResponse.P90Seconds),
                    ReportFormat.Percent(wall.Within1Hour),
                    ReportFormat.Percent(business.Within1Hour),
                ];
            });

    /// <summary>
    /// Every brand of the leaderboard, in the same order: its time zone, whether it declares support hours, the mentions
    /// posted out of those hours and their answer rate. Apart from <see cref="Clocks"/> so that both fit a laptop screen.
    /// </summary>
    public static TextTable Hours(Leaderboard leaderboard) =>
        Table(leaderboard,
            ["Brand", "Time zone", "Support hours", "Posted out of hours", "Out-of-hours answer rate"],
            b =>
            {
                var outOfHours = b.Metrics.OutOfHours ?? OutOfHoursMentions.None;
                return
                [
                    b.Brand.TimeZoneId,
                    b.Brand.IsAlwaysOpen ? "24/7" : "declared",
                    ReportFormat.Count(outOfHours.Mentions),
                    ReportFormat.Percent(outOfHours.AnswerRate),
                ];
            },
            textColumns: 2);

    private static TextTable Table(Leaderboard leaderboard, IReadOnlyList<string> header, Func<RankedBrand, IReadOnlyList<string>> figures, int textColumns = 0)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var rows = leaderboard.Ranked.Concat(leaderboard.NotEnoughData)
            .Select(b => (IReadOnlyList<string>)[b.Brand.Name, .. figures(b)])
            .ToList();
        return new TextTable(header, rows, [.. header.Select((_, i) => i > textColumns)]);
    }

    /// <summary>What the table shows and which clock the score used.</summary>
    public static string Legend(ResponseClock clock) =>
        $"The business clock counts only the brand's support hours in its own time zone (registry; 24/7 when none are declared, and then it equals the wall clock); public holidays are not modelled. A mention posted while closed starts its clock at the next opening. Answered and unanswered are decided on the wall clock in both. The care score uses the {ReportText.Clock(clock)} clock.";
}
