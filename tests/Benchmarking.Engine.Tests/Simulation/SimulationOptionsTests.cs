using Benchmarking.Engine.Simulation;

namespace Benchmarking.Engine.Tests.Simulation;

public sealed class SimulationOptionsTests
{
    public sealed class Validate
    {
        [Fact]
        public void Accepts_the_defaults()
        {
            Assert.Empty(new SimulationOptions().Validate());
        }

        [Fact]
        public void Lists_every_problem_at_once()
        {
            var options = new SimulationOptions
            {
                Posts = -5,
                Brands = 0,
                Days = 2,
                DirtRate = 0.9,
                ResponseRateMin = 0.8,
                ResponseRateMax = 0.2,
                MedianResponseMax = TimeSpan.FromHours(100),
                SigmaMin = 0,
                Industries = ["Airlines"],
            };

            var problems = options.Validate();

            Assert.Collection(
                problems,
                p => Assert.StartsWith("posts must be at least 1", p, StringComparison.Ordinal),
                p => Assert.StartsWith("brands must be between 1 and 10000", p, StringComparison.Ordinal),
                p => Assert.StartsWith("days must be between 4 and 3660", p, StringComparison.Ordinal),
                p => Assert.StartsWith("dirt rate must be between 0 and 0.5", p, StringComparison.Ordinal),
                p => Assert.StartsWith("industry 'Airlines'", p, StringComparison.Ordinal),
                p => Assert.StartsWith("response rates need", p, StringComparison.Ordinal),
                p => Assert.StartsWith("median response max", p, StringComparison.Ordinal),
                p => Assert.StartsWith("sigmas need", p, StringComparison.Ordinal));
        }

        [Fact]
        public void Needs_a_positive_first_id()
        {
            var problems = new SimulationOptions { FirstId = 0 }.Validate();

            Assert.Equal(["first id must be at least 1 (was 0)"], problems);
        }

        [Fact]
        public void Needs_more_posts_than_brands()
        {
            var problems = new SimulationOptions { Posts = 3, Brands = 3 }.Validate();

            Assert.Contains(problems, p => p.StartsWith("posts (3) must exceed brands (3)", StringComparison.Ordinal));
        }
    }

    public sealed class Periods
    {
        [Fact]
        public void Mentions_stop_one_window_and_the_margin_before_the_end()
        {
            var options = new SimulationOptions { Start = new DateTimeOffset(2017, 10, 1, 12, 30, 15, 500, TimeSpan.FromHours(2)), Days = 10 };

            Assert.Equal(new DateTimeOffset(2017, 10, 1, 10, 30, 15, TimeSpan.Zero), options.StartUtc);
            Assert.Equal(options.StartUtc.AddDays(10), options.End);
            Assert.Equal(options.End - TimeSpan.FromHours(72) - SimulationOptions.HorizonMargin, options.MentionEnd);
        }
    }
}
