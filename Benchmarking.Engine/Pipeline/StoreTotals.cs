namespace Benchmarking.Engine.Pipeline;

/// <summary>What the store holds.</summary>
/// <param name="Path">DuckDB file.</param>
/// <param name="Posts">Stored posts.</param>
/// <param name="BrandPosts">Stored posts by registered brand handles.</param>
/// <param name="Sources">Distinct input files ingested into it.</param>
public sealed record StoreTotals(string Path, long Posts, long BrandPosts, long Sources);
