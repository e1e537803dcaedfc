namespace Benchmarking.Engine.Store;

/// <summary>
/// How far one endpoint of one brand on one platform has been pulled: the newest post id seen (X, Mastodon), the
/// newest indexing time seen (Bluesky), or both. Saved in the store in the same transaction as the posts it covers.
/// </summary>
/// <param name="BrandId">Registry brand.</param>
/// <param name="Platform">Platform name, e.g. <c>mastodon</c>.</param>
/// <param name="Endpoint">Short endpoint name, e.g. <c>statuses</c>.</param>
/// <param name="LastId">Newest post id fully pulled, or null.</param>
/// <param name="LastTime">Newest post (or indexing) time fully pulled, or null.</param>
public sealed record PullCheckpoint(string BrandId, string Platform, string Endpoint, string? LastId, DateTimeOffset? LastTime);
