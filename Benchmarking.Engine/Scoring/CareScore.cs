namespace Benchmarking.Engine.Scoring;

/// <summary>A brand's composite care score (0–100) and its components.</summary>
/// <param name="Total">Σ component score × weight.</param>
/// <param name="Components">Every weighted component, in methodology order.</param>
public sealed record CareScore(double Total, IReadOnlyList<ComponentScore> Components);
