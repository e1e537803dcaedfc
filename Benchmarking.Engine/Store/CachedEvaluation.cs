namespace Benchmarking.Engine.Store;

/// <summary>One stored entry of the evaluation cache (<c>evaluation_cache</c>, see <c>docs/schema.md</c>).</summary>
/// <param name="PeriodEnd">The end of the evaluated period (exclusive), for pruning.</param>
/// <param name="Fingerprint">The fingerprint of the stored rows the evaluation was computed from.</param>
/// <param name="AsOf">The as-of time it was computed at.</param>
/// <param name="Pending">Mentions still pending at that time (none: its figures hold at any later as-of time).</param>
/// <param name="Payload">The evaluation, serialised by the engine.</param>
internal sealed record CachedEvaluation(DateTimeOffset PeriodEnd, string Fingerprint, DateTimeOffset AsOf, long Pending, string Payload);
