namespace Benchmarking.Engine.Inference;

/// <summary>The result of a nonparametric bootstrap of one statistic on one sample (see <see cref="Bootstrap"/>).</summary>
/// <param name="Estimate">The statistic on the original sample; null when it is undefined there.</param>
/// <param name="Interval">Percentile 95% interval: type-7 quantiles at 0.025 and 0.975 of the non-null replicate values;
/// null when every replicate is null.</param>
/// <param name="StandardError">Sample standard deviation (n − 1) of the non-null replicate values; null with fewer than two.</param>
/// <param name="Replicates">The statistic on each resample, in replicate order (index r is replicate r; null where the
/// statistic is undefined on that resample). Replicate r of several samples bootstrapped together by
/// <see cref="Bootstrap.RunJoint{T}"/> come from the same round of draws.</param>
/// <param name="NullReplicates">How many replicates are null (left out of the interval and the standard error).</param>
/// <param name="Seed">The seed of the sampler that drew the resamples.</param>
internal sealed record BootstrapSummary(
    double? Estimate,
    ConfidenceInterval? Interval,
    double? StandardError,
    IReadOnlyList<double?> Replicates,
    int NullReplicates,
    int Seed)
{
    /// <summary>Number of resamples drawn.</summary>
    public int Resamples => Replicates.Count;
}
