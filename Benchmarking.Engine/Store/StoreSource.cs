namespace Benchmarking.Engine.Store;

/// <summary>One input file stored in the store, with the row accounting of its ingest (every row accepted or rejected).</summary>
/// <param name="Path">The file's full path when it was ingested.</param>
/// <param name="Format">Detected format, e.g. <c>twcs-pandas</c>.</param>
/// <param name="IngestedAt">When it was ingested, UTC.</param>
/// <param name="Read">Data rows read.</param>
/// <param name="Accepted">Rows accepted.</param>
/// <param name="Rejected">Rows rejected (listed in the rejects file of that ingest).</param>
/// <param name="NewPosts">Accepted rows that added a post (the others were already stored).</param>
public sealed record StoreSource(string Path, string Format, DateTimeOffset IngestedAt, long Read, long Accepted, long Rejected, long NewPosts);
