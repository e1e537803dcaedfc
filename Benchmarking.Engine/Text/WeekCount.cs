namespace Benchmarking.Engine.Text;

/// <summary>A count in one week.</summary>
/// <param name="WeekStart">Monday 00:00 UTC of the ISO week.</param>
/// <param name="Count">Count in that week.</param>
public sealed record WeekCount(DateOnly WeekStart, long Count);
