using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Simulation;

/// <summary>What one <see cref="TwcsSimulator.Write"/> produced.</summary>
/// <param name="Options">The options used.</param>
/// <param name="Truth">Ground truth per brand, ordered by brand id.</param>
/// <param name="Posts">Valid rows written (conversations and closing posts).</param>
/// <param name="DirtRows">Extra rows meant to be rejected.</param>
/// <param name="DirtByReason">Dirt rows per reason the engine rejects them with.</param>
/// <param name="MentionEnd">No mention is at or after this time.</param>
/// <param name="AsOf">Time of the latest post (the closing brand posts): the engine's default as-of time.</param>
public sealed record SimulationResult(
    SimulationOptions Options,
    IReadOnlyList<BrandTruth> Truth,
    long Posts,
    long DirtRows,
    IReadOnlyDictionary<RejectReason, long> DirtByReason,
    DateTimeOffset MentionEnd,
    DateTimeOffset AsOf)
{
    /// <summary>Every row written after the header: posts plus dirt.</summary>
    public long Rows => Posts + DirtRows;
}
