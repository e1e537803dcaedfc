using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// What <see cref="EvaluationCache"/> keeps of a <see cref="BenchmarkResult"/>: the parts computed from the period's
/// facts. The options, the as-of time, the store totals and the time it was generated are the current run's.
/// </summary>
/// <param name="FirstMention">First mention in the period.</param>
/// <param name="LastMention">Last mention in the period.</param>
/// <param name="Leaderboards">Every industry's leaderboard, with metrics, scores and bootstrap replicates.</param>
/// <param name="Findings">The data-quality findings of the evaluation.</param>
internal sealed record CachedResult(DateTimeOffset? FirstMention, DateTimeOffset? LastMention, IReadOnlyList<Leaderboard> Leaderboards, IReadOnlyList<Finding> Findings);
