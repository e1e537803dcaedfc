using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>Responsiveness: 100 × response rate. A brand with no decided mention scores 0.</summary>
internal sealed class ResponsivenessComponent : IScoreComponent
{
    public string Id => "responsiveness";

    public string Name => "Responsiveness";

    public string Definition => "100 × response rate (answered ÷ decided mentions).";

    public bool HigherIsBetter => true;

    public double? Raw(BrandMetrics metrics) => metrics.ResponseRate;

    public double Score(BrandMetrics metrics) => 100.0 * (metrics.ResponseRate ?? 0.0);
}
