namespace Benchmarking.Engine.Pipeline;

/// <summary>The time span the figures cover.</summary>
/// <param name="FirstMention">Earliest mention in the period, UTC; null when there is none.</param>
/// <param name="LastMention">Latest mention in the period, UTC; null when there is none.</param>
/// <param name="AsOf">The time the data is complete up to; mentions younger than the answer window at this time are pending.</param>
public sealed record DataWindow(DateTimeOffset? FirstMention, DateTimeOffset? LastMention, DateTimeOffset? AsOf);
