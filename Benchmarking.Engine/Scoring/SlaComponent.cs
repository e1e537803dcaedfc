using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// SLA attainment: 100 × (½ · share answered within 15 minutes + ½ · share answered within 1 hour). The shares are the
/// Kaplan–Meier estimates (<see cref="BrandMetrics.Survival"/>, pending mentions censored at their age) when computed,
/// else the naive ones (answered within t ÷ decided mentions). A brand with no share scores 0.
/// </summary>
internal sealed class SlaComponent : IScoreComponent
{
    public string Id => "sla";

    public string Name => "SLA attainment";

    public string Definition =>
        "100 × (½ share answered within 15 min + ½ share answered within 1 h); Kaplan–Meier shares, pending mentions censored.";

    public bool HigherIsBetter => true;

    /// <summary>½ (share within 15 min + share within 1 h), 0–1; null when neither share is defined.</summary>
    public double? Raw(BrandMetrics metrics)
    {
        var within15 = metrics.Survival?.Within15Min ?? metrics.Within15Min;
        var within60 = metrics.Survival?.Within1Hour ?? metrics.Within1Hour;
        return within15 is null && within60 is null ? null : 0.5 * ((within15 ?? 0.0) + (within60 ?? 0.0));
    }

    public double Score(BrandMetrics metrics) => 100.0 * (Raw(metrics) ?? 0.0);
}
