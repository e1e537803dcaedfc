using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

public sealed class ReportTextTests
{
    [Fact]
    public void Rank_of_a_ranked_brand_counts_its_industry()
    {
        var result = Some.Result(inference: false);
        Assert.Equal("2 of 2", ReportText.Rank(result.Leaderboards[0].Ranked[1], result));
    }

    [Fact]
    public void Rank_of_a_statistically_tied_brand_is_marked()
    {
        var result = Some.Result();
        // Every brand of a tied group shows the rank of its first brand.
        Assert.Equal("=1 of 2", ReportText.Rank(result.Leaderboards[0].Ranked[1], result));
        Assert.Equal("=1", ReportText.RankLabel(result.Leaderboards[0].Ranked[1]));
        Assert.Equal("1–2", ReportText.RankRange(result.Leaderboards[0].Ranked[1]));
        Assert.Equal("–", ReportText.RankLabel(result.Leaderboards[0].NotEnoughData[0]));
    }

    [Fact]
    public void Figures_carry_their_intervals_when_computed()
    {
        var delta = Some.Result().Leaderboards[0].Ranked[0];
        var plain = Some.Result(inference: false).Leaderboards[0].Ranked[0];

        Assert.Equal(("63.2 (58.1–68.0)", "59.3% (56.5–62.0%)", "14 min (12–17 min)"), (ReportText.Score(delta), ReportText.ResponseRate(delta), ReportText.Median(delta)));
        Assert.Equal(("63.2", "59.3%", "14 min", "–"), (ReportText.Score(plain), ReportText.ResponseRate(plain), ReportText.Median(plain), ReportText.RankRange(plain)));
    }

    [Fact]
    public void A_degenerate_or_unreadable_interval_gives_way_to_the_count_behind_the_figure()
    {
        // One answered mention: every replicate agrees, so "100.0% (100.0–100.0%)" and "57 min (57–57 min)" say nothing.
        var delta = Some.Result().Leaderboards[0].Ranked[0];
        var one = delta with
        {
            Metrics = delta.Metrics with { Mentions = 1, Answered = 1, Pending = 0, ResponseRate = 1.0, FirstResponse = delta.Metrics.FirstResponse with { MedianSeconds = 3420 } },
            Uncertainty = delta.Uncertainty! with { ResponseRate = new Engine.Inference.ConfidenceInterval(1.0, 1.0), MedianSeconds = new Engine.Inference.ConfidenceInterval(3420, 3420) },
        };
        Assert.Equal(("100.0% (n = 1)", "57 min (n = 1)"), (ReportText.ResponseRate(one), ReportText.Median(one)));

        // A positive but unprintable width (57.0–57.2 min) is no better.
        var narrow = one with { Uncertainty = one.Uncertainty! with { MedianSeconds = new Engine.Inference.ConfidenceInterval(3415, 3430) } };
        Assert.Equal("57 min (n = 1)", ReportText.Median(narrow));
    }

    [Theory]
    [InlineData(0.61, 0.628, "61.0% (KM 62.8%)")]
    [InlineData(0.61, 0.61004, "61.0%")]
    [InlineData(0.61, null, "61.0%")]
    [InlineData(null, 0.5, "– (KM 50.0%)")]
    public void Share_shows_the_kaplan_meier_estimate_only_where_it_prints_differently(double? naive, double? survival, string expected)
    {
        Assert.Equal(expected, ReportText.Share(naive, survival));
    }

    [Fact]
    public void Methodology_line_states_version_normalisation_weights_and_bootstrap()
    {
        Assert.Equal(
            "v2.0, absolute normalisation; wall clock; weights responsiveness 0.40, speed 0.40, consistency 0.20; bootstrap 200 replicates, seed 20171031",
            ReportText.Methodology(Some.Options()));
        Assert.Equal(
            "v1.0, relative normalisation; wall clock; weights responsiveness 0.40, speed 0.40, consistency 0.20; bootstrap off",
            ReportText.Methodology(Some.Options(inference: false) with { Normalisation = Engine.Scoring.ScoreNormalisation.Relative }));
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

        Assert.Equal(["Metric", "Delta", "American Airlines", "Airlines (2 ranked brands): median [quartiles]"], table.Header);
        Assert.Equal(
            [
                "Industry", "Handles", "Rank in industry", "Rank range (95%)", "Care score (0–100)", "Responsiveness (weight 0.40)", "Speed (weight 0.40)",
                "Consistency (weight 0.20)", "Mentions", "Answered", "Pending", "Unanswered", "Response rate", "Median first response",
                "Mean first response", "25th percentile first response", "75th percentile first response", "90th percentile first response",
                "Std dev of first response", "Spread (IQR of log10 seconds, decades)", "Answered within 15 min", "Answered within 1 h",
                "Answered within 24 h", "Answered within 15 min (Kaplan–Meier)", "Answered within 1 h (Kaplan–Meier)",
                "Answered within 24 h (Kaplan–Meier)", "Replies before mention (excluded)", "Brand replies",
            ],
            table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Headline_table_without_inference_has_no_rank_range_or_kaplan_meier_rows()
    {
        var labels = ComparisonTables.Headline(Some.Comparison(inference: false)).Rows.Select(r => r[0]).ToList();

        Assert.DoesNotContain("Rank range (95%)", labels);
        Assert.DoesNotContain(labels, l => l.Contains("Kaplan", StringComparison.Ordinal));
        Assert.Equal([IndustryBenchmark.Legend], ComparisonTables.Legends(Some.Comparison(inference: false)));
    }

    [Fact]
    public void Findings_of_a_comparison_keep_its_brands_and_data_set_wide_ones()
    {
        var table = RunTables.Findings(Some.Result(), ["delta", "american-airlines"]);

        Assert.Equal([("reply-before-mention", "Delta"), ("clock-skew", "all brands")], table.Rows.Select(r => (r[1], r[2])));
    }
}
