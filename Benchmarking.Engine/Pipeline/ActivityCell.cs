namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// One brand's mentions posted in one hour of one weekday (UTC, or the zone the cells were computed in) over the period, with the median first response of the
/// answered ones: one cell of the hour-of-day × weekday heatmap.
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Weekday">ISO weekday of the mention, 1 = Monday … 7 = Sunday.</param>
/// <param name="Hour">Hour of the mention, 0–23.</param>
/// <param name="Mentions">Inbound mentions posted in that hour.</param>
/// <param name="Answered">Of them, answered within the answer window.</param>
/// <param name="MedianSeconds">Median first-response time of the answered ones; null when none.</param>
public sealed record ActivityCell(string BrandId, int Weekday, int Hour, long Mentions, long Answered, double? MedianSeconds);
