using System.Text.RegularExpressions;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The @-handles a post's text mentions, lower case, in text order, extracted once at ingest into <c>posts.mentions</c>
/// so the mention facts do not run a regular expression over every customer post on each evaluation. On X a handle is
/// <c>@[A-Za-z0-9_]+</c>; on Mastodon and Bluesky it may hold dots and a second <c>@</c> (<c>@user@instance</c>,
/// <c>@name.bsky.social</c>). See <c>docs/methodology.md</c> and <c>docs/schema.md</c>.
/// </summary>
/// <remarks>
/// <see cref="Sql"/> is the same extraction in DuckDB (used to fill the column when a version-1 store is migrated); the
/// patterns are ASCII-only and need no backtracking choices, so .NET and RE2 find the same non-overlapping matches
/// (checked by <c>MentionHandlesTests</c> against DuckDB).
/// </remarks>
internal static partial class MentionHandles
{
    /// <summary>The X handle pattern; group 1 is the handle.</summary>
    internal const string TwitterPattern = "@([A-Za-z0-9_]+)";

    /// <summary>The Mastodon and Bluesky handle pattern; group 1 is the handle.</summary>
    internal const string FederatedPattern = "@([A-Za-z0-9_]+(?:[.@][A-Za-z0-9_-]+)*)";

    /// <summary>The extraction in DuckDB SQL over a table with the <c>posts</c> columns.</summary>
    internal const string Sql = $"""
        CASE WHEN platform = 'twitter'
            THEN list_transform(regexp_extract_all(text, '{TwitterPattern}', 1), h -> lower(h))
            ELSE list_transform(regexp_extract_all(text, '{FederatedPattern}', 1), h -> lower(h)) END
        """;

    private static readonly string[] None = [];

    /// <summary>The handles <paramref name="text"/> mentions on <paramref name="platform"/>, lower case, in order, repeats kept.</summary>
    public static string[] Extract(Platform platform, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return None;
        }

        var matches = (platform == Platform.Twitter ? Twitter() : Federated()).Matches(text);
        if (matches.Count == 0)
        {
            return None;
        }

        var handles = new string[matches.Count];
        for (var i = 0; i < handles.Length; i++)
        {
            handles[i] = matches[i].Groups[1].Value.ToLowerInvariant();
        }

        return handles;
    }

    [GeneratedRegex(TwitterPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Twitter();

    [GeneratedRegex(FederatedPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Federated();
}
