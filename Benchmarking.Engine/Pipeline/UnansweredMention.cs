using Benchmarking.Engine.Conversations;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// A mention the brand did not answer within the answer window (or has not answered yet), for a scorecard's list of the
/// slowest ones. Holds no post text.
/// </summary>
/// <param name="Platform">Platform name, e.g. <c>twitter</c>.</param>
/// <param name="PostId">The mention's post id on the platform.</param>
/// <param name="Customer">The customer's handle: a pseudonym (<c>cust-…</c>) unless real handles were asked for.</param>
/// <param name="CreatedAt">When the mention was posted, UTC.</param>
/// <param name="Status"><c>unanswered</c> (window passed) or <c>pending</c> (window still open at the as-of time).</param>
/// <param name="FirstReplyAt">The brand's first reply when it came after the window; null when none.</param>
/// <param name="WaitedSeconds">Seconds from the mention to its late reply, or to the as-of time when there is none.</param>
public sealed record UnansweredMention(
    string Platform,
    string PostId,
    string Customer,
    DateTimeOffset CreatedAt,
    MentionStatus Status,
    DateTimeOffset? FirstReplyAt,
    double WaitedSeconds)
{
    /// <summary>Fewest digits of a Twitter/X id that is linked: public status ids have had 10 or more since 2009.</summary>
    public const int MinimumLinkedIdDigits = 10;

    /// <summary>
    /// A public link to the post (Twitter/X: <c>https://x.com/i/status/{id}</c>); null for other platforms and for ids
    /// that cannot be public status ids, such as the TWCS data set's anonymised, renumbered tweet ids (1 to ~3 million),
    /// which would link to unrelated 2006 tweets.
    /// </summary>
    public string? Link => string.Equals(Platform, "twitter", StringComparison.OrdinalIgnoreCase)
        && PostId.Length >= MinimumLinkedIdDigits && PostId.All(char.IsAsciiDigit)
            ? "https://x.com/i/status/" + PostId
            : null;
}
