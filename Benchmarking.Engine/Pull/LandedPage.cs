using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Pull;

/// <summary>One raw API response as landed on disk (the audit trail), with what it answered.</summary>
/// <param name="Platform">Platform the page came from.</param>
/// <param name="Endpoint">Short endpoint name, e.g. <c>statuses</c>, <c>context</c>, <c>author-feed</c>, <c>mentions</c>.</param>
/// <param name="File">Absolute path of the landed JSON file.</param>
/// <param name="Bytes">The response body, byte for byte as received.</param>
/// <param name="HoldsPosts">False for pages that carry no posts (an account lookup); they are landed but not ingested.</param>
public sealed record LandedPage(Platform Platform, string Endpoint, string File, byte[] Bytes, bool HoldsPosts);
