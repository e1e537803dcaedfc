using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Scoring;

/// <summary>
/// One component of the care score: maps a brand's metrics to 0–100 (higher is better), either on a fixed expectation
/// curve (<see cref="Score"/>, absolute normalisation) or as a percentile of its raw figure among the industry's peers
/// (<see cref="Raw"/> and <see cref="HigherIsBetter"/>, relative normalisation, done by the <see cref="Scorer"/>). New
/// components (e.g. reply originality) are added by implementing this and giving them a weight; the scorer does not
/// change.
/// </summary>
public interface IScoreComponent
{
    /// <summary>Stable id used in weights and exports, e.g. <c>speed</c>.</summary>
    string Id { get; }

    /// <summary>Display name.</summary>
    string Name { get; }

    /// <summary>One sentence: what is measured and how it maps to 0–100.</summary>
    string Definition { get; }

    /// <summary>True when a larger <see cref="Raw"/> figure is better (response rate), false when smaller is (median time).</summary>
    bool HigherIsBetter { get; }

    /// <summary>
    /// The figure the component is about, in its own unit (e.g. median seconds); null when undefined for the brand (no
    /// answered mention), which ranks below every defined figure under relative normalisation.
    /// </summary>
    double? Raw(BrandMetrics metrics);

    /// <summary>The component's score on its fixed expectation curve (absolute normalisation), 0–100.</summary>
    double Score(BrandMetrics metrics);
}
