namespace Benchmarking.Engine.Text;

/// <summary>
/// Sentiment recovery over a brand's answered mentions: the customer's next post replying to the brand's reply,
/// compared with the mention (negative &lt; neutral &lt; positive).
/// </summary>
/// <param name="Improved">Follow-up more positive than the mention.</param>
/// <param name="Same">Same class.</param>
/// <param name="Worsened">Follow-up more negative.</param>
/// <param name="NoFollowUp">Answered mentions whose customer did not reply to the brand's reply.</param>
/// <param name="ExamplePostIds">Follow-up posts of the earliest few conversations that worsened, then improved.</param>
public sealed record RecoveryCounts(long Improved, long Same, long Worsened, long NoFollowUp, IReadOnlyList<string> ExamplePostIds)
{
    /// <summary>Conversations with a follow-up.</summary>
    public long WithFollowUp => Improved + Same + Worsened;

    /// <summary>Improved ÷ with follow-up; null when none.</summary>
    public double? ImprovedShare => WithFollowUp == 0 ? null : Improved / (double)WithFollowUp;

    /// <summary>
    /// Conversations with a follow-up per (mention class, follow-up class), mention-major, classes in
    /// <see cref="Sentiment"/> order (negative, neutral, positive): 9 counts, or empty when not recorded. The input of
    /// <see cref="ShareEstimator.EstimateRecovery"/>.
    /// </summary>
    public IReadOnlyList<long> Transitions { get; init; } = [];

    /// <summary>Worsened ÷ with follow-up; null when none.</summary>
    public double? WorsenedShare => WithFollowUp == 0 ? null : Worsened / (double)WithFollowUp;
}
