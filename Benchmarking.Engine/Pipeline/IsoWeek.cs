using System.Globalization;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// An ISO 8601 week in UTC, e.g. <c>2017-W44</c>: the half-open period from Monday 00:00 UTC to the next Monday 00:00
/// UTC. The week-numbering year can differ from the calendar year near 1 January (2016-01-03 is in 2015-W53).
/// </summary>
public readonly partial record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Creates a week.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998 or the week does not exist in that year.</exception>
    public IsoWeek(int year, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        var weeks = ISOWeek.GetWeeksInYear(year);
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {year} has weeks 1 to {weeks}.");
        }

        Year = year;
        Week = week;
    }

    /// <summary>ISO week-numbering year.</summary>
    public int Year { get; }

    /// <summary>Week of the year, 1–52 or 53.</summary>
    public int Week { get; }

    /// <summary>Monday 00:00 UTC, inclusive.</summary>
    public DateTimeOffset Start => new(DateTime.SpecifyKind(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday), DateTimeKind.Utc));

    /// <summary>The next Monday 00:00 UTC, exclusive.</summary>
    public DateTimeOffset End => Start.AddDays(7);

    /// <summary>The week containing <paramref name="time"/> (taken in UTC).</summary>
    public static IsoWeek Containing(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new IsoWeek(ISOWeek.GetYear(utc), ISOWeek.GetWeekOfYear(utc));
    }

    /// <summary>
    /// The last week that is complete at <paramref name="time"/>: the latest week whose end is at or before it (the week
    /// before the one containing it).
    /// </summary>
    public static IsoWeek LastCompleteAt(DateTimeOffset time) => Containing(time).Plus(-1);

    /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
    public IsoWeek Plus(int weeks) => Containing(Start.AddDays(7.0 * weeks));

    /// <summary>Weeks from <paramref name="other"/> to this one (positive when this one is later).</summary>
    public int WeeksSince(IsoWeek other) => (int)Math.Round((Start - other.Start).TotalDays / 7, MidpointRounding.AwayFromZero);

    /// <summary>Every week from <paramref name="first"/> to <paramref name="last"/>, both included; empty when last is earlier.</summary>
    public static IReadOnlyList<IsoWeek> Range(IsoWeek first, IsoWeek last)
    {
        var count = last.WeeksSince(first) + 1;
        return count <= 0 ? [] : Enumerable.Range(0, count).Select(first.Plus).ToList();
    }

    /// <summary>Parses <c>2017-W44</c> (also <c>2017W44</c>, <c>2017-w44</c>, <c>2017-W4</c>).</summary>
    /// <returns>Null with a message when the text is not a week; the week otherwise.</returns>
    public static IsoWeek? TryParse(string? text, out string? problem)
    {
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            problem = $"'{text}' is not an ISO week; use the form 2017-W44";
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var week = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998)
        {
            problem = $"'{text}' is not an ISO week: the year must be 0001 to 9998";
            return null;
        }

        var weeks = ISOWeek.GetWeeksInYear(year);
        if (week < 1 || week > weeks)
        {
            problem = $"'{text}' is not an ISO week: {year} has weeks 1 to {weeks}";
            return null;
        }

        problem = null;
        return new IsoWeek(year, week);
    }

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => Start.CompareTo(other.Start);

    /// <summary>True when <paramref name="a"/> is earlier than <paramref name="b"/>.</summary>
    public static bool operator <(IsoWeek a, IsoWeek b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> is later than <paramref name="b"/>.</summary>
    public static bool operator >(IsoWeek a, IsoWeek b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> is earlier than or the same as <paramref name="b"/>.</summary>
    public static bool operator <=(IsoWeek a, IsoWeek b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> is later than or the same as <paramref name="b"/>.</summary>
    public static bool operator >=(IsoWeek a, IsoWeek b) => a.CompareTo(b) >= 0;

    /// <summary><c>2017-W44</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    [GeneratedRegex(@"^\s*(?<year>\d{4})-?[Ww](?<week>\d{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
