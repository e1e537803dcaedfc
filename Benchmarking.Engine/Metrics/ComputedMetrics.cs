using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Engine.Metrics;

/// <summary>Metrics of every brand with mentions in the period, the window they cover, and the findings met on the way.</summary>
internal sealed record ComputedMetrics(IReadOnlyList<BrandMetrics> Brands, DataWindow Window, IReadOnlyList<Finding> Findings);
