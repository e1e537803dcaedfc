using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Same-channel resolution: 100 × (1 − deflection rate), the share of the brand's replies that answer in public rather
/// than move the customer to DM, phone, email, a web form or a store. A brand without replies scores 0.
/// </summary>
internal sealed class SameChannelComponent(IReadOnlyDictionary<string, BrandQuality> quality) : IScoreComponent
{
    public string Id => "same-channel";

    public string Name => "Same-channel resolution";

    public string Definition => "100 × (1 − share of replies that deflect the customer to DM, phone, email, a web form or a store).";

    public bool HigherIsBetter => false;

    /// <summary>The DeflectionRate (0–1) of the brand; null without replies in the quality data.</summary>
    public double? Raw(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return quality.TryGetValue(metrics.BrandId, out var q) ? q.DeflectionRate : null;
    }

    public double Score(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return quality.TryGetValue(metrics.BrandId, out var q) && q.DeflectionRate is { } rate ? 100.0 * (1.0 - rate) : 0.0;
    }
}
