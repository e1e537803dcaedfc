namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Mentions posted while the brand was closed (outside its support hours in its time zone; methodology v4), and how many
/// of them were answered. Always zero for a brand open 24/7.
/// </summary>
/// <param name="Mentions">Mentions posted out of hours.</param>
/// <param name="Answered">Of those, answered within the answer window.</param>
/// <param name="Decided">Of those, answered or unanswered (not pending): the denominator of <see cref="AnswerRate"/>.</param>
public sealed record OutOfHoursMentions(long Mentions, long Answered, long Decided)
{
    /// <summary>No mention out of hours.</summary>
    public static OutOfHoursMentions None { get; } = new(0, 0, 0);

    /// <summary>Answered / decided out-of-hours mentions, 0..1; null when none is decided.</summary>
    public double? AnswerRate => Decided > 0 ? Answered / (double)Decided : null;
}
