using Benchmarking.Engine.Conversations;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// One inbound mention of one brand, as the metrics counted it (methodology v1 definitions; see
/// <c>docs/methodology.md</c> and <c>docs/exports.md</c>).
/// </summary>
/// <param name="Platform">Platform name (e.g. <c>twitter</c>).</param>
/// <param name="PostId">The mention's post id on the platform.</param>
/// <param name="BrandId">Registry id of the brand addressed.</param>
/// <param name="Author">The customer's raw handle: pseudonymise it before it leaves the process.</param>
/// <param name="CreatedAt">When the mention was posted, UTC.</param>
/// <param name="Status">Answered, pending or unanswered at the as-of time.</param>
/// <param name="FirstReplyAt">The brand's first reply at or after the mention, UTC; null when none.</param>
/// <param name="ResponseSeconds">Seconds from the mention to <paramref name="FirstReplyAt"/>; null when no reply.</param>
public sealed record MentionFact(
    string Platform,
    string PostId,
    string BrandId,
    string Author,
    DateTimeOffset CreatedAt,
    MentionStatus Status,
    DateTimeOffset? FirstReplyAt,
    double? ResponseSeconds);
