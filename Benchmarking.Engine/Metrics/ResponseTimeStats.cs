namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Distribution of response times in seconds. Percentiles use linear interpolation between order statistics
/// (Hyndman–Fan type 7, numpy's default, Excel's PERCENTILE.INC); variance and standard deviation are the sample (n − 1)
/// forms. All values are null when <see cref="Count"/> is zero (variance also when it is one).
/// </summary>
public sealed record ResponseTimeStats(
    long Count,
    double? MedianSeconds,
    double? MeanSeconds,
    double? VarianceSeconds2,
    double? StdDevSeconds,
    double? P25Seconds,
    double? P75Seconds,
    double? P90Seconds);
