using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Tests.Inference;

/// <summary>The one rule for printed scores, shares and gaps (engine sentences and report tables alike).</summary>
public sealed class PrintedTests
{
    [Theory]
    [InlineData(73.44, "73.4")]
    [InlineData(73.45, "73.5")]
    [InlineData(-0.04, "0.0")]
    [InlineData(99.96, "100.0")]
    public void A_score_prints_with_one_decimal_midpoints_away_from_zero(double points, string printed) =>
        Assert.Equal(printed, Printed.Score(points));

    [Theory]
    [InlineData(7.24, "+7.2")]
    [InlineData(-3.06, "-3.1")]
    [InlineData(0.04, "0.0")]
    [InlineData(-0.04, "0.0")]
    public void A_signed_value_never_prints_minus_zero(double points, string printed) =>
        Assert.Equal(printed, Printed.Signed(points));

    [Theory]
    [InlineData(0.61249, "61.2%", "61.2%")]
    [InlineData(0.97, "97.0%", "97%")]
    [InlineData(0.975, "97.5%", "97.5%")]
    public void A_share_prints_as_a_percentage_in_tables_and_in_prose(double share, string table, string prose)
    {
        Assert.Equal(table, Printed.Percent(share));
        Assert.Equal(prose, Printed.PercentInProse(share));
    }

    [Fact]
    public void A_gap_is_the_difference_of_the_printed_figures()
    {
        // 78.44 and 76.76 print as 78.4 and 76.8: the gap printed beside them is 1.6, not the 1.7 of the exact values.
        Assert.Equal(1.6, Printed.PointsGap(78.44, 76.76));
        Assert.Equal(1.7, Printed.Points(78.44 - 76.76));
        // 77.64% and 71.45% print as 77.6% and 71.5% (71.45 rounds up): 6.1 percentage points.
        Assert.Equal(6.1, Printed.PercentGap(0.7764, 0.7145));
    }

    [Theory]
    [InlineData("Speed", "speed")]
    [InlineData("SLA attainment", "SLA attainment")]
    [InlineData("X", "X")]
    public void A_component_name_is_lowered_inside_a_sentence_unless_it_starts_with_an_acronym(string name, string inSentence) =>
        Assert.Equal(inSentence, Printed.InSentence(name));
}
