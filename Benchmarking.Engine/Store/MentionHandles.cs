namespace Benchmarking.Engine.Store;

/// <summary>
/// The @-handles a post's text mentions, lower case, in text order (repeats kept), extracted once at ingest into
/// <c>posts.mentions</c> (in the set-based INSERT, on every core) so the mention facts do not run a regular expression
/// over every customer post on each evaluation. On X a handle is
/// <c>@[A-Za-z0-9_]+</c>; on Mastodon and Bluesky it may hold hyphens, dots and a second <c>@</c> (<c>@user@instance</c>,
/// <c>@name.bsky.social</c>, <c>@jeremy-data.bsky.social</c>, <c>@health-news-from-the-bay-MercNews@flipboard.com</c>).
/// See <c>docs/methodology.md</c> and <c>docs/schema.md</c>.
/// </summary>
/// <remarks>
/// The X expression is exactly the extraction the mention facts ran before version 2 (<c>lower</c> of each
/// <c>regexp_extract_all</c> match, group 1), so TWCS facts are unchanged. The federated one also accepts a hyphen in
/// the first label, which Bluesky handles (DNS names) and Fediverse user names allow; before, such a handle was cut at
/// its first hyphen. It fills the column at ingest and when an older store is migrated.
/// </remarks>
internal static class MentionHandles
{
    /// <summary>The X handle pattern; group 1 is the handle.</summary>
    internal const string TwitterPattern = "@([A-Za-z0-9_]+)";

    /// <summary>The Mastodon and Bluesky handle pattern; group 1 is the handle.</summary>
    internal const string FederatedPattern = "@([A-Za-z0-9_][A-Za-z0-9_-]*(?:[.@][A-Za-z0-9_-]+)*)";

    /// <summary>The extraction in DuckDB SQL over a table with the <c>posts</c> columns.</summary>
    internal const string Sql = $"""
        CASE WHEN platform = 'twitter'
            THEN list_transform(regexp_extract_all(text, '{TwitterPattern}', 1), h -> lower(h))
            ELSE list_transform(regexp_extract_all(text, '{FederatedPattern}', 1), h -> lower(h)) END
        """;
}
