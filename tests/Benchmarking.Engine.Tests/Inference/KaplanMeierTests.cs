using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// The product-limit estimator on the 6-MP remission data (Freireich 1963), checked against the textbook life table
/// (Klein &amp; Moeschberger 2003, table 4.1A; R <c>survfit(..., conf.type = "log-log")</c>), and on edge cases.
/// </summary>
public sealed class KaplanMeierTests
{
    // Hand computation, 6-MP group (n = 21). At each relapse time tᵢ: nᵢ at risk (time ≥ tᵢ; the patient censored at 6
    // and the one censored at 10 are still at risk then: events before censorings), dᵢ relapses.
    //   t   n   d   S(t)                                  Greenwood Σ d/(n(n−d))      SE = S·√Σ
    //   6  21   3   18/21                    = 0.857143   3/(21·18) = 1/126           0.076360
    //   7  17   1   18/21·16/17 = 96/119     = 0.806723   + 1/(17·16)                 0.086935
    //  10  15   1   ·14/15 = 64/85           = 0.752941   + 1/(15·14)                 0.096350
    //  13  12   1   ·11/12 = 176/255         = 0.690196   + 1/(12·11)                 0.106815
    //  16  11   1   ·10/11 = 32/51           = 0.627451   + 1/(11·10)                 0.114054
    //  22   7   1   ·6/7   = 64/119          = 0.537815   + 1/(7·6)                   0.128234
    //  23   6   1   ·5/6   = 160/357         = 0.448179   + 1/(6·5) = 7727/85680      0.134591
    // Log-log 95% interval of S: S^exp(±1.959964·√Σ/|ln S|); e.g. t = 6: √(1/126)/|ln(6/7)| = 0.578 →
    // S ∈ [0.620, 0.952], so the share "answered" (relapsed) within 6 is in [0.048, 0.380].
    [Theory]
    [InlineData(6, 18.0 / 21, 0.07636035483212125, 0.048448252353002985, 0.38028204473401617, 21)]
    [InlineData(7, 96.0 / 119, 0.0869352851800572, 0.0771909807971195, 0.43685343537776666, 17)]
    [InlineData(10, 64.0 / 85, 0.09634965299432051, 0.11063816483073441, 0.4968004892000436, 15)]
    [InlineData(13, 176.0 / 255, 0.10681470777500983, 0.15093403665054916, 0.568389777513816, 12)]
    [InlineData(16, 32.0 / 51, 0.11405386525675254, 0.1950878105281587, 0.632489144012498, 11)]
    [InlineData(22, 64.0 / 119, 0.128233751693034, 0.2532092823646055, 0.732221063232865, 7)]
    [InlineData(23, 160.0 / 357, 0.13459145675576045, 0.31985737150475846, 0.8119479940407677, 6)]
    public void Six_mp_matches_the_textbook_life_table(double t, double survival, double standardError, double lower, double upper, int atRisk)
    {
        var point = KaplanMeier.Estimate(Leukaemia.SixMp).At(t);

        Assert.Equal(1 - survival, point.ShareAnswered, 12);
        Assert.Equal(standardError, point.StandardError, 12);
        Assert.Equal(lower, point.Interval.Lower, 9);
        Assert.Equal(upper, point.Interval.Upper, 9);
        Assert.Equal(atRisk, point.AtRisk);
    }

    [Fact]
    public void The_curve_is_a_right_continuous_step_function()
    {
        var curve = KaplanMeier.Estimate(Leukaemia.SixMp);

        Assert.Equal(0.0, curve.ShareAnsweredWithin(5.999));
        Assert.Equal(3.0 / 21, curve.ShareAnsweredWithin(6), 12); // relapses at exactly 6 count as within 6
        Assert.Equal(3.0 / 21, curve.ShareAnsweredWithin(6.999), 12);
        Assert.Equal(1 - (96.0 / 119), curve.ShareAnsweredWithin(9), 12); // a censoring at 9 does not move the curve
        Assert.Equal(1 - (160.0 / 357), curve.ShareAnsweredWithin(35), 12);
        Assert.Equal(1 - (160.0 / 357), curve.ShareAnsweredWithin(1000), 12); // held beyond the last observation
        Assert.Equal(0.0, curve.ShareAnsweredWithin(-1));
    }

    [Fact]
    public void The_life_table_lists_every_distinct_time_with_its_counts()
    {
        var curve = KaplanMeier.Estimate(Leukaemia.SixMp);

        Assert.Equal([6.0, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35], curve.Steps.Select(s => s.Seconds));
        var first = curve.Steps[0];
        Assert.Equal((6.0, 21, 3, 1), (first.Seconds, first.AtRisk, first.Events, first.Censored));
        Assert.Equal(18.0 / 21, first.Survival, 15);
        Assert.Equal(1.0 / 126, first.GreenwoodSum, 15);
        Assert.Equal((15, 1, 1), (curve.Steps[3].AtRisk, curve.Steps[3].Events, curve.Steps[3].Censored));
        Assert.Equal((21, 9, 12, 35.0), (curve.Count, curve.Events, curve.Censored, curve.LastObservedSeconds));
    }

    [Fact]
    public void The_median_is_the_first_time_the_curve_reaches_one_half()
    {
        var curve = KaplanMeier.Estimate(Leukaemia.SixMp);

        Assert.Equal(23.0, curve.MedianSeconds); // S(22) = 0.538 > 0.5, S(23) = 0.448 (textbook median: 23 weeks)
        Assert.Equal(13.0, curve.SecondsToAnswer(0.25)); // S(10) = 0.753 > 0.75, S(13) = 0.690
        Assert.Null(curve.SecondsToAnswer(0.6)); // the curve stops at 1 − 0.448 = 0.552
    }

    [Fact]
    public void A_median_of_exactly_one_half_is_the_time_it_is_reached()
    {
        var curve = KaplanMeier.Estimate([MentionOutcome.Answer(10), MentionOutcome.Answer(20), MentionOutcome.Answer(30), MentionOutcome.Answer(40)]);

        Assert.Equal(20.0, curve.MedianSeconds);
    }

    [Fact]
    public void Without_censoring_the_curve_is_the_empirical_distribution()
    {
        double[] seconds = [5, 60, 60, 300, 900, 900, 900, 3600, 7200, 86400];
        var curve = KaplanMeier.Estimate([.. seconds.Select(MentionOutcome.Answer)]);

        foreach (var t in new double[] { 0, 5, 59, 60, 300, 899, 900, 3600, 86399, 86400, 1e6 })
        {
            Assert.Equal(seconds.Count(s => s <= t) / 10.0, curve.ShareAnsweredWithin(t), 12);
        }

        Assert.Equal(1.0, curve.At(86400).ShareAnswered);
        Assert.Equal(0.0, curve.At(86400).StandardError);
        Assert.Equal(new ConfidenceInterval(1, 1), curve.At(86400).Interval);
    }

    [Fact]
    public void With_no_pending_mentions_the_share_within_the_window_is_the_response_rate()
    {
        const double window = 72 * 3600;
        MentionOutcome[] outcomes =
        [
            MentionOutcome.Answer(30), MentionOutcome.Answer(600), MentionOutcome.Answer(600), MentionOutcome.Answer(7200),
            MentionOutcome.Answer(window), // an answer at exactly W is answered
            MentionOutcome.NoAnswer(window), MentionOutcome.NoAnswer(window), MentionOutcome.NoAnswer(window),
        ];

        var curve = KaplanMeier.Estimate(outcomes);

        Assert.Equal(5 / 8.0, curve.ShareAnsweredWithin(window), 12);
        Assert.Equal(3 / 8.0, curve.ShareAnsweredWithin(600), 12);
    }

    [Fact]
    public void Pending_mentions_count_for_as_long_as_they_were_watched()
    {
        // Two answered at 60 s and 7 200 s, one pending for 3 600 s, one unanswered at W.
        // S(60) = 3/4; at 7 200 s the pending one has left the risk set: n = 2, S = 3/4 · 1/2 = 3/8.
        var curve = KaplanMeier.Estimate([MentionOutcome.Answer(60), MentionOutcome.StillPending(3600), MentionOutcome.Answer(7200), MentionOutcome.NoAnswer(259200)]);

        Assert.Equal(0.25, curve.ShareAnsweredWithin(3600), 12);
        Assert.Equal(0.625, curve.ShareAnsweredWithin(259200), 12);
    }

    [Fact]
    public void All_censored_means_nothing_answered_with_a_degenerate_interval()
    {
        var curve = KaplanMeier.Estimate([MentionOutcome.NoAnswer(259200), MentionOutcome.StillPending(100)]);

        var point = curve.At(259200);
        Assert.Equal((0.0, 0.0, 0.0, 0.0), (point.ShareAnswered, point.StandardError, point.Interval.Lower, point.Interval.Upper));
        Assert.Null(curve.MedianSeconds);
        Assert.Equal(0, curve.Events);
    }

    [Fact]
    public void No_mentions_give_an_empty_curve()
    {
        var curve = KaplanMeier.Estimate([]);

        Assert.Empty(curve.Steps);
        Assert.Null(curve.LastObservedSeconds);
        Assert.Equal(0.0, curve.ShareAnsweredWithin(3600));
        Assert.Equal(0, curve.At(3600).AtRisk);
        Assert.Null(curve.MedianSeconds);
    }

    [Fact]
    public void The_input_order_does_not_matter()
    {
        var reversed = Leukaemia.SixMp.Reverse().ToArray();

        Assert.Equal(KaplanMeier.Estimate(Leukaemia.SixMp).Steps, KaplanMeier.Estimate(reversed).Steps);
    }

    [Fact]
    public void The_interval_contains_the_estimate_and_stays_in_the_unit_range()
    {
        var curve = KaplanMeier.Estimate([.. Leukaemia.SixMp, .. Leukaemia.Placebo]);

        foreach (var step in curve.Steps)
        {
            var point = curve.At(step.Seconds);
            Assert.InRange(point.Interval.Lower, 0, point.ShareAnswered);
            Assert.InRange(point.Interval.Upper, point.ShareAnswered, 1);
        }
    }
}
