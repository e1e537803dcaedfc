namespace Benchmarking.Engine.Registry;

/// <summary>
/// A brand's weekly support hours in its local wall time, and the business clock they define.
/// </summary>
/// <remarks>
/// <para>The rule: an instant is <em>open</em> when its local wall-clock reading in the brand's time zone (weekday and
/// time of day) falls inside an opening. The business time between two instants is the length of the open instants
/// between them, so a mention posted while closed starts its clock at the next opening, and a reply sent while closed
/// stops it at the last closing.</para>
/// <para>Daylight-saving changes follow from the rule: on the spring-forward night the skipped local hour does not
/// exist, so an opening across it is an hour shorter; on the fall-back night the repeated local hour is open twice, so an
/// opening across it is an hour longer. Public holidays are not modelled.</para>
/// <para>Openings never overlap (checked by <see cref="Problems"/>). An empty schedule is always closed; the schedule of
/// seven 24-hour days is <see cref="AlwaysOpen"/>, whose business time is exactly the wall time, in every zone.</para>
/// </remarks>
public sealed class SupportHours : IEquatable<SupportHours>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    // Offset changes are searched for at this spacing; tz data never changes a zone's offset twice within it.
    private static readonly TimeSpan Probe = TimeSpan.FromHours(6);

    private readonly WeeklyOpening[][] byDay;

    private SupportHours(IReadOnlyList<WeeklyOpening> openings)
    {
        Openings = openings;
        byDay = new WeeklyOpening[7][];
        for (var d = 0; d < 7; d++)
        {
            byDay[d] = openings.Where(o => (int)o.Day == d).ToArray();
        }

        IsAlwaysOpen = Problems(openings).Count == 0 && OpenPerWeek(openings) == Week;
    }

    /// <summary>Open at every instant: business time equals wall time.</summary>
    public static SupportHours AlwaysOpen { get; } = new(Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, TimeSpan.Zero, Day)).ToList());

    /// <summary>The openings, ordered by their start in the week (Monday first).</summary>
    public IReadOnlyList<WeeklyOpening> Openings { get; }

    /// <summary>True when the openings cover the whole week (24/7).</summary>
    public bool IsAlwaysOpen { get; }

    /// <summary>Builds a schedule from openings.</summary>
    /// <exception cref="ArgumentException">The openings break a rule (<see cref="Problems"/> lists them all).</exception>
    public static SupportHours Create(IEnumerable<WeeklyOpening> openings)
    {
        ArgumentNullException.ThrowIfNull(openings);
        var list = openings.OrderBy(o => o.WeekStart).ToList();
        var problems = Problems(list);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(openings));
        }

        return new SupportHours(list);
    }

    /// <summary>
    /// Every problem with a set of openings: a start outside 00:00–23:59, a length not in (0, 24 h], openings that
    /// overlap (also across midnight and from Sunday into Monday).
    /// </summary>
    public static IReadOnlyList<string> Problems(IEnumerable<WeeklyOpening> openings)
    {
        ArgumentNullException.ThrowIfNull(openings);
        var problems = new List<string>();
        var valid = new List<(TimeSpan Start, TimeSpan End, WeeklyOpening Opening)>();
        foreach (var o in openings)
        {
            if (o.Start < TimeSpan.Zero || o.Start >= Day)
            {
                problems.Add($"{o.Day}: an opening must start between 00:00 and 23:59 (was {o.Start})");
            }
            else if (o.Length <= TimeSpan.Zero || o.Length > Day)
            {
                problems.Add($"{o.Day} {o.Start:hh\\:mm}: an opening must last more than zero and at most 24 hours (was {o.Length})");
            }
            else
            {
                // Place the opening on the week circle, split where it runs past Sunday midnight into Monday.
                var start = o.WeekStart;
                var end = start + o.Length;
                valid.Add((start, end < Week ? end : Week, o));
                if (end > Week)
                {
                    valid.Add((TimeSpan.Zero, end - Week, o));
                }
            }
        }

        valid.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < valid.Count; i++)
        {
            if (valid[i].Start < valid[i - 1].End)
            {
                problems.Add($"openings {valid[i - 1].Opening} and {valid[i].Opening} overlap; merge them into one");
            }
        }

        return problems;
    }

    /// <summary>Whether <paramref name="at"/> is open in <paramref name="zone"/> (see the rule in the remarks).</summary>
    public bool IsOpen(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (IsAlwaysOpen)
        {
            return true;
        }

        var local = at.UtcDateTime + zone.GetUtcOffset(at);
        return OpenWithin(local, local.AddTicks(1)) > TimeSpan.Zero;
    }

    /// <summary>
    /// The business time from <paramref name="from"/> to <paramref name="to"/> in <paramref name="zone"/>: the length of
    /// the open instants in [from, to); zero when <paramref name="to"/> is not later. For <see cref="AlwaysOpen"/> it is
    /// exactly <c>to − from</c>.
    /// </summary>
    public TimeSpan BusinessTime(DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (IsAlwaysOpen)
        {
            return to - from;
        }

        // Split [from, to) where the zone's UTC offset changes; within a piece local time runs with the instant.
        var total = TimeSpan.Zero;
        var t = from;
        while (t < to)
        {
            var offset = zone.GetUtcOffset(t);
            var end = NextOffsetChange(t, to, offset, zone);
            var local = t.UtcDateTime + offset;
            total += OpenWithin(local, local + (end - t));
            t = end;
        }

        return total;
    }

    /// <inheritdoc />
    public bool Equals(SupportHours? other) =>
        other is not null && (IsAlwaysOpen ? other.IsAlwaysOpen : !other.IsAlwaysOpen && Openings.SequenceEqual(other.Openings));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SupportHours);

    /// <inheritdoc />
    public override int GetHashCode() => IsAlwaysOpen ? -1 : Openings.Count;

    /// <summary>E.g. <c>24/7</c>, <c>closed</c> or <c>Mon 08:00-20:00, Tue 08:00-20:00, …</c>.</summary>
    public override string ToString() =>
        IsAlwaysOpen ? "24/7" : Openings.Count == 0 ? "closed" : string.Join(", ", Openings);

    private static TimeSpan OpenPerWeek(IEnumerable<WeeklyOpening> openings) =>
        openings.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Length);

    /// <summary>The first instant after <paramref name="t"/> (at most <paramref name="to"/>) whose UTC offset is not <paramref name="offset"/>.</summary>
    private static DateTimeOffset NextOffsetChange(DateTimeOffset t, DateTimeOffset to, TimeSpan offset, TimeZoneInfo zone)
    {
        var lo = t;
        while (lo < to)
        {
            var hi = lo + Probe < to ? lo + Probe : to;
            if (zone.GetUtcOffset(hi) != offset)
            {
                // The change is in (lo, hi]: bisect to the tick.
                while (hi.UtcTicks - lo.UtcTicks > 1)
                {
                    var mid = new DateTimeOffset(lo.UtcTicks + ((hi.UtcTicks - lo.UtcTicks) / 2), TimeSpan.Zero);
                    if (zone.GetUtcOffset(mid) == offset)
                    {
                        lo = mid;
                    }
                    else
                    {
                        hi = mid;
                    }
                }

                return hi;
            }

            lo = hi;
        }

        return to;
    }

    /// <summary>The open length of the local wall-time span [start, end) (no offset change inside it).</summary>
    private TimeSpan OpenWithin(DateTime start, DateTime end)
    {
        var total = TimeSpan.Zero;
        // An opening that starts the day before can run into the span.
        for (var day = start.Date.AddDays(-1); day < end; day = day.AddDays(1))
        {
            foreach (var opening in byDay[(int)day.DayOfWeek])
            {
                var open = day + opening.Start;
                var close = open + opening.Length;
                var from = open > start ? open : start;
                var to = close < end ? close : end;
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }
}
