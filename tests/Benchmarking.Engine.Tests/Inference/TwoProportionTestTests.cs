using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>
/// Pooled z-test, Newcombe's hybrid score interval and Cohen's h on hand-computed values. The intervals are the
/// published examples of Newcombe (1998), "Interval estimation for the difference between independent proportions",
/// Statistics in Medicine 17, table II, method 10.
/// </summary>
public sealed class TwoProportionTestTests
{
    // Newcombe's examples: (a) 56/70 − 48/80, (b) 9/10 − 3/10, (c) 5/56 − 0/29.
    // Hand check of (a): p₁ = 0.8, p₂ = 0.6, p̄ = 104/150 = 0.69333; SE = √(0.69333·0.30667·(1/70 + 1/80)) = 0.075467;
    // z = 0.2/0.075467 = 2.6502; p = 2Φ(−2.6502) = 0.00805; h = 2 asin √0.8 − 2 asin √0.6 = 2.21430 − 1.77215 = 0.44214.
    [Theory]
    [InlineData(56, 70, 48, 80, 0.2, 2.6501719512585336, 0.008045081368196568, 0.0524, 0.3339, 0.4421431880029534)]
    [InlineData(9, 10, 3, 10, 0.6, 2.738612787525831, 0.006169899320544155, 0.1705, 0.8090, 1.3388120640691004)]
    [InlineData(5, 56, 0, 29, 0.08928571428571429, 1.6586488692392285, 0.09718656817057977, -0.0381, 0.1926, 0.6068849106766953)]
    public void Matches_published_and_hand_computed_values(int x1, int n1, int x2, int n2, double difference, double z, double p, double lower, double upper, double h)
    {
        var result = TwoProportionTest.Test(x1, n1, x2, n2);

        Assert.Equal((double)x1 / n1, result.Proportion1!.Value, 15);
        Assert.Equal((double)x2 / n2, result.Proportion2!.Value, 15);
        Assert.Equal(difference, result.Difference, 12);
        Assert.Equal(z, result.Z, 10);
        Assert.Equal(p, result.PValue, 10);
        Assert.Equal(lower, result.DifferenceInterval.Lower, 4); // Newcombe prints 4 decimals
        Assert.Equal(upper, result.DifferenceInterval.Upper, 4);
        Assert.Equal(h, result.CohenH, 12);
    }

    [Fact]
    public void The_pooled_z_squared_is_pearsons_chi_square()
    {
        // 2×2 table 56 14 / 48 32, N = 150: χ² = N(ad − bc)² / (r₁r₂c₁c₂) = 150·(56·32 − 14·48)² / (70·80·104·46).
        var result = TwoProportionTest.Test(56, 70, 48, 80);

        var chiSquare = 150.0 * Math.Pow((56 * 32) - (14 * 48), 2) / (70.0 * 80 * 104 * 46);
        Assert.Equal(chiSquare, result.Z * result.Z, 10);
    }

    [Fact]
    public void Equal_all_or_nothing_rates_give_p_one_and_an_interval_around_zero()
    {
        var result = TwoProportionTest.Test(10, 10, 10, 10);

        Assert.Equal((0.0, 0.0, 1.0, 0.0), (result.Difference, result.Z, result.PValue, result.CohenH));
        Assert.Equal(-0.27753279986288926, result.DifferenceInterval.Lower, 12); // ± (1 − Wilson lower of 10/10)
        Assert.Equal(0.27753279986288926, result.DifferenceInterval.Upper, 12);
    }

    [Fact]
    public void An_empty_group_gives_the_null_result()
    {
        var result = TwoProportionTest.Test(3, 4, 0, 0);

        Assert.False(result.IsInformative);
        Assert.Equal(0.75, result.Proportion1);
        Assert.Null(result.Proportion2);
        Assert.Equal((0.0, 0.0, 1.0, 0.0), (result.Difference, result.Z, result.PValue, result.CohenH));
        Assert.Equal(new ConfidenceInterval(-1, 1), result.DifferenceInterval);
    }

    [Fact]
    public void Swapping_the_groups_mirrors_the_result()
    {
        var forward = TwoProportionTest.Test(56, 70, 48, 80);
        var backward = TwoProportionTest.Test(48, 80, 56, 70);

        Assert.Equal(-forward.Z, backward.Z, 12);
        Assert.Equal(forward.PValue, backward.PValue, 12);
        Assert.Equal(-forward.DifferenceInterval.Upper, backward.DifferenceInterval.Lower, 12);
        Assert.Equal(-forward.CohenH, backward.CohenH, 12);
    }

    [Fact]
    public void Impossible_counts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Test(5, 4, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Test(-1, 4, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Test(1, 4, 1, -2));
    }
}
