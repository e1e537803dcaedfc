using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.Scoring;

/// <summary>Methodology §4: component anchors on known values, and properties over a few hundred seeded random brands.</summary>
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

        [Fact]
        public void A_brand_that_answered_nothing_scores_zero_for_speed_and_consistency()
        {
            var score = Default.Score(Metrics(responseRate: null, median: null, logIqr: null));

            Assert.Equal(0.0, score.Total);
            Assert.Equal(["responsiveness", "speed", "consistency"], score.Components.Select(c => c.Id));
        }

        [Fact]
        public void The_total_is_the_weighted_sum_of_components()
        {
            var score = Default.Score(Metrics(responseRate: 0.8, median: 900, logIqr: 1.0));

            Assert.Equal((0.4 * 80) + (0.4 * 100) + (0.2 * 50), score.Total, 9);
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

                var better = new[]
                {
                    ("higher response rate", SomeMetrics.With(before, responseRate: rate + ((1 - rate) * random.NextDouble()))),
                    ("lower median", SomeMetrics.With(before, median: median * random.NextDouble())),
                    ("lower log IQR", SomeMetrics.With(before, logIqr: iqr * random.NextDouble())),
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
            return new Scorer(new ScoreOptions
            {
                Weights = new Dictionary<string, double> { ["responsiveness"] = a / 20.0, ["speed"] = b / 20.0, ["consistency"] = (20 - a - b) / 20.0 },
                SpeedBest = TimeSpan.FromMinutes(random.Next(1, 60)),
                SpeedWorst = TimeSpan.FromHours(random.Next(2, 100)),
                ConsistencyWorstDecades = 0.5 + (random.NextDouble() * 3),
            });
        }
    }

    private static BrandMetrics Metrics(double? responseRate = 1.0, double? median = 900, double? logIqr = 0.0) =>
        new("acme", 100, 100, 0, 0, responseRate, new ResponseTimeStats(100, median, median, null, null, median, median, median), logIqr, null, null, null, 0, 100);
}
