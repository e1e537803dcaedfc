using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using MathNet.Numerics.Distributions;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// The seeded bootstrap: determinism, joint resampling, null replicates, the percentile interval against the
/// t-interval, and rank intervals. Coverage is checked by simulation elsewhere, not here.
/// </summary>
public sealed class BootstrapTests
{
    private static double? Mean(IReadOnlyList<double> xs) => xs.Count == 0 ? null : xs.Average();

    [Fact]
    public void The_same_seed_gives_identical_results()
    {
        var sample = Normal.Samples(new Random(7), 100, 15).Take(50).ToArray();

        var first = Bootstrap.Run(sample, Mean, 500, seed: 42);
        var second = Bootstrap.Run(sample, Mean, 500, seed: 42);
        var other = Bootstrap.Run(sample, Mean, 500, seed: 43);

        Assert.Equal(first.Replicates, second.Replicates);
        Assert.Equal(first.Interval, second.Interval);
        Assert.NotEqual(first.Replicates, other.Replicates);
        Assert.Equal(sample.Average(), first.Estimate!.Value, 12);
        Assert.Equal((500, 0, 42), (first.Resamples, first.NullReplicates, first.Seed));
    }

    [Fact]
    public void The_sampler_draws_from_a_seeded_dotnet_random_in_order()
    {
        var expected = new Random(42);
        var sampler = new BootstrapSampler(42);

        var indices = sampler.NextIndices(6).Concat(sampler.NextIndices(3)).ToArray();

        Assert.Equal(Enumerable.Range(0, 6).Select(_ => expected.Next(6)).Concat(Enumerable.Range(0, 3).Select(_ => expected.Next(3))), indices);
        Assert.Empty(sampler.NextIndices(0));
        string[] items = ["a", "b", "c"];
        Assert.Equal(Draw(1, items), new BootstrapSampler(1).NextResample(items));
    }

    [Fact]
    public void The_percentile_interval_of_a_mean_is_close_to_the_t_interval()
    {
        var sample = Normal.Samples(new Random(2024), 300, 60).Take(200).ToArray();
        var mean = sample.Average();
        var sd = Math.Sqrt(sample.Sum(x => (x - mean) * (x - mean)) / (sample.Length - 1));
        var half = StudentT.InvCDF(0, 1, sample.Length - 1, 0.975) * sd / Math.Sqrt(sample.Length);

        var summary = Bootstrap.Run(sample, Mean, 4000, seed: 1);

        // The percentile interval is about z·s·√((n−1)/n)/√n wide each side: within 10% of the t half-width here.
        Assert.InRange(summary.Interval!.Value.Lower, mean - (1.1 * half), mean - (0.9 * half));
        Assert.InRange(summary.Interval!.Value.Upper, mean + (0.9 * half), mean + (1.1 * half));
        Assert.InRange(summary.StandardError!.Value, 0.9 * sd / Math.Sqrt(sample.Length), 1.1 * sd / Math.Sqrt(sample.Length));
    }

    [Fact]
    public void The_interval_is_the_type_7_percentiles_of_the_replicates()
    {
        var summary = Bootstrap.Run(Enumerable.Range(1, 30).Select(i => (double)i).ToArray(), Mean, 999, seed: 5);

        var values = summary.Replicates.Select(v => v!.Value).ToArray();
        Assert.Equal(MathNet.Numerics.Statistics.Statistics.QuantileCustom(values, 0.025, MathNet.Numerics.Statistics.QuantileDefinition.R7), summary.Interval!.Value.Lower, 12);
        Assert.Equal(MathNet.Numerics.Statistics.Statistics.QuantileCustom(values, 0.975, MathNet.Numerics.Statistics.QuantileDefinition.R7), summary.Interval!.Value.Upper, 12);
    }

    [Fact]
    public void Undefined_replicates_are_counted_and_left_out()
    {
        // Median response time of the answered mentions; undefined when a resample has no answered mention.
        MentionOutcome[] outcomes = [MentionOutcome.Answer(60), MentionOutcome.NoAnswer(259200), MentionOutcome.NoAnswer(259200)];
        static double? MedianAnswered(IReadOnlyList<MentionOutcome> o) =>
            o.Where(x => x.IsEvent).Select(x => x.ResponseSeconds!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : m;

        var summary = Bootstrap.Run(outcomes, MedianAnswered, 200, seed: 3);

        var sampler = new BootstrapSampler(3);
        var expectedNulls = Enumerable.Range(0, 200).Count(_ => sampler.NextIndices(3).All(i => i != 0));
        Assert.Equal(expectedNulls, summary.NullReplicates);
        Assert.Equal(expectedNulls, summary.Replicates.Count(v => v is null));
        Assert.InRange(expectedNulls, 40, 80); // (2/3)³ ≈ 30% of 200
        Assert.Equal(new ConfidenceInterval(60, 60), summary.Interval);
    }

    [Fact]
    public void An_undefined_statistic_everywhere_gives_no_interval()
    {
        var summary = Bootstrap.Run(Array.Empty<double>(), Mean, 10, seed: 1);

        Assert.Null(summary.Estimate);
        Assert.Null(summary.Interval);
        Assert.Null(summary.StandardError);
        Assert.Equal(10, summary.NullReplicates);
    }

    [Fact]
    public void Joint_runs_draw_every_brand_in_each_replicate_from_one_stream()
    {
        double[] a = [1, 2, 3, 4];
        double[] b = [10, 20, 30];

        var joint = Bootstrap.RunJoint<double>([a, b], Mean, 50, seed: 9);

        var sampler = new BootstrapSampler(9);
        for (var r = 0; r < 50; r++)
        {
            Assert.Equal(sampler.NextResample(a).Average(), joint[0].Replicates[r]!.Value, 12);
            Assert.Equal(sampler.NextResample(b).Average(), joint[1].Replicates[r]!.Value, 12);
        }

        Assert.Equal(Bootstrap.Run(a, Mean, 50, seed: 9).Replicates, Bootstrap.RunJoint<double>([a], Mean, 50, seed: 9)[0].Replicates);
    }

    [Fact]
    public void Competition_ranks_put_the_highest_score_first_and_share_ties()
    {
        Assert.Equal([2, 1, 2, 4], Bootstrap.CompetitionRanks([50, 80, 50, 10]));
        Assert.Empty(Bootstrap.CompetitionRanks([]));
    }

    [Fact]
    public void Rank_intervals_are_percentiles_of_replicate_ranks()
    {
        // 40 replicates of 3 brands. Brand 0 always first. Brand 1 is second except in replicate 0 (third) and
        // replicate 1 (tied with brand 2 for second). Brand 2 is third except replicate 0 (second) and replicate 1 (tied second).
        var rows = Enumerable.Range(0, 40).Select(r => r switch
        {
            0 => new double[] { 90, 60, 70 },
            1 => [90, 65, 65],
            _ => [90, 70, 60],
        }).ToArray();

        var intervals = Bootstrap.RankIntervals(rows);

        // Brand 1 ranks sorted: 2 × 39, 3 × 1. 2.5th percentile = ⌈0.025·40⌉ = 1st smallest = 2; 97.5th = 39th = 2.
        Assert.Equal(new RankInterval(1, 1, 1, 1), intervals[0]);
        Assert.Equal(new RankInterval(2, 2, 2, 3), intervals[1]);
        // Brand 2 ranks sorted: 2 (replicate 0), 2 (tie, shares the best rank), 3 × 38: 2.5th = 2, 97.5th = 3.
        Assert.Equal(new RankInterval(2, 3, 2, 3), intervals[2]);
    }

    [Fact]
    public void Rank_intervals_reject_ragged_or_non_finite_scores()
    {
        Assert.Throws<ArgumentException>(() => Bootstrap.RankIntervals([]));
        Assert.Throws<ArgumentException>(() => Bootstrap.RankIntervals([[1, 2], [1]]));
        Assert.Throws<ArgumentException>(() => Bootstrap.RankIntervals([[1, double.NaN]]));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Run([1.0], Mean, 0, seed: 1));
        Assert.Throws<ArgumentNullException>(() => Bootstrap.Run([1.0], null!, 10, seed: 1));
    }

    private static IEnumerable<string> Draw(int seed, string[] items)
    {
        var random = new Random(seed);
        return items.Select(_ => items[random.Next(items.Length)]).ToArray();
    }
}
