using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Same-channel resolution (methodology v3): 100 × (1 − deflection rate), the deflection rate being the brand's replies
/// in the period that move the customer to DM, phone, email, a web form or a store (the deflection rules of
/// <c>data/text/rules.json</c>) divided by its replies with text features (<see cref="BrandMetrics.ReplyText"/>).
/// </summary>
/// <remarks>
/// Unit: share of replies, 0–1 (raw), lower is better. Counted: every post by the brand's handles in the period; a reply
/// with several deflection kinds counts once. Excluded: posts without stored text features. A brand without replies
/// scores 0; when the run has no text features at all the component is dropped (<see cref="ScoreOptions.EffectiveFor"/>).
/// </remarks>
internal sealed class SameChannelComponent(int minimumReplies) : IScoreComponent
{
    /// <summary>The component id.</summary>
    public const string ComponentId = "same-channel";

    public string Id => ComponentId;

    public string Name => "Same-channel resolution";

    public string Definition => "100 × (1 − share of replies that deflect the customer to DM, phone, email, a web form or a store).";

    public bool HigherIsBetter => false;

    /// <summary>The deflection rate (0–1); null with fewer replies than the minimum (methodology v4, §6a) or without text features.</summary>
    public double? Raw(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.ReplyText is { } text && text.Replies >= minimumReplies ? text.DeflectionRate : null;
    }

    public double Score(BrandMetrics metrics) => Raw(metrics) is { } rate ? 100.0 * (1.0 - rate) : 0.0;
}
