using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Turns a brand's conversation facts into its mention outcomes (methodology §3a): the observed time of an answered
/// mention is its first response; of an unanswered one the answer window W (censored there); of a pending one its age
/// at the as-of time, at least 0. Times are whole milliseconds, given in seconds (milliseconds / 1000).
/// </summary>
internal static class MentionOutcomes
{
    /// <summary>The outcomes of every mention of <paramref name="brand"/>.</summary>
    public static OutcomeSample Of(BrandConversations brand, ConversationScope scope) => Of(brand, scope, null);

    /// <summary>The outcomes of the mentions of <paramref name="brand"/> at <paramref name="indices"/> (e.g. one week's); every mention when null.</summary>
    public static OutcomeSample Of(BrandConversations brand, ConversationScope scope, IReadOnlyList<int>? indices)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(scope);
        var count = indices?.Count ?? brand.Count;
        var status = brand.Status;
        var response = brand.ResponseMilliseconds;
        var mentionAt = brand.MentionAt;
        var window = scope.AnswerWindowMilliseconds;
        var asOf = ConversationScope.EpochMilliseconds(scope.AsOf);

        // One key per outcome, observed milliseconds × 4 + status code, so that one sort of integers puts them in sample
        // order (observed time ascending, answered first at a tie); outcomes with equal keys are interchangeable.
        var keys = new long[count];
        for (var k = 0; k < count; k++)
        {
            var i = indices?[k] ?? k;
            var observed = status[i] switch
            {
                MentionStatus.Answered => response[i],
                MentionStatus.Unanswered => window,
                _ => Math.Max(0, asOf - mentionAt[i]),
            };
            keys[k] = (observed * 4) + (int)status[i];
        }

        Array.Sort(keys);
        var seconds = new double[count];
        var statuses = new MentionStatus[count];
        for (var k = 0; k < count; k++)
        {
            seconds[k] = (keys[k] >> 2) / 1000.0;
            statuses[k] = (MentionStatus)(keys[k] & 3);
        }

        return OutcomeSample.FromSorted(seconds, statuses);
    }

    /// <summary>A sample of answered outcomes only, one per delay in whole <paramref name="milliseconds"/> (e.g. every brand reply's latency).</summary>
    public static OutcomeSample Answered(IEnumerable<long> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.ToArray();
        Array.Sort(sorted);
        return OutcomeSample.FromSorted([.. sorted.Select(ms => ms / 1000.0)], [.. sorted.Select(_ => MentionStatus.Answered)]);
    }
}
