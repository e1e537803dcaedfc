using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.Ranking;

/// <summary>Methodology §6a: when a difference may be called supported, and what the reply-based components need.</summary>
public sealed class ClaimRulesTests
{
    private static readonly ScoreOptions Options = new();

    public sealed class Difference
    {
        [Fact]
        public void One_mention_each_is_not_enough_data_even_when_every_replicate_agrees()
        {
            // The weekly scorecard once said "higher in 100% of bootstrap replicates" for a week with 1 mention (90.0–90.0).
            var thisWeek = Brand("a", mentions: 1, score: 90, [90, 90, 90, 90]);
            var lastWeek = Brand("a", mentions: 1, score: 60, [60, 60, 60, 60]);

            var verdict = ClaimRules.Difference(thisWeek, lastWeek, Options, "this week", "last week");

            Assert.Equal(ClaimStrength.NotEnoughData, verdict.Strength);
            Assert.False(verdict.Supported);
            Assert.Equal("this week has 1 mention (minimum 50); last week has 1 mention (minimum 50)", verdict.Reason);
        }

        [Fact]
        public void A_zero_width_interval_is_not_enough_data()
        {
            var verdict = ClaimRules.Difference(Brand("a", 80, 70, [70, 70, 70, 70]), Brand("b", 80, 40, [41, 39, 40, 42]), Options);

            Assert.Equal(ClaimStrength.NotEnoughData, verdict.Strength);
            Assert.Contains("A's score interval has zero width", verdict.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Enough_data_and_the_tie_confidence_make_it_supported_with_an_interval_of_the_difference()
        {
            var verdict = ClaimRules.Difference(Brand("a", 80, 70, [69, 71, 70, 72]), Brand("b", 80, 40, [41, 39, 40, 42]), Options);

            Assert.Equal(ClaimStrength.Supported, verdict.Strength);
            Assert.Equal(1.0, verdict.ShareAhead);
            Assert.NotNull(verdict.DifferenceInterval);
            Assert.True(verdict.DifferenceInterval!.Value.Lower > 0);
        }

        [Fact]
        public void Overlapping_replicates_are_a_tie_and_without_replicates_nothing_is_measured()
        {
            Assert.Equal(ClaimStrength.Tied, ClaimRules.Difference(Brand("a", 80, 70, [69, 71, 70, 72]), Brand("b", 80, 69, [70, 70, 69, 73]), Options).Strength);
            Assert.Equal(ClaimStrength.NotMeasured, ClaimRules.Difference(Brand("a", 80, 70, null), Brand("b", 80, 69, null), Options).Strength);
        }
    }

    public sealed class Replies
    {
        [Fact]
        public void One_answer_of_107_mentions_does_not_score_100_on_consistency_originality_or_same_channel()
        {
            var metrics = new BrandMetrics("a", 107, 1, 0, 106, 1 / 107.0, new ResponseTimeStats(1, 60, 60, 60, 60, 60, 60, null), 0.0, 0, 0, 0, 0, 1,
                ReplyText: new ReplyTextCounts(0, 0, 0, 1));
            var score = new Scorer(Options).Score(metrics);

            foreach (var id in new[] { "consistency", "originality", "same-channel" })
            {
                Assert.Equal(0.0, score.Components.Single(c => c.Id == id).Score);
                Assert.False(ClaimRules.HasEnoughReplies(id, metrics, Options));
            }

            Assert.True(ClaimRules.HasEnoughReplies("speed", metrics, Options));
        }

        [Fact]
        public void At_the_minimum_the_components_are_measured()
        {
            var metrics = new BrandMetrics("a", 107, 10, 0, 97, 10 / 107.0, new ResponseTimeStats(10, 60, 60, 60, 60, 60, 60, null), 0.0, 0, 0, 0, 0, 10,
                ReplyText: new ReplyTextCounts(0, 0, 0, 10));
            var score = new Scorer(Options).Score(metrics);

            Assert.All(new[] { "consistency", "originality", "same-channel" }, id => Assert.Equal(100.0, score.Components.Single(c => c.Id == id).Score));
        }

        [Fact]
        public void Minimum_replies_is_validated()
        {
            Assert.Contains("minimum replies must be at least 1 (was 0)", new ScoreOptions { MinimumReplies = 0 }.Validate());
        }
    }

    public sealed class CountShift
    {
        [Theory]
        [InlineData(4, 0, ClaimStrength.NotEnoughData)] // the defect: 4 -> 0 was called "falling"
        [InlineData(0, 9, ClaimStrength.NotEnoughData)]
        [InlineData(3, 7, ClaimStrength.Tied)] // p = 0.34
        [InlineData(1, 9, ClaimStrength.Supported)] // p = 0.021
        [InlineData(20, 18, ClaimStrength.Tied)]
        [InlineData(80, 130, ClaimStrength.Supported)]
        [InlineData(1000, 1100, ClaimStrength.Tied)] // significant (p = 0.03) but less than 1.5x
        [InlineData(3000, 0, ClaimStrength.Supported)] // no underflow at large n
        public void Calls_a_shift_only_on_enough_mentions_a_large_ratio_and_a_significant_split(long first, long second, ClaimStrength expected)
        {
            Assert.Equal(expected, ClaimRules.CountShift(first, second));
            Assert.Equal(expected, ClaimRules.CountShift(second, first));
        }
    }

    public sealed class ShareChange
    {
        [Theory]
        [InlineData(0.25, 0.80, 0.48, 0.96, ClaimStrength.Tied)] // the sample's 52% -> 79% negative: overlapping intervals
        [InlineData(0.10, 0.30, 0.35, 0.60, ClaimStrength.Supported)]
        [InlineData(0.10, 0.30, 0.30, 0.60, ClaimStrength.Tied)] // touching ends overlap
        [InlineData(0.20, 0.20, 0.50, 0.60, ClaimStrength.NotEnoughData)] // zero width
        public void Calls_a_change_only_when_the_intervals_do_not_overlap(double lowA, double highA, double lowB, double highB, ClaimStrength expected)
        {
            Assert.Equal(expected, ClaimRules.ShareChange(new ConfidenceInterval(lowA, highA), new ConfidenceInterval(lowB, highB)));
            Assert.Equal(expected, ClaimRules.ShareChange(new ConfidenceInterval(lowB, highB), new ConfidenceInterval(lowA, highA)));
        }

        [Fact]
        public void A_missing_interval_is_not_enough_data() =>
            Assert.Equal(ClaimStrength.NotEnoughData, ClaimRules.ShareChange(null, new ConfidenceInterval(0.1, 0.2)));
    }

    private static RankedBrand Brand(string id, long mentions, double score, double[]? replicates)
    {
        var metrics = new BrandMetrics(id, mentions, mentions / 2, 0, mentions - (mentions / 2), 0.5, new ResponseTimeStats(mentions / 2, 60, 60, 60, 60, 60, 60, null), 0.5, 0.1, 0.2, 0.3, 0, 0);
        var uncertainty = replicates is null
            ? null
            : new ScoreUncertainty(replicates.Length, 1, null, null, new ConfidenceInterval(replicates.Min(), replicates.Max()), null, null) { ScoreReplicates = replicates };
        return new RankedBrand(null, new Brand(id, id.ToUpperInvariant(), "industry", []), metrics, new CareScore(score, []), uncertainty);
    }
}
