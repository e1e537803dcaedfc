using System.Globalization;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Consistency: the interquartile range of log10 first-response times (in decades): 100 when every answer takes the same
/// time, 0 at <see cref="ScoreOptions.ConsistencyWorstDecades"/> (2 decades, i.e. p75 is 100× p25) or more. A brand
/// with fewer answered mentions than <see cref="ScoreOptions.MinimumReplies"/> (methodology v4, §6a) scores 0: the spread
/// of one or two answers is 0 and would read as perfect consistency.
/// </summary>
public sealed class ConsistencyComponent(double worstDecades, int minimumReplies) : IScoreComponent
{
    /// <summary>The component id.</summary>
    public const string ComponentId = "consistency";

    public string Id => ComponentId;

    public string Name => "Consistency";

    public string Definition =>
        string.Create(CultureInfo.InvariantCulture, $"IQR of log10 first-response times: 100 at 0, 0 at ≥ {worstDecades:0.##} decades (p75 = {Math.Pow(10, worstDecades):0}× p25), linear between.");

    public bool HigherIsBetter => false;

    /// <summary>The spread in decades; null with fewer than the minimum answered mentions.</summary>
    public double? Raw(BrandMetrics metrics) => metrics.Answered >= minimumReplies ? metrics.LogIqrDecades : null;

    public double Score(BrandMetrics metrics) =>
        Raw(metrics) is { } iqr ? 100.0 * (1.0 - Math.Clamp(iqr / worstDecades, 0.0, 1.0)) : 0.0;
}
