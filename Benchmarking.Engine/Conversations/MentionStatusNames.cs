namespace Benchmarking.Engine.Conversations;

/// <summary>The names of <see cref="MentionStatus"/> values in exports and reports.</summary>
public static class MentionStatusNames
{
    /// <summary><c>answered</c>, <c>unanswered</c> or <c>pending</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined status.</exception>
    public static string ToName(this MentionStatus status) => status switch
    {
        MentionStatus.Answered => "answered",
        MentionStatus.Unanswered => "unanswered",
        MentionStatus.Pending => "pending",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Status must be Answered, Unanswered or Pending."),
    };
}
