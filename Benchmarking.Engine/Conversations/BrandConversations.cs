using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Conversations;

/// <summary>
/// One brand's conversation facts in a compact, immutable, columnar form, in the facts' order (mention time, platform,
/// post id): what every metric of the brand is computed from.
/// </summary>
internal sealed class BrandConversations
{
    private readonly long[] mentionAt;
    private readonly long[] responseMilliseconds;
    private readonly MentionStatus[] status;
    private readonly string[] platform;

    internal BrandConversations(string brandId, long[] mentionAt, long[] responseMilliseconds, MentionStatus[] status, string[] platform, long earlyReplies)
    {
        BrandId = brandId;
        this.mentionAt = mentionAt;
        this.responseMilliseconds = responseMilliseconds;
        this.status = status;
        this.platform = platform;
        EarlyReplies = earlyReplies;
    }

    /// <summary>The brand's registry id.</summary>
    public string BrandId { get; }

    /// <summary>Mentions of the brand.</summary>
    public int Count => status.Length;

    /// <summary>Each mention's time, milliseconds since the Unix epoch (UTC).</summary>
    public ReadOnlySpan<long> MentionAt => mentionAt;

    /// <summary>Each mention's first-reply delay in whole milliseconds, however late; −1 when no reply at or after it.</summary>
    public ReadOnlySpan<long> ResponseMilliseconds => responseMilliseconds;

    /// <summary>Each mention's status at the scope's as-of time.</summary>
    public ReadOnlySpan<MentionStatus> Status => status;

    /// <summary>Each mention's platform name, as stored.</summary>
    public IReadOnlyList<string> Platform => platform;

    /// <summary>Brand replies timed before the mention they reply to, summed over the brand's mentions.</summary>
    public long EarlyReplies { get; }
}
