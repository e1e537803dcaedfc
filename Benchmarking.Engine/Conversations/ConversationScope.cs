using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Conversations;

/// <summary>
/// What a set of conversation facts is built for: the mentions posted in the half-open period [<see cref="From"/>,
/// <see cref="To"/>), the answer window W and the as-of time at which their status is read. Two scopes that are equal
/// give the same facts from the same stored posts.
/// </summary>
/// <remarks>
/// The status rule lives here, in C#, so every store backend reads it the same way (methodology §2): a mention whose
/// first brand reply came within W is answered; otherwise it is pending while it is younger than W at the as-of time,
/// and unanswered after that. Times are compared in whole milliseconds since the Unix epoch, as the stores keep them.
/// </remarks>
internal sealed record ConversationScope
{
    /// <summary>Creates a scope and checks its rules.</summary>
    /// <exception cref="ArgumentException">The window is not positive, or the period ends at or before its start.</exception>
    public ConversationScope(DateTimeOffset? from, DateTimeOffset? to, TimeSpan answerWindow, DateTimeOffset asOf)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(answerWindow, TimeSpan.Zero);
        if (from is { } f && to is { } t && t <= f)
        {
            throw new ArgumentException($"The period end {t:O} must be later than its start {f:O}.", nameof(to));
        }

        From = from?.ToUniversalTime();
        To = to?.ToUniversalTime();
        AnswerWindow = answerWindow;
        AsOf = asOf.ToUniversalTime();
    }

    /// <summary>First mention time included (UTC); null: from the earliest post.</summary>
    public DateTimeOffset? From { get; }

    /// <summary>First mention time excluded (UTC); null: to the latest post.</summary>
    public DateTimeOffset? To { get; }

    /// <summary>The answer window W: a first reply later than this after the mention does not answer it.</summary>
    public TimeSpan AnswerWindow { get; }

    /// <summary>When the status of each mention is read (UTC).</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary><see cref="AnswerWindow"/> in whole milliseconds.</summary>
    public long AnswerWindowMilliseconds => (long)AnswerWindow.TotalMilliseconds;

    /// <summary>The period start the stores filter on: <see cref="From"/>, or far before any post.</summary>
    public DateTime FromUtc => From?.UtcDateTime ?? DateTime.MinValue.AddYears(1);

    /// <summary>The period end the stores filter on: <see cref="To"/>, or far after any post.</summary>
    public DateTime ToUtc => To?.UtcDateTime ?? DateTime.MaxValue.AddYears(-1);

    /// <summary>Milliseconds since the Unix epoch, truncated (DuckDB's <c>epoch_ms</c> for times after 1970).</summary>
    public static long EpochMilliseconds(DateTimeOffset time) => (time.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    /// <summary>The status of a mention posted at <paramref name="mentionAt"/> whose first reply (at or after it) came at <paramref name="firstReplyAt"/>.</summary>
    public MentionStatus StatusOf(DateTimeOffset mentionAt, DateTimeOffset? firstReplyAt)
    {
        var mention = EpochMilliseconds(mentionAt);
        if (firstReplyAt is { } reply && EpochMilliseconds(reply) - mention <= AnswerWindowMilliseconds)
        {
            return MentionStatus.Answered;
        }

        return mention + AnswerWindowMilliseconds > EpochMilliseconds(AsOf) ? MentionStatus.Pending : MentionStatus.Unanswered;
    }
}
