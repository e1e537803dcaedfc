namespace Benchmarking.Engine.Conversations;

/// <summary>
/// One brand reply to a customer post of the period, not timed before it: every reply, not only the first (the figure
/// published TWCS analyses report as "reply latency").
/// </summary>
/// <param name="BrandId">The replying brand.</param>
/// <param name="Milliseconds">Whole milliseconds from the customer post to the reply, zero or more.</param>
internal readonly record struct ReplyDelay(string BrandId, long Milliseconds);
