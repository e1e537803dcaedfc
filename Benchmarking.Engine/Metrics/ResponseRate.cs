using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// The response rate (methodology §3): answered mentions over decided ones, a decided mention being answered or
/// unanswered — pending mentions (younger than the answer window at the as-of time) are left out until they are decided.
/// </summary>
internal static class ResponseRate
{
    /// <summary>Whether a mention of this status counts in the denominator.</summary>
    public static bool IsDecided(MentionStatus status) => status != MentionStatus.Pending;

    /// <summary><paramref name="answered"/> / <paramref name="decided"/>; null when nothing is decided.</summary>
    public static double? Of(long answered, long decided) => decided > 0 ? answered / (double)decided : null;
}
