using Benchmarking.Engine.History;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Cli;

/// <summary>What a weekly run did.</summary>
/// <param name="Evaluation">The week's result and stored snapshot.</param>
/// <param name="Comparison">The week against the previous one.</param>
/// <param name="WeekFolder">The published week folder.</param>
/// <param name="Files">Every report written, the index's last.</param>
/// <param name="Recovered">Leftovers of interrupted earlier runs that were restored or deleted.</param>
internal sealed record WeeklyRunResult(
    WeeklyEvaluation Evaluation,
    WeekComparison Comparison,
    string WeekFolder,
    IReadOnlyList<string> Files,
    IReadOnlyList<string> Recovered);
