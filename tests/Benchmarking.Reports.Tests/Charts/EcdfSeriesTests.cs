using Benchmarking.Reports.Charts;

namespace Benchmarking.Reports.Tests.Charts;

public sealed class EcdfSeriesTests
{
    public sealed class Compute
    {
        [Fact]
        public void Gives_one_step_per_time_reaching_one_at_the_slowest()
        {
            Assert.Equal(
                [new EcdfPoint(60, 1.0 / 3), new EcdfPoint(600, 2.0 / 3), new EcdfPoint(3600, 1.0)],
                EcdfSeries.Compute([60, 600, 3600]));
        }

        [Fact]
        public void Counts_equal_times_in_one_step()
        {
            Assert.Equal([new EcdfPoint(5, 0.75), new EcdfPoint(10, 1.0)], EcdfSeries.Compute([5, 5, 10, 5]));
        }

        [Fact]
        public void Sorts_its_input()
        {
            Assert.Equal(EcdfSeries.Compute([60, 600, 3600]), EcdfSeries.Compute([3600, 60, 600]));
        }

        [Fact]
        public void Is_empty_without_times()
        {
            Assert.Empty(EcdfSeries.Compute([]));
        }

        [Theory]
        [InlineData(-1.0)]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        public void Rejects_impossible_times(double time)
        {
            var error = Assert.Throws<ArgumentException>(() => EcdfSeries.Compute([10, time]));
            Assert.Contains("response time #2", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class ForChart
    {
        [Fact]
        public void Keeps_every_step_of_a_small_series()
        {
            double[] times = [1, 2, 3, 4, 5];
            Assert.Equal(EcdfSeries.Compute(times), EcdfSeries.ForChart(times, maxPoints: 5));
        }

        [Fact]
        public void Thins_a_large_series_to_points_on_the_exact_curve_within_one_step_of_it()
        {
            const int maxPoints = 50;
            var random = new Random(20240115);
            var times = Enumerable.Range(0, 5000).Select(_ => Math.Round(Math.Pow(10, random.NextDouble() * 5))).ToArray();
            var exact = EcdfSeries.Compute(times);

            var thinned = EcdfSeries.ForChart(times, maxPoints);

            Assert.InRange(thinned.Count, 2, maxPoints + 1);
            Assert.Subset(exact.ToHashSet(), thinned.ToHashSet());
            Assert.Equal(exact[0], thinned[0]);
            Assert.Equal(1.0, thinned[^1].Share);
            foreach (var point in exact)
            {
                // The drawn step curve at this time: the last thinned point at or before it.
                var drawn = thinned.Last(p => p.Seconds <= point.Seconds).Share;
                Assert.InRange(point.Share - drawn, 0.0, 1.0 / maxPoints);
            }
        }
    }
}
