using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using MathNet.Numerics.Distributions;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// Methodology §6, the reply resample: <see cref="BinomialSampler"/> draws Binomial(n, p) exactly — χ² against the exact
/// probability mass function and the first two moments, in each of its regimes (inversion, BTRD, p &gt; ½) — and
/// <see cref="UncertaintyEstimator.ResampleReplies"/> draws the multinomial of the four reply cells.
/// </summary>
public sealed class BinomialSamplerTests
{
    private const int Draws = 200_000;

    public static readonly TheoryData<int, double> Cases = new()
    {
        { 20, 0.3 },          // inversion (n·p = 6)
        { 1_000, 0.0095 },    // inversion near the switch (n·p = 9.5)
        { 1_000, 0.0105 },    // BTRD just above the switch (n·p = 10.5)
        { 100, 0.5 },         // BTRD, symmetric
        { 1_239_840, 0.137 }, // BTRD at a real reply count
        { 60, 0.85 },         // p > ½: n − Bin(n, 0.15), BTRD on the complement at n·p = 9 → inversion
        { 500, 0.93 },        // p > ½ with BTRD on the complement (n·(1 − p) = 35)
        { 7, 0.5 },           // tiny n
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draws_follow_the_binomial_distribution(int n, double p)
    {
        var random = new ResampleRandom(20171031);
        var observed = new Dictionary<int, long>();
        double sum = 0, squares = 0;
        for (var i = 0; i < Draws; i++)
        {
            var k = BinomialSampler.Sample(random, n, p);
            Assert.InRange(k, 0, n);
            observed[k] = observed.GetValueOrDefault(k) + 1;
            sum += k;
            squares += (double)k * k;
        }

        // χ² over bins of expected count ≥ 5, the tails pooled into the end bins.
        var bins = new List<(double Expected, long Observed)>();
        var mean = n * p;
        var sd = Math.Sqrt(n * p * (1 - p));
        var low = (int)Math.Max(0, Math.Floor(mean - (10 * sd) - 10));
        var high = (int)Math.Min(n, Math.Ceiling(mean + (10 * sd) + 10));
        Assert.True(observed.Keys.All(k => k >= low && k <= high), "a draw beyond ten standard deviations");
        double pending = 0;
        long pendingObserved = 0;
        for (var k = low; k <= high; k++)
        {
            pending += Draws * Binomial.PMF(p, n, k);
            pendingObserved += observed.GetValueOrDefault(k);
            if (pending >= 5 && Draws * (1 - Binomial.CDF(p, n, k)) >= 5)
            {
                bins.Add((pending, pendingObserved));
                pending = 0;
                pendingObserved = 0;
            }
        }

        bins.Add((Draws - bins.Sum(b => b.Expected), Draws - bins.Sum(b => b.Observed)));
        var chiSquare = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        var critical = ChiSquared.InvCDF(bins.Count - 1, 0.999);
        Assert.True(chiSquare < critical, $"χ² = {chiSquare:F1} over {bins.Count} bins (99.9th percentile {critical:F1})");

        // Moments: the mean within 4 standard errors, the variance within 4 of its (normal-theory) standard errors.
        var sampleMean = sum / Draws;
        var sampleVariance = (squares - (sum * sum / Draws)) / (Draws - 1);
        Assert.InRange(sampleMean, mean - (4 * sd / Math.Sqrt(Draws)), mean + (4 * sd / Math.Sqrt(Draws)));
        var variance = sd * sd;
        Assert.InRange(sampleVariance, variance * (1 - (4 * Math.Sqrt(2.0 / Draws)) - 0.01), variance * (1 + (4 * Math.Sqrt(2.0 / Draws)) + 0.01));
    }

    [Fact]
    public void The_degenerate_cases_need_no_draw_and_bad_arguments_are_refused()
    {
        var random = new ResampleRandom(1);
        var next = new ResampleRandom(1);

        Assert.Equal(0, BinomialSampler.Sample(random, 0, 0.4));
        Assert.Equal(0, BinomialSampler.Sample(random, 50, 0));
        Assert.Equal(50, BinomialSampler.Sample(random, 50, 1));
        Assert.Equal(next.NextUInt64(), random.NextUInt64());
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialSampler.Sample(random, -1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialSampler.Sample(random, 5, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialSampler.Sample(random, 5, double.NaN));
    }

    [Fact]
    public void The_Stirling_corrections_are_the_error_of_Stirling_s_formula()
    {
        for (var k = 0; k <= 40; k++)
        {
            var exact = MathNet.Numerics.SpecialFunctions.FactorialLn(k) - ((k + 0.5) * Math.Log(k + 1)) + (k + 1) - (0.5 * Math.Log(2 * Math.PI));
            Assert.Equal(exact, BinomialSampler.Stirling(k), 1e-10); // the three-term series is off by about 1/(1680(k + 1)⁷) at k ≥ 10
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_draws()
    {
        var a = new ResampleRandom(5);
        var b = new ResampleRandom(5);
        var first = Enumerable.Range(0, 1000).Select(i => BinomialSampler.Sample(a, 1000 + i, 0.3)).ToList();
        var second = Enumerable.Range(0, 1000).Select(i => BinomialSampler.Sample(b, 1000 + i, 0.3)).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_reply_cells_are_multinomial()
    {
        // Cell i of a Multinomial(n; p) vector is Bin(n, pᵢ): mean n·pᵢ, variance n·pᵢ(1 − pᵢ); cov(i, j) = −n·pᵢ·pⱼ.
        var text = new ReplyTextCounts(10, 30, 20, 140);
        const int replicates = 40_000;
        var p = new[] { 0.05, 0.15, 0.10, 0.70 };
        var cells = Enumerable.Range(0, replicates)
            .Select(r => UncertaintyEstimator.ResampleReplies(text, UncertaintyEstimator.DerivedReplySeed(1, "acme", r)))
            .Select(c => new double[] { c.CannedDeflecting, c.CannedOnly, c.DeflectingOnly, c.Neither })
            .ToList();

        Assert.All(cells, c => Assert.Equal(200, c.Sum()));
        for (var i = 0; i < 4; i++)
        {
            var mean = cells.Average(c => c[i]);
            var sd = Math.Sqrt(200 * p[i] * (1 - p[i]));
            Assert.InRange(mean, (200 * p[i]) - (4 * sd / Math.Sqrt(replicates)), (200 * p[i]) + (4 * sd / Math.Sqrt(replicates)));
            var variance = cells.Sum(c => (c[i] - mean) * (c[i] - mean)) / (replicates - 1);
            Assert.InRange(variance / (sd * sd), 0.96, 1.04);
        }

        var cov = cells.Sum(c => (c[0] - 10) * (c[3] - 140)) / replicates;
        Assert.InRange(cov, -200 * 0.05 * 0.70 * 1.1, -200 * 0.05 * 0.70 * 0.9);

        // The first cell against its exact marginal, Bin(200, 0.05), by χ² over 0–4, 5, …, 15, ≥ 16.
        var observed = new double[13];
        var expected = new double[13];
        for (var k = 0; k <= 200; k++)
        {
            var bin = Math.Clamp(k - 4, 0, 12);
            expected[bin] += replicates * Binomial.PMF(0.05, 200, k);
        }

        foreach (var c in cells)
        {
            observed[Math.Clamp((int)c[0] - 4, 0, 12)]++;
        }

        var chiSquare = observed.Zip(expected, (o, e) => (o - e) * (o - e) / e).Sum();
        Assert.True(chiSquare < ChiSquared.InvCDF(12, 0.999), $"χ² = {chiSquare:F1}");
    }
}
