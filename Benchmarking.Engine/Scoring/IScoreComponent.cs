using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// One component of the care score: maps a brand's metrics to 0–100 (higher is better). New components (e.g. reply
/// originality) are added by implementing this and giving them a weight; the scorer does not change.
/// </summary>
public interface IScoreComponent
{
    /// <summary>Stable id used in weights and exports, e.g. <c>speed</c>.</summary>
    string Id { get; }

    /// <summary>Display name.</summary>
    string Name { get; }

    /// <summary>One sentence: what is measured and how it maps to 0–100.</summary>
    string Definition { get; }

    /// <summary>The component's score, 0–100.</summary>
    double Score(BrandMetrics metrics);
}
