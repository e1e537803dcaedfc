using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Html;

/// <summary>Reports of thin data still render: nobody ranked, no answered mention, nothing ingested.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public async Task Leaderboard_with_nobody_ranked_says_so_and_draws_no_chart()
    {
        var result = Some.Result();
        var board = result.Leaderboards[0] with { Ranked = [] };

        var html = await HtmlReports.LeaderboardAsync(result, board);

        Assert.Contains("No brand in this industry has enough mentions to be ranked.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("then brand id.\n\n_none_\n\n## Not ranked: not enough data", LeaderboardMarkdown.Render(result, board), StringComparison.Ordinal);
        Assert.Contains("there is no leader", LeaderboardMarkdown.Render(result, board), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_with_a_brand_that_never_answered_shows_dashes_and_still_charts_the_other()
    {
        var silent = new RankedBrand(
            null,
            Some.Brand("silent", "Silent Air", "Airlines", "SilentAir"),
            new BrandMetrics("silent", 60, 0, 0, 60, 0.0, new ResponseTimeStats(0, null, null, null, null, null, null, null), null, 0, 0, 0, 0, 0),
            Some.Score(0, 0, 0));
        var delta = Some.Result().Leaderboards[0].Ranked[0];
        var comparison = Some.Comparison([delta, silent], new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal) { ["delta"] = Some.DeltaTimes });

        var html = await HtmlReports.ComparisonAsync(comparison);
        var markdown = ComparisonMarkdown.Render(comparison);

        Assert.Contains("| Median first response | 14 min (12–17 min) | – |", markdown, StringComparison.Ordinal);
        Assert.Contains("Delta (n = 9)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Silent Air (n = 0)", html, StringComparison.Ordinal);
        Assert.Contains("**Delta has the higher care score: 63.2 vs 0.0 for Silent Air", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_of_a_run_without_data_renders()
    {
        var result = Some.Result() with { Leaderboards = [], Ingests = [], Findings = [] };

        var html = await HtmlReports.SummaryAsync(result);

        Assert.Contains("No industry has mentions in this period.", html, StringComparison.Ordinal);
        Assert.Contains("No file was ingested in this run; the figures come from the store.", html, StringComparison.Ordinal);
        Assert.Contains("No findings.", html, StringComparison.Ordinal);
        Assert.Contains("No industry has mentions in this period.", SummaryMarkdown.Render(result), StringComparison.Ordinal);
    }
}
