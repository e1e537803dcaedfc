using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Html;

/// <summary>The HTML reports as strings: charts are drawn here, then the page component renders everything.</summary>
internal static class HtmlReports
{
    /// <summary>The comparison report.</summary>
    public static Task<string> ComparisonAsync(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return HtmlPages.RenderAsync<ComparisonPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ComparisonPage.Comparison)] = comparison,
            [nameof(ComparisonPage.Charts)] = ReportCharts.Comparison(comparison),
        });
    }

    /// <summary>The weekly scorecard of one brand.</summary>
    public static Task<string> ScorecardAsync(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return HtmlPages.RenderAsync<ScorecardPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ScorecardPage.Card)] = card,
            [nameof(ScorecardPage.Charts)] = ReportCharts.Scorecard(card),
        });
    }

    /// <summary>The one-slide executive summary of a weekly scorecard.</summary>
    public static Task<string> ExecutiveSummaryAsync(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return HtmlPages.RenderAsync<ExecutiveSummaryPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ExecutiveSummaryPage.Card)] = card,
        });
    }

    /// <summary>One industry's leaderboard.</summary>
    public static Task<string> LeaderboardAsync(BenchmarkResult result, Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        return HtmlPages.RenderAsync<LeaderboardPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(LeaderboardPage.Result)] = result,
            [nameof(LeaderboardPage.Leaderboard)] = leaderboard,
            [nameof(LeaderboardPage.ScoreChart)] = ScoreBarChart.Render(leaderboard),
        });
    }

    /// <summary>The run summary, linking to the leaderboards under their <see cref="ReportNames.Leaderboards"/> names.</summary>
    public static Task<string> SummaryAsync(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlPages.RenderAsync<SummaryPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(SummaryPage.Result)] = result,
            [nameof(SummaryPage.LeaderboardNames)] = ReportNames.Leaderboards(result.Leaderboards),
        });
    }

    /// <summary>The text-quality report; brand names come from <paramref name="registry"/> or <paramref name="result"/> when given, else ids.</summary>
    public static Task<string> QualityAsync(IReadOnlyList<BrandQuality> quality, BenchmarkResult? result, bool customersShown = false, BrandRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(quality);
        return HtmlPages.RenderAsync<QualityPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(QualityPage.Meta)] = QualityTables.Meta(result, customersShown),
            [nameof(QualityPage.Sections)] = QualityTables.Sections(quality, result, registry),
        });
    }
}
