using System.Net.Http.Headers;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Reads the RFC 8288 <c>Link</c> header that Mastodon (and servers speaking its API, such as GoToSocial) page with:
/// <c>&lt;https://host/api/v1/…?max_id=…&gt;; rel="next", &lt;…&gt;; rel="prev"</c>. The server chooses the cursor, so
/// paging follows it instead of computing one from the ids it returned (ids are opaque strings, not always numbers).
/// </summary>
internal static class LinkHeader
{
    /// <summary>The absolute target of the <c>rel="next"</c> link, or null when the header has none.</summary>
    public static Uri? Next(HttpResponseHeaders headers) =>
        headers.TryGetValues("Link", out var values) ? Next(string.Join(",", values)) : null;

    /// <summary>The absolute target of the <c>rel="next"</c> link in a header value, or null.</summary>
    public static Uri? Next(string header)
    {
        foreach (var part in header.Split(','))
        {
            var open = part.IndexOf('<', StringComparison.Ordinal);
            var close = part.IndexOf('>', StringComparison.Ordinal);
            if (open < 0 || close <= open)
            {
                continue;
            }

            var parameters = part[(close + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parameters.Any(p => p.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("rel=\"next\"", StringComparison.OrdinalIgnoreCase) || p.Equals("rel=next", StringComparison.OrdinalIgnoreCase))
                && Uri.TryCreate(part[(open + 1)..close].Trim(), UriKind.Absolute, out var target))
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>The value of one query parameter of <paramref name="url"/> (unescaped), or null.</summary>
    public static string? Query(Uri url, string name)
    {
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            if (string.Equals(Uri.UnescapeDataString(key), name, StringComparison.Ordinal))
            {
                return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }
}
