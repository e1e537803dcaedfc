using System.Globalization;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Consistency: the interquartile range of log10 first-response times (in decades): 100 when every answer takes the same
/// time, 0 at <see cref="ScoreOptions.ConsistencyWorstDecades"/> (2 decades, i.e. p75 is 100× p25) or more. A brand
/// that answered nothing scores 0.
/// </summary>
internal sealed class ConsistencyComponent(double worstDecades) : IScoreComponent
{
    public string Id => "consistency";

    public string Name => "Consistency";

    public string Definition =>
        string.Create(CultureInfo.InvariantCulture, $"IQR of log10 first-response times: 100 at 0, 0 at ≥ {worstDecades:0.##} decades (p75 = {Math.Pow(10, worstDecades):0}× p25), linear between.");

    public bool HigherIsBetter => false;

    public double? Raw(BrandMetrics metrics) => metrics.LogIqrDecades;

    public double Score(BrandMetrics metrics) =>
        metrics.LogIqrDecades is { } iqr ? 100.0 * (1.0 - Math.Clamp(iqr / worstDecades, 0.0, 1.0)) : 0.0;
}
