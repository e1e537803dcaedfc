namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Latency of every brand reply to a customer post (not only the first), as published TWCS analyses report it:
/// one observation per (customer post, brand post replying directly to it) with a non-negative delay.
/// </summary>
/// <param name="BrandId">Registry id.</param>
/// <param name="Stats">Distribution of reply delays in seconds.</param>
public sealed record ReplyLatency(string BrandId, ResponseTimeStats Stats);
