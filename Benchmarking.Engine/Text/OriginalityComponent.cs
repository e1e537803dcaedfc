using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Originality: 100 × (1 − share of the brand's replies that are canned, i.e. in a template group used at least
/// <see cref="TextQualityOptions.MinTemplateUses"/> times in the period). A brand without replies in the quality data
/// scores 0, like speed for a brand that answered nothing.
/// </summary>
internal sealed class OriginalityComponent(IReadOnlyDictionary<string, BrandQuality> quality) : IScoreComponent
{
    public string Id => "originality";

    public string Name => "Originality";

    public string Definition => "100 × (1 − share of replies that are canned templates: identical or near-identical normalised replies used 3+ times).";

    public bool HigherIsBetter => false;

    /// <summary>The TemplatedShare (0–1) of the brand; null without replies in the quality data.</summary>
    public double? Raw(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return quality.TryGetValue(metrics.BrandId, out var q) ? q.TemplatedShare : null;
    }

    public double Score(BrandMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return quality.TryGetValue(metrics.BrandId, out var q) && q.TemplatedShare is { } share ? 100.0 * (1.0 - share) : 0.0;
    }
}
