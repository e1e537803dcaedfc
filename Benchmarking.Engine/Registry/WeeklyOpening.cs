namespace Benchmarking.Engine.Registry;

/// <summary>
/// One opening of a weekly support schedule, in the brand's local wall time: from <see cref="Start"/> on
/// <see cref="Day"/> for <see cref="Length"/>. An opening may run past midnight into the next day (e.g. Friday 22:00 for
/// 4 hours ends Saturday 02:00); it is never longer than a day.
/// </summary>
/// <param name="Day">The weekday the opening starts on.</param>
/// <param name="Start">Local time of day it opens, 00:00 to 23:59.</param>
/// <param name="Length">How long it stays open on the local clock, more than zero and at most 24 hours.</param>
public readonly record struct WeeklyOpening(DayOfWeek Day, TimeSpan Start, TimeSpan Length)
{
    /// <summary>Where it opens in the week, counted from Monday 00:00 (Monday first, as ISO weeks are).</summary>
    internal TimeSpan WeekStart => TimeSpan.FromDays(((int)Day + 6) % 7) + Start;

    /// <summary>E.g. <c>Mon 08:00-20:00</c> or <c>Fri 22:00-02:00+1</c>.</summary>
    public override string ToString()
    {
        var end = Start + Length;
        var endText = end > TimeSpan.FromDays(1) ? $"{end - TimeSpan.FromDays(1):hh\\:mm}+1" : end == TimeSpan.FromDays(1) ? "24:00" : $"{end:hh\\:mm}";
        return $"{Day.ToString()[..3]} {Start:hh\\:mm}-{endText}";
    }
}
