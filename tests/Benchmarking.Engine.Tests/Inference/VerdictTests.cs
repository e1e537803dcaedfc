using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>The plain-language sentences, snapshot-style, and the p-value format.</summary>
public sealed class VerdictTests
{
    [Fact]
    public void A_significant_response_time_difference_names_the_faster_brand()
    {
        // X = Virgin is faster: U = 15 of 72 pairs, P(X < Y) = 19/24 = 0.79, p = 0.0476.
        var result = MannWhitneyU.Test([60, 120, 120, 300, 600, 900, 1800, 3600], [300, 600, 600, 1200, 2400, 3600, 7200, 14400, 86400]);

        Assert.Equal(
            "Virgin answers faster; the difference is significant at 95% (Mann–Whitney p = 0.048, P(faster) = 0.79).",
            Verdict.ResponseTimes("Virgin", "Delta", result));
        Assert.Equal(
            "Virgin answers faster; the difference is significant at 95% (Mann–Whitney p = 0.048, P(faster) = 0.79).",
            Verdict.ResponseTimes("Delta", "Virgin", MannWhitneyU.Test([300, 600, 600, 1200, 2400, 3600, 7200, 14400, 86400], [60, 120, 120, 300, 600, 900, 1800, 3600])));
    }

    [Fact]
    public void A_non_significant_difference_says_so()
    {
        // scipy's example: X larger (slower), p = 0.111, P(Y faster) = 1 − 3/20 = 0.85.
        var result = MannWhitneyU.Test([19, 22, 16, 29, 24], [20, 11, 17, 12]);

        Assert.Equal(
            "Delta answers faster in this sample, but the difference is not statistically significant at 95% (Mann–Whitney p = 0.11, P(faster) = 0.85).",
            Verdict.ResponseTimes("Virgin", "Delta", result));
    }

    [Fact]
    public void Degenerate_response_time_comparisons_have_their_own_sentences()
    {
        Assert.Equal(
            "There are not enough answered mentions to compare how fast Virgin and Delta answer.",
            Verdict.ResponseTimes("Virgin", "Delta", MannWhitneyU.Test([], [1])));
        Assert.Equal(
            "Virgin and Delta answer equally fast in this sample; there is no difference to test (Mann–Whitney p = 1.00).",
            Verdict.ResponseTimes("Virgin", "Delta", MannWhitneyU.Test([5, 5], [5])));
    }

    [Fact]
    public void Response_rate_sentences_give_both_rates_the_difference_and_its_interval()
    {
        Assert.Equal(
            "Virgin answers a larger share of mentions (80.0% vs 60.0%); the difference of 20.0 percentage points is significant at 95% (two-proportion z-test p = 0.008, 95% CI 5.2 to 33.4 points).",
            Verdict.ResponseRates("Virgin", "Delta", TwoProportionTest.Test(56, 70, 48, 80)));
        Assert.Equal(
            "Virgin answers a larger share of mentions (80.0% vs 60.0%); the difference of 20.0 percentage points is significant at 95% (two-proportion z-test p = 0.008, 95% CI 5.2 to 33.4 points).",
            Verdict.ResponseRates("Delta", "Virgin", TwoProportionTest.Test(48, 80, 56, 70)));
        Assert.Equal(
            "Acme answers a larger share of mentions in this sample (8.9% vs 0.0%), but the difference of 8.9 percentage points is not statistically significant at 95% (two-proportion z-test p = 0.097, 95% CI -3.8 to 19.3 points).",
            Verdict.ResponseRates("Acme", "Globex", TwoProportionTest.Test(5, 56, 0, 29)));
        Assert.Equal(
            "Acme and Globex answer the same share of mentions (100.0%); there is no difference to test (two-proportion z-test p = 1.00).",
            Verdict.ResponseRates("Acme", "Globex", TwoProportionTest.Test(10, 10, 10, 10)));
        Assert.Equal(
            "There are not enough decided mentions to compare the response rates of Acme and Globex.",
            Verdict.ResponseRates("Acme", "Globex", TwoProportionTest.Test(10, 10, 0, 0)));
    }

    [Fact]
    public void The_printed_rate_gap_is_the_difference_of_the_printed_rates()
    {
        // 78.44% vs 76.76%: the exact gap 1.68 would print as 1.7 beside 78.4% and 76.8%.
        var sentence = Verdict.ResponseRates("Virgin", "Delta", TwoProportionTest.Test(7844, 10000, 7676, 10000));

        Assert.Contains("(78.4% vs 76.8%); the difference of 1.6 percentage points", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_rank_sentences_name_the_faster_brand_counting_censored_mentions()
    {
        Assert.Equal(
            "Placebo answers faster, counting unanswered and pending mentions; the difference is significant at 95% (log-rank p < 0.001).",
            Verdict.TimeToResponse("6-MP", "Placebo", LogRankTest.Test(Leukaemia.SixMp, Leukaemia.Placebo)));
        Assert.Equal(
            "There are not enough answered mentions to compare how fast A and B answer.",
            Verdict.TimeToResponse("A", "B", LogRankTest.Test([MentionOutcome.NoAnswer(10)], [MentionOutcome.NoAnswer(10)])));
    }

    [Theory]
    [InlineData(0.0, "p < 0.001")]
    [InlineData(0.00099, "p < 0.001")]
    [InlineData(0.001, "p = 0.001")]
    [InlineData(0.0034, "p = 0.003")]
    [InlineData(0.0476, "p = 0.048")]
    [InlineData(0.0496, "p = 0.0496")] // 3 decimals would print 0.050 for a significant result
    [InlineData(0.04996, "p = 0.04996")]
    [InlineData(0.05, "p = 0.050")]
    [InlineData(0.0999, "p = 0.100")]
    [InlineData(0.41, "p = 0.41")]
    [InlineData(1.0, "p = 1.00")]
    public void P_values_are_printed_so_they_agree_with_the_verdict(double p, string expected)
    {
        Assert.Equal(expected, Verdict.FormatP(p));
    }

    [Fact]
    public void Brand_names_are_required()
    {
        var result = MannWhitneyU.Test([1], [2]);

        Assert.Throws<ArgumentException>(() => Verdict.ResponseTimes(" ", "Delta", result));
        Assert.Throws<ArgumentNullException>(() => Verdict.ResponseTimes("Virgin", null!, result));
    }
}
