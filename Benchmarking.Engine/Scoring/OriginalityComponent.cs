using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Originality (methodology v3): 100 × (1 − canned share), the canned share being the brand's replies in the period that
/// belong to a template group (identical or near-identical normalised text, word-trigram Jaccard ≥ 0.7) it used at
/// least 3 times in the period, divided by its replies with text features (<see cref="BrandMetrics.ReplyText"/>).
/// </summary>
/// <remarks>
/// Unit: share of replies, 0–1 (raw), lower is better. Counted: every post by the brand's handles in the period, public
/// replies and other posts alike. Excluded: posts without stored text features. A brand without replies scores 0, as
/// speed does for a brand that answered nothing; when the run has no text features at all the component is dropped
/// (<see cref="ScoreOptions.EffectiveFor"/>).
/// </remarks>
internal sealed class OriginalityComponent(int minimumReplies) : IScoreComponent
{
    /// <summary>The component id.</summary>
    public const string ComponentId = "originality";

    public string Id => ComponentId;

    public string Name => "Originality";

    public string Definition => "100 × (1 − share of replies that are canned: identical or near-identical normalised replies used 3+ times in the period).";

    public bool HigherIsBetter => false;

    /// <summary>The canned share (0–1); null with fewer replies than the minimum (methodology v4, §6a) or without text features.</summary>
    public double? Raw(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.ReplyText is { } text && text.Replies >= minimumReplies ? text.CannedShare : null;
    }

    public double Score(BrandMetrics metrics) => Raw(metrics) is { } share ? 100.0 * (1.0 - share) : 0.0;
}
