namespace Benchmarking.Cli.Tests;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(null, "–")]
    [InlineData(double.NaN, "–")]
    [InlineData(0.0, "0 s")]
    [InlineData(45.4, "45 s")]
    [InlineData(75.0, "1.3 min")]
    [InlineData(750.0, "13 min")]
    [InlineData(5400.0, "1.5 h")]
    [InlineData(36000.0, "10 h")]
    [InlineData(180000.0, "50 h")]
    [InlineData(400000.0, "4.6 d")]
    public void Duration_is_the_reports_duration(double? seconds, string expected)
    {
        // One formatter: the console once printed "75 s" where the HTML said "1.3 min", and "2.1 d" for "50 h".
        Assert.Equal(expected, Formats.Duration(seconds));
        Assert.Equal(Benchmarking.Reports.Formatting.ReportFormat.Duration(seconds), Formats.Duration(seconds));
    }

    [Theory]
    [InlineData(null, "–")]
    [InlineData(0.0, "0.0%")]
    [InlineData(0.875, "87.5%")]
    [InlineData(1.0, "100.0%")]
    public void Percent_has_one_decimal_and_a_point(double? share, string expected) =>
        Assert.Equal(expected, Formats.Percent(share));

    [Fact]
    public void Time_is_utc_to_the_minute() =>
        Assert.Equal("2017-10-31 20:10 UTC", Formats.Time(new DateTimeOffset(2017, 10, 31, 22, 10, 47, TimeSpan.FromHours(2))));

    [Fact]
    public void Hours_drop_trailing_zeros() =>
        Assert.Equal("72 h", Formats.Hours(TimeSpan.FromHours(72)));
}
