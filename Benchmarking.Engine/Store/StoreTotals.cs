namespace Benchmarking.Engine.Store;

/// <summary>What the store holds.</summary>
/// <param name="Path">DuckDB file.</param>
/// <param name="Posts">Stored posts.</param>
/// <param name="BrandPosts">Stored posts by registered brand handles.</param>
/// <param name="Sources">Distinct input files ingested into it.</param>
public sealed record StoreTotals(string Path, long Posts, long BrandPosts, long Sources)
{
    /// <summary>
    /// The input files in the store, in ingest order, with their row accounting: where every figure comes from, also
    /// for runs that only read the store. Empty when not read. Not part of equality (a list compares by reference).
    /// </summary>
    public IReadOnlyList<StoreSource> Files { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(StoreTotals? other) =>
        other is not null && Path == other.Path && Posts == other.Posts && BrandPosts == other.BrandPosts && Sources == other.Sources
        && Files.SequenceEqual(other.Files);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Posts, BrandPosts, Sources, Files.Count);
}
