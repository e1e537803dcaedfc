using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>The log-rank test on the 6-MP vs placebo remission data (R: <c>survdiff(Surv(time, cens) ~ treat, MASS::gehan)</c>).</summary>
public sealed class LogRankTestTests
{
    [Fact]
    public void Six_mp_against_placebo_matches_the_textbook()
    {
        // Textbook / R survdiff: 6-MP observed 9, expected 19.25; placebo observed 21, expected 10.75;
        // χ² = 16.8 on 1 df, p = 4.17e-05. Values below from the hand formula (Σ over the 17 distinct relapse times).
        var result = LogRankTest.Test(Leukaemia.SixMp, Leukaemia.Placebo);

        Assert.Equal((21, 21, 9.0, 21.0), (result.N1, result.N2, result.Observed1, result.Observed2));
        Assert.Equal(19.25050094803113, result.Expected1, 10);
        Assert.Equal(10.749499051968868, result.Expected2, 10);
        Assert.Equal(6.2569605736755, result.Variance, 10);
        Assert.Equal(16.79294098921654, result.ChiSquare, 9);
        Assert.Equal(4.168809109334538e-05, result.PValue, 12);
        Assert.False(result.FirstIsFaster); // fewer relapses than expected on 6-MP: "slower"
    }

    [Fact]
    public void The_p_value_is_the_chi_square_tail_with_one_degree_of_freedom()
    {
        var result = LogRankTest.Test(Leukaemia.SixMp, Leukaemia.Placebo);

        Assert.Equal(1 - MathNet.Numerics.Distributions.ChiSquared.CDF(1, result.ChiSquare), result.PValue, 12);
    }

    [Fact]
    public void Identical_groups_give_chi_square_zero()
    {
        var result = LogRankTest.Test(Leukaemia.SixMp, Leukaemia.SixMp);

        Assert.Equal(0.0, result.ChiSquare, 12);
        Assert.Equal(1.0, result.PValue, 12);
    }

    [Fact]
    public void No_answers_or_an_empty_group_give_p_one()
    {
        Assert.Equal(1.0, LogRankTest.Test([MentionOutcome.NoAnswer(10)], [MentionOutcome.StillPending(3)]).PValue);
        Assert.Equal(1.0, LogRankTest.Test([], Leukaemia.Placebo).PValue);
        Assert.Equal(0.0, LogRankTest.Test([], Leukaemia.Placebo).ChiSquare);
    }
}
