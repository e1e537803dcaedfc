using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Conversations;

/// <summary>
/// One inbound mention of one brand with its first response: the unit every metric counts (methodology §1–§2). A
/// mention is a post by a non-brand author, not a repost, that replies directly to one of the brand's posts or
/// @-mentions one of its handles or hidden aliases; a post addressing two brands is a mention of each.
/// </summary>
/// <param name="Platform">Platform name as stored (e.g. <c>twitter</c>).</param>
/// <param name="PostId">The mention's post id on the platform.</param>
/// <param name="BrandId">Registry id of the brand addressed.</param>
/// <param name="MentionAt">When the mention was posted, UTC.</param>
/// <param name="FirstReplyAt">The brand's first direct reply at or after the mention, UTC (however late); null when none.</param>
/// <param name="Status">Read by <see cref="ConversationScope.StatusOf"/> from the two times, the window and the as-of time.</param>
/// <param name="EarlyReplies">Brand replies to the mention timed before it (a clock or data error; never a response).</param>
/// <param name="Author">The customer's raw handle, only when the caller asked for it (exports, examples); pseudonymise it before it leaves the process.</param>
internal readonly record struct ConversationFact(
    string Platform,
    string PostId,
    string BrandId,
    DateTimeOffset MentionAt,
    DateTimeOffset? FirstReplyAt,
    MentionStatus Status,
    int EarlyReplies,
    string? Author = null)
{
    /// <summary>Whole milliseconds from the mention to its first reply; null when there is none.</summary>
    public long? ResponseMilliseconds =>
        FirstReplyAt is { } reply ? ConversationScope.EpochMilliseconds(reply) - ConversationScope.EpochMilliseconds(MentionAt) : null;
}
