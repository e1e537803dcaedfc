using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// The business clock written a second time, as plainly as possible: walk from one instant to the other a minute at a
/// time, convert each minute's instant to local time with <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/>,
/// and count the minutes whose local weekday and time of day fall inside an opening (one that starts that day, or the
/// day before and runs past midnight). None of <see cref="SupportHours"/>' own code is used. Exact when every opening
/// boundary, offset change and both instants are on whole minutes, as in the tests.
/// </summary>
internal static class ReferenceBusinessClock
{
    /// <summary>Open minutes in [from, to).</summary>
    public static TimeSpan BusinessTime(IReadOnlyList<WeeklyOpening> openings, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        var minutes = 0;
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            if (IsOpen(openings, TimeZoneInfo.ConvertTime(t, zone).DateTime))
            {
                minutes++;
            }
        }

        return TimeSpan.FromMinutes(minutes);
    }

    /// <summary>Whether a local wall time is inside an opening.</summary>
    public static bool IsOpen(IReadOnlyList<WeeklyOpening> openings, DateTime local)
    {
        var time = local.TimeOfDay;
        var yesterday = local.AddDays(-1).DayOfWeek;
        return openings.Any(o =>
            (o.Day == local.DayOfWeek && time >= o.Start && time < o.Start + o.Length)
            || (o.Day == yesterday && time + TimeSpan.FromDays(1) < o.Start + o.Length));
    }
}
