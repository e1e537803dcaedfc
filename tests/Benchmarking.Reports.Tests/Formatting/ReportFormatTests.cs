using Benchmarking.Engine.Inference;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tests.Formatting;

/// <summary>Runs under de-DE (see Support/CultureSetup.cs): any current-culture formatting would print commas here.</summary>
public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(0.0, "0 s")]
    [InlineData(45.0, "45 s")]
    [InlineData(59.4, "59 s")]
    [InlineData(59.7, "1 min")]
    [InlineData(60.0, "1 min")]
    [InlineData(270.0, "4.5 min")]
    [InlineData(720.0, "12 min")]
    [InlineData(3590.0, "1 h")]
    [InlineData(3600.0, "1 h")]
    [InlineData(12240.0, "3.4 h")]
    [InlineData(86400.0, "24 h")]
    [InlineData(259200.0, "72 h")]
    [InlineData(777600.0, "9 d")]
    [InlineData(2592000.0, "30 d")]
    public void Duration_is_human_readable(double seconds, string expected)
    {
        Assert.Equal(expected, ReportFormat.Duration(seconds));
    }

    [Fact]
    public void Missing_values_print_a_dash()
    {
        Assert.Equal("–", ReportFormat.Duration((double?)null));
        Assert.Equal("–", ReportFormat.Percent(null));
        Assert.Equal("–", ReportFormat.Score(null));
        Assert.Equal("–", ReportFormat.Time(null));
    }

    [Theory]
    [InlineData(0.612, "61.2%")]
    [InlineData(1.0, "100.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(0.00049, "0.0%")]
    public void Percent_has_one_decimal(double share, string expected)
    {
        Assert.Equal(expected, ReportFormat.Percent(share));
    }

    [Fact]
    public void Numbers_use_the_invariant_culture()
    {
        Assert.Equal("12,345", ReportFormat.Count(12345));
        Assert.Equal("73.4", ReportFormat.Score(73.44));
        Assert.Equal("1.40", ReportFormat.Number(1.4));
    }

    [Fact]
    public void Times_print_in_utc()
    {
        Assert.Equal("2017-10-31 20:10:47 UTC", ReportFormat.Time(new DateTimeOffset(2017, 10, 31, 22, 10, 47, TimeSpan.FromHours(2))));
    }

    [Theory]
    [InlineData("American Airlines", "american-airlines")]
    [InlineData("  Delta!! ", "delta")]
    [InlineData("Telecom / ISP", "telecom-isp")]
    [InlineData("<script>", "script")]
    [InlineData("日本", "unnamed")]
    public void Slug_is_safe_for_file_names(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Theory]
    [InlineData(78.94, 74.1, 83.04, "78.9 (74.1–83.0)")]
    [InlineData(5.0, 0.0, 10.0, "5.0 (0.0–10.0)")]
    public void Score_with_interval_puts_the_interval_in_brackets(double score, double lower, double upper, string expected)
    {
        Assert.Equal(expected, ReportFormat.WithInterval(score, new(lower, upper), ReportFormat.Score));
    }

    [Theory]
    [InlineData(0.593, 0.565, 0.62, "59.3% (56.5–62.0%)")]
    public void Percent_with_interval_prints_the_unit_once(double share, double lower, double upper, string expected)
    {
        Assert.Equal(expected, ReportFormat.WithInterval(share, new(lower, upper), ReportFormat.Percent));
    }

    [Theory]
    [InlineData(840, 700, 1020, "14 min (12–17 min)")]
    [InlineData(840, 50, 1020, "14 min (50 s–17 min)")]
    [InlineData(7200, 3000, 10800, "2 h (50 min–3 h)")]
    public void Duration_with_interval_prints_a_shared_unit_once(double seconds, double lower, double upper, string expected)
    {
        Assert.Equal(expected, ReportFormat.WithInterval(seconds, new(lower, upper), ReportFormat.Duration));
    }

    [Theory]
    [InlineData(5760, 4350, 7200, "1.6 h (1.2–2 h)")] // once "1.6 h (72.5 min–2 h)"
    [InlineData(840, 50, 1020, "14 min (0.8–17 min)")]
    [InlineData(2400, 2040, 3120, "40 min (34–52 min)")]
    [InlineData(306, 228, 23460, "5.1 min (3.8 min–6.5 h)")] // one unit would read "3.8–391 min"
    public void Duration_with_interval_reads_in_the_estimates_unit(double seconds, double lower, double upper, string expected)
    {
        Assert.Equal(expected, ReportFormat.DurationWithInterval(seconds, new(lower, upper)));
    }

    [Theory]
    [InlineData(1, "1 mention")]
    [InlineData(0, "0 mentions")]
    [InlineData(1200, "1,200 mentions")]
    public void Plural_agrees_with_the_count(long count, string expected) =>
        Assert.Equal(expected, ReportFormat.Plural(count, "mention"));

    [Theory]
    [InlineData("/home/analyst/secret/twcs.csv", "twcs.csv")]
    [InlineData(@"C:\Users\analyst\twcs.csv", "twcs.csv")]
    [InlineData("twcs.csv", "twcs.csv")]
    public void File_names_never_carry_the_local_folders(string path, string expected) =>
        Assert.Equal(expected, ReportFormat.FileName(path));

    [Fact]
    public void Without_an_interval_or_a_value_only_the_value_prints()
    {
        Assert.Equal("78.9", ReportFormat.WithInterval(78.9, null, ReportFormat.Score));
        Assert.Equal("–", ReportFormat.WithInterval(null, new(1, 2), ReportFormat.Score));
    }

    [Theory]
    [InlineData(2, 4, "2–4")]
    [InlineData(3, 3, "3")]
    [InlineData(null, 4, "–")]
    [InlineData(1200, 1300, "1,200–1,300")]
    public void Rank_range_collapses_equal_ends(int? low, int? high, string expected)
    {
        Assert.Equal(expected, ReportFormat.RankRange(low, high));
    }

    [Theory]
    [InlineData(78.44, 76.76, 1.6)] // printed 78.4 and 76.8; the unrounded gap 1.68 would print as 1.7
    [InlineData(76.76, 78.44, -1.6)]
    [InlineData(63.2, 45.0, 18.2)]
    public void Shown_differences_subtract_the_printed_scores(double a, double b, double expected)
    {
        Assert.Equal(expected, Printed.PointsGap(a, b), 10);
    }

    [Fact]
    public void Shown_differences_of_percentages_are_percentage_points()
    {
        Assert.Equal(14.4, Printed.PercentGap(0.59325, 0.44949), 10);
        Assert.Equal("+1.6 pp", ReportFormat.SignedPoints(Printed.PercentGap(0.7844, 0.7676)) + " pp");
    }

    [Theory]
    [InlineData(7.48, "+7.5")]
    [InlineData(-3.14, "-3.1")]
    [InlineData(-0.04, "0.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(1234.56, "+1234.6")]
    public void Signed_points_carry_a_sign_and_never_print_minus_zero(double value, string expected)
    {
        Assert.Equal(expected, ReportFormat.SignedPoints(value));
    }
}
