using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Reports.Charts;

/// <summary>Every chart of a report with its caption, in page order: what <c>--charts</c> writes as files beside the report.</summary>
internal static class ReportCharts
{
    /// <summary>The comparison's charts: against the industry, distribution, components, trends, heatmaps.</summary>
    public static IReadOnlyList<CaptionedChart> Comparison(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return
        [
            .. ComparisonCharts.Industry(comparison),
            new(EcdfChart.Render(EcdfChart.SeriesOf(comparison), comparison.Result.MetricsOptions.AnswerWindow), EcdfChart.Caption),
            new(ComponentScoreChart.Render(comparison.Brands), ComponentScoreChart.Caption),
            .. ComparisonCharts.Trends(comparison),
            .. ComparisonCharts.Heatmaps(comparison),
        ];
    }

    /// <summary>The scorecard's charts (<see cref="ScorecardCharts.Render"/>).</summary>
    public static IReadOnlyList<CaptionedChart> Scorecard(Scorecard card) => ScorecardCharts.Render(card);

    /// <summary>The leaderboard's score chart.</summary>
    public static IReadOnlyList<CaptionedChart> Leaderboard(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        return [new(ScoreBarChart.Render(leaderboard), ScoreBarChart.Caption)];
    }
}
