using Benchmarking.Engine.History;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Html;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>Every kind of HTML report, rendered for browser tests: the hand-made ones, and the scorecard and comparison of the sample.</summary>
internal static class ReportPages
{
    public static TheoryData<string> Names => ["summary", "leaderboard", "sample-leaderboard", "comparison", "scenario-comparison", "scorecard", "quality", "weekly-summary", "executive-summary"];

    public static Task<string> RenderAsync(string name) => name switch
    {
        "summary" => HtmlReports.SummaryAsync(Some.Result()),
        "leaderboard" => HtmlReports.LeaderboardAsync(Some.Result(), Some.Result().Leaderboards[0]),
        "comparison" => HtmlReports.ComparisonAsync(Sample.DeltaVsAmerican),
        "scorecard" => HtmlReports.ScorecardAsync(Sample.DeltaScorecard),
        "executive-summary" => HtmlReports.ExecutiveSummaryAsync(Sample.DeltaScorecard),
        "scenario-comparison" => HtmlReports.ComparisonAsync(Scenario.QantasVsVirgin),
        // Every score component and a brand with too few replies: the widest component table the sample gives.
        "sample-leaderboard" => HtmlReports.LeaderboardAsync(Sample.DeltaVsAmerican.Result, Sample.DeltaVsAmerican.Result.Leaderboards.MaxBy(b => b.Ranked.Count)!),
        "quality" => HtmlReports.QualityAsync(SomeQuality.List(), Some.Result()),
        "weekly-summary" => WeeklySummaryAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown report"),
    };

    private static Task<string> WeeklySummaryAsync()
    {
        var history = SomeWeeks.History();
        var week = IsoWeek.Parse("2017-W44");
        var weeks = ScoreTrendChart.Weeks(history, week, 8);
        return HtmlPages.RenderAsync<WeeklySummaryPage>(new Dictionary<string, object?>
        {
            [nameof(WeeklySummaryPage.Comparison)] = WeeklyHistory.Compare(history, week),
            [nameof(WeeklySummaryPage.Leaderboards)] = new List<(string, string)> { ("airlines", "leaderboard-airlines") },
            [nameof(WeeklySummaryPage.Charts)] = new Dictionary<string, ChartSvg> { ["airlines"] = ScoreTrendChart.Render(history, "airlines", weeks, "trend1")! },
        });
    }
}
