using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>A brand's place in its industry leaderboard.</summary>
/// <param name="Rank">1-based rank within the industry; null when the brand is not eligible.</param>
/// <param name="Brand">The brand.</param>
/// <param name="Metrics">Its metrics for the period.</param>
/// <param name="Score">Its care score.</param>
public sealed record RankedBrand(int? Rank, Brand Brand, BrandMetrics Metrics, CareScore Score);
