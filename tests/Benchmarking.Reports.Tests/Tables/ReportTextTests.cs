using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

public sealed class ReportTextTests
{
    [Fact]
    public void Rank_of_a_ranked_brand_counts_its_industry()
    {
        var result = Some.Result();
        Assert.Equal("2 of 2", ReportText.Rank(result.Leaderboards[0].Ranked[1], result));
    }

    [Fact]
    public void Rank_of_a_brand_with_too_few_mentions_says_why()
    {
        var result = Some.Result();
        Assert.Equal("not ranked: 12 mentions < minimum 50", ReportText.Rank(result.Leaderboards[0].NotEnoughData[0], result));
    }

    [Fact]
    public void Headline_table_has_one_column_per_brand_and_every_metric_row()
    {
        var table = ComparisonTables.Headline(Some.Comparison());

        Assert.Equal(["Metric", "Delta", "American Airlines"], table.Header);
        Assert.Equal(
            [
                "Industry", "Handles", "Rank in industry", "Care score (0–100)", "Responsiveness (weight 0.40)", "Speed (weight 0.40)",
                "Consistency (weight 0.20)", "Mentions", "Answered", "Pending", "Unanswered", "Response rate", "Median first response",
                "Mean first response", "25th percentile first response", "75th percentile first response", "90th percentile first response",
                "Std dev of first response", "Spread (IQR of log10 seconds, decades)", "Answered within 15 min", "Answered within 1 h",
                "Answered within 24 h", "Replies before mention (excluded)", "Brand replies",
            ],
            table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Findings_of_a_comparison_keep_its_brands_and_data_set_wide_ones()
    {
        var table = RunTables.Findings(Some.Result(), ["delta", "american-airlines"]);

        Assert.Equal([("reply-before-mention", "Delta"), ("clock-skew", "all brands")], table.Rows.Select(r => (r[1], r[2])));
    }
}
