using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.Scoring;

/// <summary>Methodology §4–5: component anchors on known values, both normalisations, and properties over a few hundred seeded random brands.</summary>
public sealed class ScorerTests
{
    private const int Cases = 400;
    private static readonly Scorer Default = new(new ScoreOptions());

    public static readonly TheoryData<int> Seeds = new(1, 2, 3, 20171031);

    public sealed class Components
    {
        [Theory]
        [InlineData(0.0, 100.0)]
        [InlineData(900.0, 100.0)]
        [InlineData(86400.0, 0.0)]
        [InlineData(864000.0, 0.0)]
        [InlineData(8818.163074019441, 50.0)] // √(900 × 86400): halfway on the log scale
        public void Speed_is_linear_in_log_time_between_15_minutes_and_24_hours(double median, double expected)
        {
            Assert.Equal(expected, Component(Metrics(median: median), "speed"), 9);
        }

        [Theory]
        [InlineData(0.0, 100.0)]
        [InlineData(0.5, 75.0)]
        [InlineData(2.0, 0.0)]
        [InlineData(3.0, 0.0)]
        public void Consistency_falls_linearly_to_zero_at_two_decades(double decades, double expected)
        {
            Assert.Equal(expected, Component(Metrics(logIqr: decades), "consistency"), 9);
        }

        [Theory]
        [InlineData(0.0, 0.0, 0.0)]
        [InlineData(0.2, 0.6, 40.0)]
        [InlineData(1.0, 1.0, 100.0)]
        public void Sla_is_the_mean_of_the_shares_within_15_minutes_and_1_hour(double within15, double within60, double expected)
        {
            Assert.Equal(expected, Component(Metrics(within15: within15, within60: within60), "sla"), 9);
        }

        [Fact]
        public void Sla_uses_the_Kaplan_Meier_shares_when_they_are_computed()
        {
            var metrics = Metrics(within15: 0.1, within60: 0.2) with { Survival = new SurvivalShares(0.3, 0.5, 0.9) };

            Assert.Equal(40.0, Component(metrics, "sla"), 9);
        }

        [Fact]
        public void A_brand_that_answered_nothing_scores_zero_for_every_component()
        {
            var score = Default.Score(Metrics(responseRate: null, median: null, logIqr: null, within15: null, within60: null));

            Assert.Equal(0.0, score.Total);
            Assert.Equal(["responsiveness", "speed", "consistency", "sla", "originality", "same-channel"], score.Components.Select(c => c.Id));
        }

        [Fact]
        public void The_total_is_the_weighted_sum_of_components()
        {
            // 100 replies: 10 canned and deflecting, 10 canned only, 20 deflecting only → canned 20%, deflecting 30%.
            var metrics = Metrics(responseRate: 0.8, median: 900, logIqr: 1.0, within15: 0.4, within60: 0.6) with { ReplyText = new ReplyTextCounts(10, 10, 20, 60) };

            var score = Default.Score(metrics);

            Assert.Equal((0.30 * 80) + (0.25 * 100) + (0.10 * 50) + (0.15 * 50) + (0.10 * 80) + (0.10 * 70), score.Total, 9);
        }

        [Theory]
        [InlineData(0, 0, 0, 10, 100.0, 100.0)]
        [InlineData(5, 0, 0, 5, 50.0, 50.0)]
        [InlineData(1, 2, 3, 4, 70.0, 60.0)]
        [InlineData(0, 10, 0, 0, 0.0, 100.0)]
        [InlineData(0, 0, 10, 0, 100.0, 0.0)]
        public void Originality_and_same_channel_are_100_times_one_minus_the_canned_share_and_the_deflection_rate(
            long cannedDeflecting, long cannedOnly, long deflectingOnly, long neither, double originality, double sameChannel)
        {
            var metrics = Metrics() with { ReplyText = new ReplyTextCounts(cannedDeflecting, cannedOnly, deflectingOnly, neither) };

            Assert.Equal(originality, Component(metrics, "originality"), 9);
            Assert.Equal(sameChannel, Component(metrics, "same-channel"), 9);
        }

        [Fact]
        public void A_brand_without_replies_scores_zero_for_the_text_components()
        {
            var metrics = Metrics() with { ReplyText = ReplyTextCounts.None };

            Assert.Equal(0.0, Component(metrics, "originality"));
            Assert.Equal(0.0, Component(metrics, "same-channel"));
        }

        private static double Component(BrandMetrics metrics, string id) => Default.Score(metrics).Components.Single(c => c.Id == id).Score;
    }

    public sealed class Properties
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(ScorerTests))]
        public void Every_score_and_component_is_within_0_and_100(int seed)
        {
            var random = new Random(seed);
            foreach (var scorer in new[] { Default, RandomScorer(random), RandomScorer(random) })
            {
                for (var i = 0; i < Cases; i++)
                {
                    var score = scorer.Score(SomeMetrics.Random(random));

                    Assert.InRange(score.Total, 0.0, 100.0 + 1e-9);
                    Assert.All(score.Components, c => Assert.InRange(c.Score, 0.0, 100.0));
                    Assert.Equal(score.Components.Sum(c => c.Points), score.Total, 9);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(ScorerTests))]
        public void Improving_any_single_input_never_lowers_the_total(int seed)
        {
            var random = new Random(seed);
            for (var i = 0; i < Cases; i++)
            {
                var before = SomeMetrics.Random(random);
                var baseline = Default.Score(before).Total;
                var rate = before.ResponseRate ?? 0;
                var median = before.FirstResponse.MedianSeconds ?? 86400 * 30;
                var iqr = before.LogIqrDecades ?? 5;
                var (in15, in60) = SomeMetrics.SlaShares(before);

                var better = new[]
                {
                    ("higher response rate", SomeMetrics.With(before, responseRate: rate + ((1 - rate) * random.NextDouble()))),
                    ("lower median", SomeMetrics.With(before, median: median * random.NextDouble())),
                    ("lower log IQR", SomeMetrics.With(before, logIqr: iqr * random.NextDouble())),
                    ("more within 15 min", SomeMetrics.With(before, within15Min: (in15 ?? 0) + ((1 - (in15 ?? 0)) * random.NextDouble()))),
                    ("more within 1 h", SomeMetrics.With(before, within1Hour: (in60 ?? 0) + ((1 - (in60 ?? 0)) * random.NextDouble()))),
                ("fewer canned replies", SomeMetrics.With(before, replyText: SomeMetrics.LessCanned(before.ReplyText, random.NextDouble()))),
                ("fewer deflecting replies", SomeMetrics.With(before, replyText: SomeMetrics.LessDeflecting(before.ReplyText, random.NextDouble()))),
                };

                foreach (var (change, after) in better)
                {
                    var total = Default.Score(after).Total;
                    Assert.True(total >= baseline, FormattableString.Invariant($"{change} lowered the total from {baseline} to {total} (seed {seed}, case {i})"));
                }
            }
        }

        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(ScorerTests))]
        public void Scoring_is_deterministic(int seed)
        {
            var a = new Random(seed);
            var b = new Random(seed);
            for (var i = 0; i < 50; i++)
            {
                Assert.Equal(Default.Score(SomeMetrics.Random(a)).Total, Default.Score(SomeMetrics.Random(b)).Total);
            }
        }

        /// <summary>Valid options with random weights (multiples of 0.05) and anchors.</summary>
        private static Scorer RandomScorer(Random random)
        {
            var a = random.Next(0, 21);
            var b = random.Next(0, 21 - a);
            var c = random.Next(0, 21 - a - b);
            return new Scorer(new ScoreOptions
            {
                Weights = new Dictionary<string, double> { ["responsiveness"] = a / 20.0, ["speed"] = b / 20.0, ["consistency"] = c / 20.0, ["sla"] = (20 - a - b - c) / 20.0 },
                SpeedBest = TimeSpan.FromMinutes(random.Next(1, 60)),
                SpeedWorst = TimeSpan.FromHours(random.Next(2, 100)),
                ConsistencyWorstDecades = 0.5 + (random.NextDouble() * 3),
            });
        }
    }

    public sealed class Relative
    {
        private static readonly Scorer Scorer = new(new ScoreOptions { Normalisation = ScoreNormalisation.Relative, MinimumMentions = 50 });

        [Fact]
        public void Each_component_is_the_mid_rank_percentile_among_the_other_eligible_brands()
        {
            // Response rates 0.2, 0.5, 0.5, 0.9: the 0.5s each have one peer below and one tied of three → (1 + ½)/3.
            var group = new[] { Metrics(0.2), Metrics(0.5), Metrics(0.5), Metrics(0.9) };

            var scores = Scorer.ScoreGroup(group).Select(s => s.Components.Single(c => c.Id == "responsiveness").Score).ToArray();

            Assert.Equal([0.0, 50.0, 50.0, 100.0], scores, (x, y) => Math.Abs(x - y) < 1e-9);
        }

        [Fact]
        public void Lower_is_better_for_speed_and_consistency_and_an_undefined_figure_is_worst()
        {
            var group = new[] { Metrics(0.5, median: 600, logIqr: 0.3), Metrics(0.5, median: 60, logIqr: 1.0), Metrics(0.0, median: null, logIqr: null) };

            var scores = Scorer.ScoreGroup(group);

            Assert.Equal([50.0, 100.0, 0.0], scores.Select(s => s.Components.Single(c => c.Id == "speed").Score));
            Assert.Equal([100.0, 50.0, 0.0], scores.Select(s => s.Components.Single(c => c.Id == "consistency").Score));
        }

        [Fact]
        public void A_brand_without_eligible_peers_gets_50_and_ineligible_brands_are_not_peers()
        {
            var alone = Scorer.ScoreGroup([Metrics(0.3)]);
            var withSmall = Scorer.ScoreGroup([Metrics(0.3), Metrics(0.9) with { Mentions = 49 }]);

            Assert.All(alone[0].Components, c => Assert.Equal(50.0, c.Score));
            Assert.Equal(50.0, withSmall[0].Total, 9);
            Assert.Equal(100.0, withSmall[1].Components.Single(c => c.Id == "responsiveness").Score); // scored against the eligible one
        }

        [Fact]
        public void Fewer_canned_or_deflecting_replies_rank_higher_on_the_text_components()
        {
            var group = new[]
            {
                Metrics(0.5) with { ReplyText = new ReplyTextCounts(0, 50, 10, 40) },
                Metrics(0.5) with { ReplyText = new ReplyTextCounts(0, 5, 40, 55) },
                Metrics(0.5) with { ReplyText = ReplyTextCounts.None },
            };

            var scores = Scorer.ScoreGroup(group);

            Assert.Equal([50.0, 100.0, 0.0], scores.Select(s => s.Components.Single(c => c.Id == "originality").Score));
            Assert.Equal([100.0, 50.0, 0.0], scores.Select(s => s.Components.Single(c => c.Id == "same-channel").Score));
        }

        [Fact]
        public void Scoring_one_brand_alone_is_refused()
        {
            Assert.Throws<InvalidOperationException>(() => Scorer.Score(Metrics(0.5)));
        }
    }

    private static BrandMetrics Metrics(double? responseRate = 1.0, double? median = 900, double? logIqr = 0.0, double? within15 = null, double? within60 = null) =>
        new("acme", 100, 100, 0, 0, responseRate, new ResponseTimeStats(100, median, median, null, null, median, median, median), logIqr, within15, within60, null, 0, 100);
}
