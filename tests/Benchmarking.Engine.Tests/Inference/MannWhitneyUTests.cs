using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// Mann–Whitney U against scipy's documented example, hand computations and a brute-force reference (U by counting
/// pairs; variance with the tie correction written out).
/// </summary>
public sealed class MannWhitneyUTests
{
    [Fact]
    public void Scipy_documentation_example()
    {
        // scipy.stats.mannwhitneyu(males, females, method="asymptotic") → statistic 17.0, pvalue 0.11134688653314041.
        // By hand: n₁ = 5, n₂ = 4, no ties; U = #(x > y) = 4 + 3 + 4 + 2 + 4 = 17; EU = 10; Var U = 5·4·10/12 = 16.667;
        // z = (17 − 10 − 0.5)/4.0825 = 1.5922; p = 2Φ(−1.5922) = 0.11135.
        var result = MannWhitneyU.Test([19, 22, 16, 29, 24], [20, 11, 17, 12]);

        Assert.Equal(17.0, result.U);
        Assert.Equal(1.5921683328090657, result.Z, 12);
        Assert.Equal(0.11134688653314041, result.PValue, 12);
        Assert.Equal(1 - (2 * 17.0 / 20), result.RankBiserial, 12); // −0.7: X tends to be larger (slower)
        Assert.Equal(3.0 / 20, result.ProbabilityXBelowY, 12);
    }

    [Fact]
    public void Ties_get_mid_ranks_and_shrink_the_variance()
    {
        // x = 1 2 2 3 5 8, y = 2 3 3 4 9 9 10. Pairs x > y: 0+0+0+1+4+4 = 9; ties x = y: (2,2)×2 + (3,3)×2 = 4 → U = 11.
        // Tie groups: 2 (×3), 3 (×3), 9 (×2): Σ(t³ − t) = 24 + 24 + 6 = 54; n = 13.
        // Var U = 42/12 · (14 − 54/156) = 47.788; z = −(|11 − 21| − 0.5)/6.913 = −1.37424; p = 0.169368.
        var result = MannWhitneyU.Test([1, 2, 2, 3, 5, 8], [2, 3, 3, 4, 9, 9, 10]);

        Assert.Equal(11.0, result.U);
        Assert.Equal(-1.3742384025789471, result.Z, 12);
        Assert.Equal(0.16936768223501364, result.PValue, 12);
        Assert.Equal(1 - (22.0 / 42), result.RankBiserial, 12);
        Assert.Equal(1 - (11.0 / 42), result.ProbabilityXBelowY, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Agrees_with_brute_force_on_generated_response_times(int seed)
    {
        var random = new Random(seed);
        // Whole minutes, so ties are common.
        var x = Enumerable.Range(0, 40).Select(_ => 60.0 * random.Next(0, 30)).ToArray();
        var y = Enumerable.Range(0, 55).Select(_ => 60.0 * random.Next(5, 40)).ToArray();

        var result = MannWhitneyU.Test(x, y);
        var (u, z, p) = Reference(x, y);

        Assert.Equal(u, result.U, 9);
        Assert.Equal(z, result.Z, 9);
        Assert.Equal(p, result.PValue, 9);
        Assert.Equal((1 + result.RankBiserial) / 2, result.ProbabilityXBelowY, 12);
        Assert.True(result.Z < 0); // x is drawn from smaller values
    }

    [Fact]
    public void Swapping_the_samples_mirrors_the_result()
    {
        double[] x = [60, 120, 120, 300, 600, 900, 1800, 3600];
        double[] y = [300, 600, 600, 1200, 2400, 3600, 7200, 14400, 86400];

        var forward = MannWhitneyU.Test(x, y);
        var backward = MannWhitneyU.Test(y, x);

        Assert.Equal(x.Length * y.Length - forward.U, backward.U, 12);
        Assert.Equal(-forward.Z, backward.Z, 12);
        Assert.Equal(forward.PValue, backward.PValue, 12);
        Assert.Equal(-forward.RankBiserial, backward.RankBiserial, 12);
        Assert.Equal(0.04757678502876338, forward.PValue, 12);
        Assert.Equal(19.0 / 24, forward.ProbabilityXBelowY, 12); // U = 15 of 72 pairs
    }

    [Fact]
    public void An_empty_sample_gives_the_null_result()
    {
        var result = MannWhitneyU.Test([], [1, 2, 3]);

        Assert.False(result.IsInformative);
        Assert.Equal((0.0, 0.0, 1.0, 0.0, 0.5), (result.U, result.Z, result.PValue, result.RankBiserial, result.ProbabilityXBelowY));
    }

    [Fact]
    public void All_values_tied_give_p_one_and_no_effect()
    {
        var result = MannWhitneyU.Test([60, 60, 60], [60, 60]);

        Assert.Equal((3.0, 0.0, 1.0, 0.0, 0.5), (result.U, result.Z, result.PValue, result.RankBiserial, result.ProbabilityXBelowY));
    }

    [Fact]
    public void Non_finite_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => MannWhitneyU.Test([1, double.NaN], [2]));
    }

    /// <summary>U by counting pairs; tie-corrected variance; continuity-corrected z.</summary>
    private static (double U, double Z, double P) Reference(double[] x, double[] y)
    {
        double u = 0;
        foreach (var a in x)
        {
            foreach (var b in y)
            {
                u += a > b ? 1 : a == b ? 0.5 : 0;
            }
        }

        var all = x.Concat(y).ToArray();
        double n = all.Length, n1 = x.Length, n2 = y.Length;
        var ties = all.GroupBy(v => v).Sum(g => Math.Pow(g.Count(), 3) - g.Count());
        var sd = Math.Sqrt(n1 * n2 / 12 * (n + 1 - (ties / (n * (n - 1)))));
        var z = Math.Sign(u - (n1 * n2 / 2)) * (Math.Abs(u - (n1 * n2 / 2)) - 0.5) / sd;
        var p = 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z));
        return (u, z, p);
    }
}
