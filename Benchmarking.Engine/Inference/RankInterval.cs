namespace Benchmarking.Engine.Inference;

/// <summary>
/// The bootstrap uncertainty of one brand's rank (1 = best = highest score), from <see cref="Bootstrap.RankIntervals"/>.
/// </summary>
/// <param name="Low">The best plausible rank: the 2.5th percentile of the brand's replicate ranks (inverse empirical
/// distribution function, type 1: the smallest rank reached or bettered in at least 2.5% of the replicates).</param>
/// <param name="High">The worst plausible rank: the 97.5th percentile of the brand's replicate ranks (type 1).</param>
/// <param name="Best">The best rank in any replicate (minimum).</param>
/// <param name="Worst">The worst rank in any replicate (maximum).</param>
internal readonly record struct RankInterval(int Low, int High, int Best, int Worst);
