using Benchmarking.Engine.Findings;

namespace Benchmarking.Engine.Metrics;

/// <summary>
/// Metrics of every brand with mentions in the period, the findings met on the way, and each
/// brand's mention outcomes (for the bootstrap and the comparison tests), keyed by brand id.
/// </summary>
internal sealed record ComputedMetrics(
    IReadOnlyList<BrandMetrics> Brands,
    IReadOnlyList<Finding> Findings,
    IReadOnlyDictionary<string, OutcomeSample> Outcomes)
{
    /// <summary>
    /// Business-clock outcomes of the brands with declared support hours (methodology v4); a brand open 24/7 is absent,
    /// its business clock being its wall clock.
    /// </summary>
    public IReadOnlyDictionary<string, OutcomeSample> BusinessOutcomes { get; init; } = new Dictionary<string, OutcomeSample>();

    /// <summary>
    /// These metrics with the business clock as the primary one when <paramref name="business"/>: every brand with declared
    /// hours gets its business figures as its primary response-time figures and its business outcomes for the bootstrap;
    /// brands open 24/7 are unchanged. Otherwise (the wall clock), these metrics as they are.
    /// </summary>
    public ComputedMetrics OnBusinessClock(bool business)
    {
        if (!business || BusinessOutcomes.Count == 0)
        {
            return this;
        }

        var outcomes = Outcomes.ToDictionary(p => p.Key, p => BusinessOutcomes.GetValueOrDefault(p.Key) ?? p.Value, StringComparer.Ordinal);
        var brands = Brands
            .Select(m => BusinessOutcomes.ContainsKey(m.BrandId) && m.BusinessClock is { } figures ? m.WithPrimary(figures) : m)
            .ToList();
        return this with { Brands = brands, Outcomes = outcomes };
    }
}
