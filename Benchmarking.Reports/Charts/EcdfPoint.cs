namespace Benchmarking.Reports.Charts;

/// <summary>One step of an empirical cumulative distribution.</summary>
/// <param name="Seconds">A first-response time, in seconds.</param>
/// <param name="Share">Share of answered mentions answered within <paramref name="Seconds"/> (inclusive), 0..1.</param>
internal readonly record struct EcdfPoint(double Seconds, double Share);
