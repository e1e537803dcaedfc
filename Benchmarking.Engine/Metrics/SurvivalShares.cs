namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Kaplan–Meier estimates of the share of mentions answered within 15 minutes, 1 hour and 24 hours, treating
/// unanswered mentions as censored at the answer window and pending ones as censored at their age at the as-of time,
/// instead of dropping the pending ones as the naive shares do.
/// </summary>
public sealed record SurvivalShares(double? Within15Min, double? Within1Hour, double? Within24Hours);
