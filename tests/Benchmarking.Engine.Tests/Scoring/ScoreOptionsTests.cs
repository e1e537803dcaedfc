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
            Assert.Equal("2.0", options.Version);
            Assert.Equal(ScoreNormalisation.Absolute, options.Normalisation);
            Assert.Equal(50, options.MinimumMentions);
            Assert.Equal(1.0, options.Weights.Values.Sum(), 12);
            Assert.Equal("responsiveness 0.35, speed 0.30, sla 0.20, consistency 0.15", options.WeightsText);
        }

        [Fact]
        public void Lists_every_problem_at_once()
        {
            var options = new ScoreOptions
            {
                Weights = new Dictionary<string, double> { ["responsiveness"] = -0.2, ["speed"] = 0.4, ["originality"] = 0.3 },
                MinimumMentions = 0,
            };

            var problems = options.Validate();

            Assert.Equal(4, problems.Count);
            Assert.Contains(problems, p => p.Contains("unknown component 'originality'", StringComparison.Ordinal));
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
}
