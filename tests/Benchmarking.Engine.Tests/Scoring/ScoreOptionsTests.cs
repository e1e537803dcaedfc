using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Tests.Scoring;

public sealed class ScoreOptionsTests
{
    public sealed class Validate
    {
        [Fact]
        public void The_defaults_are_valid_and_sum_to_one()
        {
            var options = new ScoreOptions();

            Assert.Empty(options.Validate());
            Assert.Equal("4.0", options.Version);
            Assert.Equal(ScoreNormalisation.Absolute, options.Normalisation);
            Assert.Equal(50, options.MinimumMentions);
            Assert.Equal(1.0, options.Weights.Values.Sum(), 12);
            Assert.Equal("responsiveness 0.30, speed 0.25, sla 0.15, consistency 0.10, originality 0.10, same-channel 0.10", options.WeightsText);
        }

        [Fact]
        public void Lists_every_problem_at_once()
        {
            var options = new ScoreOptions
            {
                Weights = new Dictionary<string, double> { ["responsiveness"] = -0.2, ["speed"] = 0.4, ["empathy"] = 0.3 },
                MinimumMentions = 0,
            };

            var problems = options.Validate();

            Assert.Equal(4, problems.Count);
            Assert.Contains(problems, p => p.Contains("unknown component 'empathy'", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("'responsiveness' must be ≥ 0", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("sum to 1 (they sum to 0.5)", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("minimum mentions must be at least 1 (was 0)", StringComparison.Ordinal));
        }

        [Fact]
        public void Lists_every_v2_problem_at_once()
        {
            var options = new ScoreOptions
            {
                Version = "1.0",
                Normalisation = (ScoreNormalisation)7,
                BootstrapResamples = -1,
                TieConfidence = 0.3,
            };

            var problems = options.Validate();

            Assert.Equal(4, problems.Count);
            Assert.Contains(problems, p => p.Contains("version '1.0' is not implemented", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("normalisation must be Absolute or Relative", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("bootstrap resamples", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Contains("tie confidence must be between 0.5 and 1 (was 0.3)", StringComparison.Ordinal));
        }

        [Fact]
        public void Every_default_weight_names_a_known_component_and_every_component_has_a_weight()
        {
            var options = new ScoreOptions();

            Assert.Equal(options.Components().Select(c => c.Id).Order(StringComparer.Ordinal), options.Weights.Keys.Order(StringComparer.Ordinal));
            Assert.All(options.Weights.Values, w => Assert.True(w > 0));
        }

        [Theory]
        [InlineData(15, 15, 2.0, "speed anchors")]
        [InlineData(0, 60, 2.0, "speed anchors")]
        [InlineData(15, 1440, 0.0, "consistency worst-case")]
        [InlineData(15, 1440, -1.0, "consistency worst-case")]
        public void Refuses_anchors_that_cannot_map_to_0_100(int bestMinutes, int worstMinutes, double worstDecades, string problem)
        {
            var options = new ScoreOptions { SpeedBest = TimeSpan.FromMinutes(bestMinutes), SpeedWorst = TimeSpan.FromMinutes(worstMinutes), ConsistencyWorstDecades = worstDecades };

            Assert.Contains(problem, Assert.Single(options.Validate()), StringComparison.Ordinal);
        }

        [Fact]
        public void A_scorer_refuses_invalid_options_and_names_every_problem()
        {
            var options = new ScoreOptions { Weights = new Dictionary<string, double> { ["speed"] = double.NaN }, MinimumMentions = -1 };

            var error = Assert.Throws<ArgumentException>(() => new Scorer(options));

            Assert.Contains("must be ≥ 0", error.Message, StringComparison.Ordinal);
            Assert.Contains("minimum mentions", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class EffectiveFor
    {
        private static readonly BrandMetrics WithText = Brand("a") with { ReplyText = new ReplyTextCounts(1, 2, 3, 4) };
        private static readonly BrandMetrics WithoutText = Brand("b");

        [Fact]
        public void Keeps_the_options_when_every_brand_has_text_features()
        {
            var options = new ScoreOptions();

            Assert.Same(options, options.EffectiveFor([WithText, WithText with { BrandId = "c" }]));
        }

        [Fact]
        public void Drops_the_text_components_for_every_brand_when_one_lacks_features_and_renormalises_the_rest()
        {
            var effective = new ScoreOptions().EffectiveFor([WithText, WithoutText]);

            Assert.Empty(effective.Validate());
            Assert.Equal(["originality", "same-channel"], effective.DroppedComponents);
            Assert.Equal(0.375, effective.Weights["responsiveness"], 12);
            Assert.Equal(0.3125, effective.Weights["speed"], 12);
            Assert.Equal(0.1875, effective.Weights["sla"], 12);
            Assert.Equal(0.125, effective.Weights["consistency"], 12);
            Assert.False(effective.Weights.ContainsKey("originality"));
            Assert.EndsWith("(originality and same-channel dropped: no text features; weights renormalised)", effective.WeightsText, StringComparison.Ordinal);
            Assert.Equal(["responsiveness", "speed", "consistency", "sla"], new Scorer(effective).Components.Select(c => c.Id));
        }

        [Fact]
        public void Keeps_options_that_do_not_weight_the_text_components()
        {
            var v2 = new ScoreOptions { Weights = new Dictionary<string, double> { ["responsiveness"] = 0.35, ["speed"] = 0.30, ["consistency"] = 0.15, ["sla"] = 0.20 } };

            Assert.Same(v2, v2.EffectiveFor([WithoutText]));
        }

        [Fact]
        public void Refuses_when_only_text_components_are_weighted()
        {
            var textOnly = new ScoreOptions { Weights = new Dictionary<string, double> { ["originality"] = 0.5, ["same-channel"] = 0.5 } };

            var error = Assert.Throws<ArgumentException>(() => textOnly.EffectiveFor([WithoutText]));

            Assert.Contains("no text features", error.Message, StringComparison.Ordinal);
        }

        private static BrandMetrics Brand(string id) =>
            new(id, 100, 80, 0, 20, 0.8, new ResponseTimeStats(80, 600, 600, null, null, 600, 600, 600), 0.5, 0.3, 0.6, 0.8, 0, 90);
    }
}
