using Benchmarking.Reports.Html;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>Every kind of HTML report, rendered for browser tests: the hand-made ones, and the scorecard and comparison of the sample.</summary>
internal static class ReportPages
{
    public static TheoryData<string> Names => ["summary", "leaderboard", "comparison", "scorecard", "quality"];

    public static Task<string> RenderAsync(string name) => name switch
    {
        "summary" => HtmlReports.SummaryAsync(Some.Result()),
        "leaderboard" => HtmlReports.LeaderboardAsync(Some.Result(), Some.Result().Leaderboards[0]),
        "comparison" => HtmlReports.ComparisonAsync(Sample.DeltaVsAmerican),
        "scorecard" => HtmlReports.ScorecardAsync(Sample.DeltaScorecard),
        "quality" => HtmlReports.QualityAsync(SomeQuality.List(), Some.Result()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown report"),
    };
}
