using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// One (inbound mention, brand addressed) as the cluster built it: the relational part of a mention fact. Its status
/// and response time follow from the answer window and the as-of time in C# (<see cref="ToMentionFact"/>), by the rules
/// the DuckDB backend's SQL applies, on integer milliseconds so that both give the same bits.
/// </summary>
/// <param name="Platform">Platform name.</param>
/// <param name="PostId">The mention's post id.</param>
/// <param name="BrandId">The brand addressed.</param>
/// <param name="Author">The customer's raw handle.</param>
/// <param name="CreatedUs">Mention time, microseconds since the Unix epoch (UTC).</param>
/// <param name="FirstReplyUs">The brand's first reply at or after the mention, microseconds; null when none.</param>
/// <param name="EarlyReplies">The brand's replies to it timed before it (a clock or data error).</param>
internal sealed record ClickHouseMentionFact(string Platform, string PostId, string BrandId, string Author, long CreatedUs, long? FirstReplyUs, long EarlyReplies)
{
    /// <summary>The mention fact with its status at <paramref name="asOf"/> for an answer window of <paramref name="window"/>.</summary>
    public MentionFact ToMentionFact(TimeSpan window, DateTimeOffset asOf)
    {
        // DuckDB's epoch_ms: whole milliseconds, rounded down.
        var createdMs = Math.DivRem(CreatedUs, 1000L) is var (q, r) && r < 0 ? q - 1 : q;
        long? firstMs = FirstReplyUs is { } f ? (Math.DivRem(f, 1000L) is var (fq, fr) && fr < 0 ? fq - 1 : fq) : null;
        var windowMs = (long)window.TotalMilliseconds;
        var asOfMs = asOf.ToUnixTimeMilliseconds();
        var status = firstMs is { } a && a - createdMs <= windowMs ? "answered"
            : createdMs + windowMs > asOfMs ? "pending"
            : "unanswered";
        return new MentionFact(
            Platform,
            PostId,
            BrandId,
            Author,
            FromMicroseconds(CreatedUs),
            status,
            FirstReplyUs is { } first ? FromMicroseconds(first) : null,
            firstMs is { } ms ? (ms - createdMs) / 1000.0 : null);
    }

    /// <summary>A UTC time from microseconds since the Unix epoch.</summary>
    public static DateTimeOffset FromMicroseconds(long us) => DateTimeOffset.UnixEpoch.AddTicks(checked(us * 10));

    /// <summary>Microseconds since the Unix epoch (sub-microsecond ticks dropped, as DuckDB's TIMESTAMP does).</summary>
    public static long ToMicroseconds(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
