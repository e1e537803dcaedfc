using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Charts;

/// <summary>Mention volume and share of voice per week in the comparison (issue #19 item 6), on the shipped sample.</summary>
public sealed class ShareOfVoiceTests
{
    [Fact]
    public void The_industry_volume_per_week_adds_up_to_the_industrys_mentions_over_the_period()
    {
        var comparison = Sample.DeltaVsAmerican;
        var industry = comparison.Brands[0].Brand.Industry;
        var brands = comparison.Result.AllBrands.Where(b => b.Brand.Industry == industry).ToList();

        Assert.Equal(brands.Sum(b => b.Metrics.Mentions), comparison.IndustryWeekly.Where(w => w.Industry == industry).Sum(w => w.Mentions));
        Assert.All(comparison.IndustryWeekly, w => Assert.InRange(w.Brands, 1, brands.Count));
    }

    [Fact]
    public void Shares_are_the_brands_mentions_over_the_industrys_and_sum_to_at_most_one()
    {
        var comparison = Sample.DeltaVsAmerican;
        foreach (var week in comparison.Weekly.Select(w => w.Week).Distinct())
        {
            var shares = comparison.Brands.Select(b => ShareOfVoice.Share(comparison, b.Brand.Id, week) ?? 0).ToList();
            Assert.InRange(shares.Sum(), 0, 1 + 1e-12);
        }

        var busiest = comparison.IndustryWeekly.MaxBy(w => w.Mentions)!;
        var delta = comparison.Weekly.Single(w => w.BrandId == comparison.Brands[0].Brand.Id && w.Week == busiest.Week);
        Assert.Equal((double)delta.Mentions / busiest.Mentions, ShareOfVoice.Share(comparison, delta.BrandId, busiest.Week));
    }

    [Fact]
    public void The_chart_leaves_out_weeks_with_a_thin_industry_and_the_table_lists_every_trend_week()
    {
        var comparison = Sample.DeltaVsAmerican;
        var lines = ShareOfVoice.Lines(comparison);

        Assert.Equal(comparison.Brands.Count, lines.Count);
        foreach (var (line, brand) in lines.Zip(comparison.Brands))
        {
            foreach (var (week, value) in line.Points)
            {
                var industry = ShareOfVoice.Industry(comparison, brand.Brand.Industry, week);
                Assert.Equal(industry is { } i && ClaimRules.EnoughForTrend(i.Mentions) ? ShareOfVoice.Share(comparison, brand.Brand.Id, week) : null, value);
            }
        }

        Assert.Contains(lines.SelectMany(l => l.Points), p => p.Value is null);
        Assert.Equal(ComparisonTables.Weekly(comparison).Rows.Select(r => r[0]), ComparisonTables.Volume(comparison).Rows.Select(r => r[0]));
        Assert.Contains(ComparisonCharts.Trends(comparison), c => c.Chart.Name == "trend-voice");
    }
}
