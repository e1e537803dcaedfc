namespace Benchmarking.Engine.Metrics;

/// <summary>
/// A brand's response-time figures on one clock (methodology v4): the wall clock (elapsed time) or the business clock
/// (only the brand's open support hours count). Counts, statuses and the response rate do not depend on the clock: a
/// mention is answered when its first response came within the answer window of wall time.
/// </summary>
/// <param name="FirstResponse">Distribution of first-response times of answered mentions on this clock.</param>
/// <param name="LogIqrDecades">Interquartile range of log10(first-response seconds), seconds floored at 1; null when none.</param>
/// <param name="Within15Min">Share of decided mentions answered within 15 minutes on this clock.</param>
/// <param name="Within1Hour">Share of decided mentions answered within 1 hour on this clock.</param>
/// <param name="Within24Hours">Share of decided mentions answered within 24 hours on this clock.</param>
/// <param name="Survival">Kaplan–Meier shares on this clock (censoring times measured on it too).</param>
public sealed record ClockFigures(
    ResponseTimeStats FirstResponse,
    double? LogIqrDecades,
    double? Within15Min,
    double? Within1Hour,
    double? Within24Hours,
    SurvivalShares? Survival)
{
    /// <summary>The figures a brand's metrics carry as their primary (care-score) clock.</summary>
    public static ClockFigures Of(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new(metrics.FirstResponse, metrics.LogIqrDecades, metrics.Within15Min, metrics.Within1Hour, metrics.Within24Hours, metrics.Survival);
    }
}
