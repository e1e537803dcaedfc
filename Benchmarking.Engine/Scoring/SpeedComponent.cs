using System.Globalization;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// Speed: the median first-response time on a log scale anchored to customer expectations: 100 at or below
/// <see cref="ScoreOptions.SpeedBest"/> (15 minutes), 0 at or beyond <see cref="ScoreOptions.SpeedWorst"/> (24 hours),
/// linear in log(time) between. A brand that answered nothing scores 0.
/// </summary>
internal sealed class SpeedComponent(TimeSpan best, TimeSpan worst) : IScoreComponent
{
    public string Id => "speed";

    public string Name => "Speed";

    public string Definition =>
        $"Median first-response time on a log scale: 100 at ≤ {Format(best)}, 0 at ≥ {Format(worst)}, linear in log(time) between.";

    public bool HigherIsBetter => false;

    public double? Raw(BrandMetrics metrics) => metrics.FirstResponse.MedianSeconds;

    public double Score(BrandMetrics metrics)
    {
        if (metrics.FirstResponse.MedianSeconds is not { } median)
        {
            return 0.0;
        }

        var x = Math.Max(median, 1.0);
        var position = Math.Log(x / best.TotalSeconds) / Math.Log(worst.TotalSeconds / best.TotalSeconds);
        return 100.0 * (1.0 - Math.Clamp(position, 0.0, 1.0));
    }

    private static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalHours:0.#} h") : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0.#} min");
}
