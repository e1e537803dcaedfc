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
}
