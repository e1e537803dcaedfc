using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Ingest;

/// <summary>What a reader made of one input record: a post, or a rejection. Exactly one of the two is set.</summary>
/// <param name="Row">1-based data record number.</param>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Post">The normalised post when the record is valid.</param>
/// <param name="Rejected">The rejection when it is not.</param>
public readonly record struct ReadOutcome(long Row, long Line, Post? Post, RejectedRow? Rejected);
