using Benchmarking.Engine.History;

namespace Benchmarking.Engine.Pipeline;

/// <summary>One week evaluated: the full result (for the leaderboards) and the snapshot to store.</summary>
/// <param name="Result">The benchmark result over exactly the week.</param>
/// <param name="Snapshot">The snapshot built from it.</param>
public sealed record WeeklyEvaluation(BenchmarkResult Result, WeeklySnapshot Snapshot);
