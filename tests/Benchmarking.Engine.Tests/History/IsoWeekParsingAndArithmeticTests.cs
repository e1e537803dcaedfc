using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Tests.History;

/// <summary>ISO weeks: bounds, parsing, arithmetic across year ends and the default "last complete week".</summary>
public sealed class IsoWeekParsingAndArithmeticTests
{
    [Theory]
    [InlineData("2017-W44", "2017-10-30T00:00:00Z")]
    [InlineData("2017-W47", "2017-11-20T00:00:00Z")]
    [InlineData("2015-W53", "2015-12-28T00:00:00Z")]
    [InlineData("2020-W01", "2019-12-30T00:00:00Z")]
    public void Starts_on_Monday_midnight_UTC_and_lasts_seven_days(string text, string monday)
    {
        Assert.True(IsoWeek.TryParse(text, out var week, out var problem));

        Assert.Null(problem);
        Assert.Equal(DateTimeOffset.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), week.Start);
        Assert.Equal(TimeSpan.FromDays(7), week.End - week.Start);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(text, week.ToString());
    }

    [Theory]
    [InlineData("2017W44", 2017, 44)]
    [InlineData(" 2017-w4 ", 2017, 4)]
    public void Parses_lenient_spellings(string text, int year, int number) =>
        Assert.Equal(new IsoWeek(year, number), IsoWeek.Parse(text));

    [Theory]
    [InlineData("2017-44", "not an ISO week; use the form 2017-W44")]
    [InlineData("2017-W53", "2017 has weeks 1 to 52")]
    [InlineData("2017-W00", "2017 has weeks 1 to 52")]
    [InlineData("", "use the form 2017-W44")]
    public void Refuses_what_is_not_a_week_saying_why(string text, string expected)
    {
        Assert.False(IsoWeek.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_crosses_year_ends_including_week_53()
    {
        var week = new IsoWeek(2016, 1);

        Assert.Equal(new IsoWeek(2015, 53), week.Plus(-1));
        Assert.Equal(new IsoWeek(2015, 50), week.Plus(-4));
        Assert.Equal(week, week.Plus(-4).Plus(4));
        Assert.Equal(4, week.WeeksSince(week.Plus(-4)));
        Assert.Equal([new IsoWeek(2015, 52), new IsoWeek(2015, 53), new IsoWeek(2016, 1)], IsoWeek.Range(week.Plus(-2), week));
        Assert.Empty(IsoWeek.Range(week, week.Plus(-1)));
        Assert.True(week.Plus(-1) < week);
    }

    [Theory]
    [InlineData("2017-12-03T18:52:36Z", "2017-W47")] // Sunday: the week holding it is not over yet
    [InlineData("2017-12-04T00:00:00Z", "2017-W48")] // Monday midnight: the week before has just ended
    [InlineData("2017-12-04T00:00:01Z", "2017-W48")]
    public void The_last_complete_week_is_the_one_before_the_week_holding_the_time(string time, string expected) =>
        Assert.Equal(expected, IsoWeek.LastComplete(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)).ToString());
}
