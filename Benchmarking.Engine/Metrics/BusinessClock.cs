using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// The business clock over the conversation facts (methodology v4): each mention's outcome re-measured in the brand's
/// support hours and time zone (<see cref="SupportHours.BusinessTime"/>), and whether it was posted out of hours.
/// </summary>
/// <remarks>
/// Only brands with declared hours are measured here: for a brand open 24/7 the business clock is the wall clock, so its
/// wall outcomes are used as they are (the figures are equal to the bit, not merely to rounding). The outcome observed
/// is, as on the wall clock (§3a): an answered mention's first response; an unanswered one's answer window W; a pending
/// one's age at the as-of time — each measured as business time from the mention. Statuses do not change: the answer
/// window is wall time.
/// </remarks>
internal static class BusinessClock
{
    /// <summary>The business-clock outcomes and out-of-hours counts of one brand that is not open 24/7.</summary>
    public static (OutcomeSample Outcomes, OutOfHoursMentions OutOfHours) Outcomes(BrandConversations conversations, Brand brand, ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(scope);
        var outcomes = new List<MentionOutcome>(conversations.Count);
        long outMentions = 0, outAnswered = 0, outDecided = 0;
        var hoursByPlatform = new Dictionary<string, SupportHours>(StringComparer.Ordinal);
        for (var i = 0; i < conversations.Count; i++)
        {
            var name = conversations.Platform[i];
            if (!hoursByPlatform.TryGetValue(name, out var hours))
            {
                hoursByPlatform[name] = hours = PlatformNames.TryParse(name, out var platform) ? brand.HoursOn(platform) : brand.Hours;
            }

            var created = DateTimeOffset.FromUnixTimeMilliseconds(conversations.MentionAt[i]);
            double Business(DateTimeOffset end) => Math.Round(hours.BusinessTime(created, end, brand.TimeZone).TotalMilliseconds) / 1000.0;
            var status = conversations.Status[i];
            var outcome = status switch
            {
                MentionStatus.Answered => MentionOutcome.Answer(Business(created.AddMilliseconds(conversations.ResponseMilliseconds[i]))),
                MentionStatus.Unanswered => MentionOutcome.NoAnswer(Business(created + scope.AnswerWindow)),
                _ => MentionOutcome.StillPending(Business(scope.AsOf)),
            };
            outcomes.Add(outcome);
            if (!hours.IsOpen(created, brand.TimeZone))
            {
                outMentions++;
                outAnswered += status == MentionStatus.Answered ? 1 : 0;
                outDecided += status == MentionStatus.Pending ? 0 : 1;
            }
        }

        return (OutcomeSample.From(outcomes), new OutOfHoursMentions(outMentions, outAnswered, outDecided));
    }
}
