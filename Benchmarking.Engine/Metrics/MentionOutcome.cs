using Benchmarking.Engine.Conversations;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// One mention's outcome as time-to-first-response data with right censoring, the input of <c>KaplanMeier</c>,
/// <c>LogRankTest</c> and mention-level bootstraps.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="MentionStatus.Answered"/>: <see cref="ResponseSeconds"/> is the first response time in seconds
/// (0 ≤ t ≤ W) and <see cref="ObservedSeconds"/> equals it (the event ends the observation).</item>
/// <item><see cref="MentionStatus.Unanswered"/>: <see cref="ResponseSeconds"/> is null and <see cref="ObservedSeconds"/>
/// is the answer window W in seconds (a reply after W is not an answer, so the mention is censored at W).</item>
/// <item><see cref="MentionStatus.Pending"/>: <see cref="ResponseSeconds"/> is null and <see cref="ObservedSeconds"/>
/// is as-of − mention time in seconds, how long the mention has been watched so far.</item>
/// </list>
/// All times are finite and ≥ 0. Use the factories <see cref="Answer"/>, <see cref="NoAnswer"/> and
/// <see cref="StillPending"/>; the constructor checks the rules above.
/// </remarks>
public readonly record struct MentionOutcome
{
    /// <summary>Creates an outcome and checks the rules in the type's remarks.</summary>
    /// <exception cref="ArgumentException">The combination of status and times breaks a rule.</exception>
    public MentionOutcome(MentionStatus status, double? responseSeconds, double observedSeconds)
    {
        if (!double.IsFinite(observedSeconds) || observedSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(observedSeconds), observedSeconds, "Observed seconds must be finite and zero or more.");
        }

        switch (status)
        {
            case MentionStatus.Answered:
                if (responseSeconds is not { } response || response != observedSeconds)
                {
                    throw new ArgumentException(
                        "An answered mention needs its response seconds, and its observed seconds must equal them; use MentionOutcome.Answer(seconds).",
                        nameof(responseSeconds));
                }

                break;
            case MentionStatus.Unanswered or MentionStatus.Pending:
                if (responseSeconds is not null)
                {
                    throw new ArgumentException(
                        $"A {status.ToString().ToLowerInvariant()} mention has no response seconds; pass null and the censoring time as observed seconds.",
                        nameof(responseSeconds));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "Status must be Answered, Unanswered or Pending.");
        }

        Status = status;
        ResponseSeconds = responseSeconds;
        ObservedSeconds = observedSeconds;
    }

    /// <summary>Answered, unanswered or pending; 0 only for <c>default</c>, which estimators reject.</summary>
    public MentionStatus Status { get; }

    /// <summary>First response time in seconds when <see cref="Status"/> is answered; otherwise null.</summary>
    public double? ResponseSeconds { get; }

    /// <summary>Seconds until the event (answered) or until censoring (unanswered: W; pending: as-of − mention time).</summary>
    public double ObservedSeconds { get; }

    /// <summary>True for an answered mention (an observed event); false for a censored one.</summary>
    public bool IsEvent => Status == MentionStatus.Answered;

    /// <summary>An answered mention: first response after <paramref name="responseSeconds"/> seconds.</summary>
    public static MentionOutcome Answer(double responseSeconds) => new(MentionStatus.Answered, responseSeconds, responseSeconds);

    /// <summary>An unanswered mention, censored at the answer window W (<paramref name="windowSeconds"/>).</summary>
    public static MentionOutcome NoAnswer(double windowSeconds) => new(MentionStatus.Unanswered, null, windowSeconds);

    /// <summary>A pending mention, censored at its age <paramref name="watchedSeconds"/> = as-of − mention time.</summary>
    public static MentionOutcome StillPending(double watchedSeconds) => new(MentionStatus.Pending, null, watchedSeconds);

    /// <summary>Throws when <paramref name="outcome"/> is <c>default</c> (status 0); used by the estimators.</summary>
    internal static void CheckDefined(MentionOutcome outcome, int index, string parameterName)
    {
        if (outcome.Status is not (MentionStatus.Answered or MentionStatus.Unanswered or MentionStatus.Pending))
        {
            throw new ArgumentException(
                $"Outcome {index} has no status (it is default(MentionOutcome)); create outcomes with Answer, NoAnswer or StillPending.",
                parameterName);
        }
    }
}
