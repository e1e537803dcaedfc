using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Metrics of every brand with mentions in the period, the window they cover, the findings met on the way, and each
/// brand's mention outcomes (for the bootstrap and the comparison tests), keyed by brand id.
/// </summary>
internal sealed record ComputedMetrics(
    IReadOnlyList<BrandMetrics> Brands,
    DataWindow Window,
    IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, OutcomeSample> Outcomes);
