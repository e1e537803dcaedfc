using System.Globalization;
using System.Text.RegularExpressions;

namespace Benchmarking.Engine.History;

/// <summary>
/// An ISO 8601 week (Monday 00:00 UTC to the next Monday, half-open), written <c>2017-W44</c>. Weeks belong to the ISO
/// week-numbering year, so 2020-12-31 is in 2020-W53 and 2021-01-01 in 2020-W53 too.
/// </summary>
public readonly partial record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Creates a week.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998 or the week does not exist in that year.</exception>
    public IsoWeek(int year, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO year {year} has weeks 1 to {ISOWeek.GetWeeksInYear(year)}");
        }

        Year = year;
        Week = week;
    }

    /// <summary>ISO week-numbering year.</summary>
    public int Year { get; }

    /// <summary>Week number, 1–53.</summary>
    public int Week { get; }

    /// <summary>Monday 00:00 UTC, inclusive.</summary>
    public DateTimeOffset Start => new(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday), TimeSpan.Zero);

    /// <summary>The next Monday 00:00 UTC, exclusive.</summary>
    public DateTimeOffset End => Start.AddDays(7);

    /// <summary>The week before.</summary>
    public IsoWeek Previous => Containing(Start.AddDays(-7));

    /// <summary>The week after.</summary>
    public IsoWeek Next => Containing(End);

    /// <summary>The week that contains <paramref name="time"/> (taken in UTC).</summary>
    public static IsoWeek Containing(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        return new IsoWeek(ISOWeek.GetYear(utc), ISOWeek.GetWeekOfYear(utc));
    }

    /// <summary>
    /// The last week that has fully ended at <paramref name="now"/>: the week before the one containing it (at Monday
    /// 00:00 exactly, the week that just ended).
    /// </summary>
    public static IsoWeek LastComplete(DateTimeOffset now) => Containing(now).Previous;

    /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
    public IsoWeek Plus(int weeks) => Containing(Start.AddDays(7.0 * weeks));

    /// <summary>Every week from <paramref name="first"/> to <paramref name="last"/>, both included; empty when last is earlier.</summary>
    public static IReadOnlyList<IsoWeek> Range(IsoWeek first, IsoWeek last)
    {
        var count = last.WeeksSince(first) + 1;
        return count <= 0 ? [] : Enumerable.Range(0, count).Select(first.Plus).ToList();
    }

    /// <summary>Parses <c>2017-W44</c> (also <c>2017-w44</c>, <c>2017W44</c> and <c>2017-W4</c>, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out IsoWeek week) => TryParse(text, out week, out _);

    /// <summary>Parses <c>2017-W44</c> like <see cref="TryParse(string?, out IsoWeek)"/>, saying why when it is not a week.</summary>
    /// <param name="text">The text.</param>
    /// <param name="week">The week, when the text is one.</param>
    /// <param name="problem">Why the text is not a week (it names the text and the expected form); null on success.</param>
    public static bool TryParse(string? text, out IsoWeek week, out string? problem)
    {
        week = default;
        var match = Pattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            problem = $"'{text}' is not an ISO week; use the form 2017-W44 (weeks start on Monday, UTC)";
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["week"].Value, CultureInfo.InvariantCulture);
        if (year is < 1 or > 9998)
        {
            problem = $"'{text}' is not an ISO week: the year must be 0001 to 9998 (e.g. 2017-W44)";
            return false;
        }

        var weeks = ISOWeek.GetWeeksInYear(year);
        if (number < 1 || number > weeks)
        {
            problem = $"'{text}' is not an ISO week: {year} has weeks 1 to {weeks} (e.g. 2017-W44)";
            return false;
        }

        problem = null;
        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>Parses <c>2017-W44</c>.</summary>
    /// <exception cref="FormatException">The text is not an existing ISO week.</exception>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week, out var problem) ? week : throw new FormatException(problem + ".");

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>Whole weeks from <paramref name="earlier"/> to this week (negative when this week is earlier).</summary>
    public int WeeksSince(IsoWeek earlier) => (int)((Start - earlier.Start).Ticks / TimeSpan.TicksPerDay / 7);

    /// <summary><c>2017-W44</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    /// <summary>Earlier week first.</summary>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    /// <summary>Later week first.</summary>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    /// <summary>Earlier or the same week.</summary>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    /// <summary>Later or the same week.</summary>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^\s*(?<year>\d{4})-?[Ww](?<week>\d{1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
