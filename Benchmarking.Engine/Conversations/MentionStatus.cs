namespace Benchmarking.Engine.Conversations;

/// <summary>
/// What became of one inbound mention at the as-of time (methodology §2). The values start at 1 so that a
/// <c>default</c> status (0) is recognisably invalid and rejected by every estimator.
/// </summary>
public enum MentionStatus
{
    /// <summary>The brand's first response came within the answer window W: an observed event.</summary>
    Answered = 1,

    /// <summary>No response within W (including mentions answered only after W): censored at W.</summary>
    Unanswered = 2,

    /// <summary>Not answered yet and younger than W at the as-of time: censored at its age (as-of − mention time).</summary>
    Pending = 3,
}
