using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// Bootstrap uncertainty of one brand's figures: mentions are resampled with replacement per brand, jointly across the
/// brands of an industry, <see cref="Resamples"/> times from <see cref="Seed"/>; intervals are the 2.5 % and 97.5 %
/// percentiles of the replicates (see <c>docs/methodology.md</c>).
/// </summary>
/// <param name="Resamples">Number of bootstrap replicates.</param>
/// <param name="Seed">Seed of the resampling.</param>
/// <param name="ResponseRate">95 % interval of the response rate.</param>
/// <param name="MedianSeconds">95 % interval of the median first-response time.</param>
/// <param name="Score">95 % interval of the care score.</param>
/// <param name="RankLow">Best rank taken in the middle 95 % of replicates (null when the brand is not ranked).</param>
/// <param name="RankHigh">Worst rank taken in the middle 95 % of replicates (null when the brand is not ranked).</param>
public sealed record ScoreUncertainty(
    int Resamples,
    int Seed,
    ConfidenceInterval? ResponseRate,
    ConfidenceInterval? MedianSeconds,
    ConfidenceInterval? Score,
    int? RankLow,
    int? RankHigh)
{
    /// <summary>
    /// The care score on each replicate, in replicate order (replicate r of every brand of a run belongs together): the
    /// data behind <see cref="Score"/>, ties and explanations. Empty when not kept.
    /// </summary>
    public IReadOnlyList<double> ScoreReplicates { get; init; } = [];

    /// <summary>
    /// 95% percentile interval of the spread (IQR of log10 first-response times, decades) from the same replicates;
    /// null when no replicate has two answered mentions.
    /// </summary>
    public ConfidenceInterval? SpreadDecades { get; init; }
}
