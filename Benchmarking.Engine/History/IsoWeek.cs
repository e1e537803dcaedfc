using System.Globalization;

namespace Benchmarking.Engine.History;

/// <summary>
/// An ISO 8601 week (Monday 00:00 UTC to the next Monday, half-open), written <c>2017-W44</c>. Weeks belong to the ISO
/// week-numbering year, so 2020-12-31 is in 2020-W53 and 2021-01-01 in 2020-W53 too.
/// </summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
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

    /// <summary>Parses <c>2017-W44</c> (also <c>2017-w44</c> and <c>2017W44</c>).</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToUpperInvariant().Replace("-W", "W", StringComparison.Ordinal);
        var w = t.IndexOf('W', StringComparison.Ordinal);
        if (w != 4 || t.Length is < 6 or > 7
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(t.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 1 or > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>Parses <c>2017-W44</c>.</summary>
    /// <exception cref="FormatException">The text is not an existing ISO week.</exception>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week; use e.g. 2017-W44 (weeks start on Monday, UTC).");

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
}
