namespace Benchmarking.Engine.Pull;

/// <summary>Builds request URLs under a configurable base URL, escaping every query value.</summary>
internal static class ApiUrl
{
    /// <summary><paramref name="baseUrl"/> + <paramref name="path"/> + the query, e.g. <c>https://bsky.social/xrpc/app.bsky.feed.searchPosts?q=%40acme</c>.</summary>
    public static Uri Build(Uri baseUrl, string path, params (string Name, string Value)[] query)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        var q = query.Length == 0 ? string.Empty : "?" + string.Join('&', query.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        return new Uri(root + path.TrimStart('/') + q);
    }
}
