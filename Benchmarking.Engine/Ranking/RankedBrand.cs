using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Ranking;

/// <summary>A brand's place in its industry leaderboard.</summary>
/// <param name="Rank">1-based rank within the industry; null when the brand is not eligible.</param>
/// <param name="Brand">The brand.</param>
/// <param name="Metrics">Its metrics for the period.</param>
/// <param name="Score">Its care score.</param>
/// <param name="Uncertainty">Bootstrap intervals of its figures and rank; null when not computed.</param>
/// <param name="TieGroup">
/// Brands of one leaderboard with the same number are statistically tied: their order is not supported by the data
/// (see <c>docs/methodology.md</c>); null when the brand is distinguishable from its neighbours.
/// </param>
/// <param name="TieRank">
/// The rank every brand of its tie group shares, printed <c>=2</c> for each: the rank of the group's first brand; null
/// when the brand is in no tie group.
/// </param>
public sealed record RankedBrand(int? Rank, Brand Brand, BrandMetrics Metrics, CareScore Score, ScoreUncertainty? Uncertainty = null, int? TieGroup = null, int? TieRank = null);
