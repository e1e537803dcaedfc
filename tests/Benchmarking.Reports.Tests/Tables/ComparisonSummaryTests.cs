using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

public sealed class ComparisonSummaryTests
{
    [Fact]
    public void Names_the_better_brand_per_metric_with_both_values()
    {
        Assert.Equal(
            [
                "Delta has the higher care score (63.2 vs 45.0).",
                "Delta answers a larger share of mentions (59.3% vs 44.9%).",
                "Delta answers faster at the median (14 min vs 46 min).",
                "Delta has the shorter 90th-percentile first response (4 h vs 24 h).",
                "Delta answers more mentions within 1 h (61.0% vs 48.0%).",
            ],
            ComparisonSummary.Sentences(Some.Comparison()));
    }

    [Fact]
    public void Says_nothing_about_a_metric_where_the_brands_print_the_same()
    {
        var a = Brand("a", "A", rate: 0.50001, median: 600);
        var b = Brand("b", "B", rate: 0.5, median: 600);

        var sentences = ComparisonSummary.Sentences(Some.Comparison([a, b]));

        Assert.DoesNotContain(sentences, s => s.Contains("share of mentions", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("median", StringComparison.Ordinal));
    }

    [Fact]
    public void Says_nothing_about_a_metric_only_one_brand_has()
    {
        var a = Brand("a", "A", rate: 0.6, median: null);
        var b = Brand("b", "B", rate: 0.5, median: 600);

        var sentences = ComparisonSummary.Sentences(Some.Comparison([a, b]));

        Assert.Contains("A answers a larger share of mentions (60.0% vs 50.0%).", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains("median", StringComparison.Ordinal));
    }

    [Fact]
    public void Uses_superlatives_for_more_than_two_brands()
    {
        var sentences = ComparisonSummary.Sentences(Some.Comparison(
        [
            Brand("a", "A", rate: 0.4, median: 60),
            Brand("b", "B", rate: 0.7, median: 600),
            Brand("c", "C", rate: 0.5, median: 6000),
        ]));

        Assert.Contains("B answers the largest share of mentions (70.0%; C 50.0%, A 40.0%).", sentences);
        Assert.Contains("A answers fastest at the median (1 min; B 10 min, C 1.7 h).", sentences);
    }

    private static RankedBrand Brand(string id, string name, double rate, double? median)
    {
        var answered = (long)Math.Round(rate * 1000);
        return new RankedBrand(
            1,
            Some.Brand(id, name, "Airlines", id),
            Some.Metrics(id, 1000, answered, 0, median, median * 10, 0.5) with { ResponseRate = rate },
            Some.Score(50, 50, 50));
    }
}
