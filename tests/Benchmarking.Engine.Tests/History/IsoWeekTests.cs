using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Tests.History;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2017-W44", 2017, 44, "2017-10-30T00:00:00+00:00")]
    [InlineData("2017w44", 2017, 44, "2017-10-30T00:00:00+00:00")]
    [InlineData("2020-W53", 2020, 53, "2020-12-28T00:00:00+00:00")]
    [InlineData("2021-W01", 2021, 1, "2021-01-04T00:00:00+00:00")]
    public void Parses_a_week_and_starts_it_on_Monday_UTC(string text, int year, int number, string start)
    {
        var week = IsoWeek.Parse(text);

        Assert.Equal((year, number), (week.Year, week.Week));
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), week.Start);
        Assert.Equal(week.Start.AddDays(7), week.End);
        Assert.Equal($"{year:0000}-W{number:00}", week.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2017-44")]
    [InlineData("2017-W00")]
    [InlineData("2017-W53")]
    [InlineData("17-W44")]
    [InlineData("2017-W4x")]
    public void Rejects_what_is_not_an_existing_week(string text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => IsoWeek.Parse(text));
        Assert.Contains("2017-W44", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-01-15T12:00:00Z", "2024-W02")]
    [InlineData("2024-01-15T00:00:00Z", "2024-W02")] // Monday 00:00 exactly: the week that just ended
    [InlineData("2024-01-14T23:59:59Z", "2024-W01")]
    [InlineData("2021-01-01T10:00:00Z", "2020-W52")] // 2021-01-01 is in 2020-W53, still running
    [InlineData("2017-11-30T08:00:00+05:00", "2017-W47")]
    public void The_last_complete_week_is_the_one_before_the_week_containing_now(string now, string expected)
    {
        var week = IsoWeek.LastComplete(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, week.ToString());
        Assert.True(week.End <= DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Previous_and_next_cross_year_boundaries_and_count_weeks()
    {
        var week = IsoWeek.Parse("2021-W01");

        Assert.Equal("2020-W53", week.Previous.ToString());
        Assert.Equal(week, week.Previous.Next);
        Assert.Equal(2, week.WeeksSince(IsoWeek.Parse("2020-W52")));
        Assert.True(week.Previous < week);
    }
}
