using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

/// <summary>The industry median and quartiles beside a brand's headline figures (issue #19 item 5).</summary>
public sealed class IndustryBenchmarkTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 1.75, 2.5, 3.25)]
    [InlineData(new[] { 4.0, 1, 3, 2, 5 }, 2, 3, 4)]
    [InlineData(new[] { 7.0 }, 7, 7, 7)]
    public void Quartiles_interpolate_linearly_between_order_statistics(double[] values, double lower, double median, double upper)
    {
        Assert.Equal(new Quartiles(lower, median, upper), Quartiles.Of(values));
    }

    [Fact]
    public void Fewer_than_four_ranked_brands_give_no_quartiles_and_say_so()
    {
        var industry = IndustryBenchmark.Of(Some.Result(), "Airlines");

        Assert.False(industry.Enough);
        Assert.Equal("not enough brands (2 ranked)", industry.ScoreCell);
        Assert.Empty(IndustryBandChart.Render(Some.Result().Leaderboards[0].Ranked, industry, "x"));
    }

    [Fact]
    public void The_quartiles_come_from_the_ranked_brands_of_the_industry_only()
    {
        var comparison = Sample.DeltaVsAmerican;
        var board = comparison.Result.Leaderboards.Single(l => l.Industry == comparison.Brands[0].Brand.Industry);
        var industry = IndustryBenchmark.Of(comparison.Result, board.Industry);

        Assert.True(board.Ranked.Count >= IndustryBenchmark.MinimumBrands, "the sample's airlines have enough ranked brands");
        Assert.Equal(board.Ranked.Count, industry.Brands);
        Assert.Equal(Quartiles.Of(board.Ranked.Select(b => b.Score.Total)), industry.Score);
        Assert.Equal(Quartiles.Of(board.Ranked.Select(b => b.Metrics.ResponseRate).OfType<double>()), industry.ResponseRate);
        Assert.Equal(Quartiles.Of(board.Ranked.Select(b => b.Metrics.FirstResponse.MedianSeconds).OfType<double>()), industry.MedianSeconds);
    }

    [Fact]
    public void Comparison_and_scorecard_show_an_industry_column_on_the_headline_rows()
    {
        var comparison = ComparisonTables.Headline(Sample.DeltaVsAmerican);
        var scorecard = ScorecardTables.Headline(Sample.DeltaScorecard);

        foreach (var table in new[] { comparison, scorecard })
        {
            Assert.Contains("median [quartiles]", table.Header[^1], StringComparison.Ordinal);
            var filled = table.Rows.Where(r => r[^1].Length > 0).Select(r => r[0]).ToList();
            Assert.Equal(["Care score (0–100)", "Response rate", "Median first response"], filled);
        }

        var industry = ComparisonTables.Industries(Sample.DeltaVsAmerican).Single();
        Assert.Equal(industry.ScoreCell, comparison.Rows.Single(r => r[0] == "Care score (0–100)")[^1]);
    }

    [Fact]
    public void The_band_charts_draw_the_industry_quartiles_behind_the_brands()
    {
        var comparison = Sample.DeltaVsAmerican;
        var industry = ComparisonTables.Industries(comparison).Single();
        var charts = ComparisonCharts.Industry(comparison);

        Assert.Equal(3, charts.Count);
        Assert.All(charts, c => Assert.Contains("quartile", c.Caption, StringComparison.Ordinal));
        Assert.Equal(industry.Score, IndustryBandChart.Band(industry, HeadlineFigure.Score));
        Assert.Equal(industry.MedianSeconds, IndustryBandChart.Band(industry, HeadlineFigure.MedianResponse));
        Assert.Contains(ScorecardCharts.Render(Sample.DeltaScorecard), c => c.Chart.Svg.Contains("industry median", StringComparison.Ordinal));
    }
}
