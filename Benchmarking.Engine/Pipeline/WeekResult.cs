using Benchmarking.Engine.History;
namespace Benchmarking.Engine.Pipeline;

/// <summary>An evaluation of every brand over one ISO week alone (mentions posted in the week).</summary>
/// <param name="Week">The week.</param>
/// <param name="Result">The evaluation: metrics, scores and leaderboards of the week.</param>
public sealed record WeekResult(IsoWeek Week, BenchmarkResult Result);
