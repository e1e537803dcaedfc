using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The @-handles a post's text mentions, lower case, in text order (repeats kept), extracted once at ingest into
/// <c>posts.mentions</c> (by <see cref="Staged"/> on the ingest's reader thread, beside DuckDB's work) so the mention facts do not run a regular expression
/// over every customer post on each evaluation. On X a handle is
/// <c>@[A-Za-z0-9_]+</c>; on Mastodon and Bluesky it may hold hyphens, dots and a second <c>@</c> (<c>@user@instance</c>,
/// <c>@name.bsky.social</c>, <c>@jeremy-data.bsky.social</c>, <c>@health-news-from-the-bay-MercNews@flipboard.com</c>).
/// See <c>docs/methodology.md</c> and <c>docs/schema.md</c>.
/// </summary>
/// <remarks>
/// The X expression is exactly the extraction the mention facts ran before version 2 (<c>lower</c> of each
/// <c>regexp_extract_all</c> match, group 1), so TWCS facts are unchanged. The federated one also accepts a hyphen in
/// the first label, which Bluesky handles (DNS names) and Fediverse user names allow; before, such a handle was cut at
/// its first hyphen. The SQL form fills the column when an older store is migrated or a registry change turns a brand post into a
/// customer's; <see cref="Extract"/> is the same extraction in C# for the ingest, tested to give the same handles as the
/// SQL on real TWCS, Mastodon and Bluesky text.
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

    /// <summary>
    /// The handles of <paramref name="text"/> on <paramref name="platform"/>: exactly what <see cref="Sql"/> gives (the
    /// successive leftmost, longest matches of the platform's pattern, lower case), without a regular expression.
    /// </summary>
    internal static List<string> Extract(Platform platform, string text)
    {
        var handles = new List<string>();
        var twitter = platform == Platform.Twitter;
        for (var from = 0; Next(twitter, text, from, out var start, out var end); from = end)
        {
            handles.Add(text[start..end].ToLowerInvariant());
        }

        return handles;
    }

    /// <summary>
    /// <see cref="Extract"/> in the form the ingest stages it (<see cref="IngestTransaction.StagedMentionsText"/>): every
    /// handle preceded by a space, empty for none, made as one string without the list and a string per handle.
    /// </summary>
    internal static string Staged(Platform platform, string text)
    {
        var twitter = platform == Platform.Twitter;
        if (!Next(twitter, text, 0, out var start, out var end))
        {
            return string.Empty;
        }

        // Each handle is preceded by its own '@', which becomes the space, and handles never overlap, so the staged
        // form is never longer than the text.
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        do
        {
            buffer[length++] = ' ';
            for (var i = start; i < end; i++)
            {
                buffer[length++] = char.ToLowerInvariant(text[i]);
            }
        }
        while (Next(twitter, text, end, out start, out end));

        return new string(buffer[..length]);
    }

    // The next handle at or after from: the leftmost '@' followed by a match of the platform's pattern.
    private static bool Next(bool twitter, string text, int from, out int start, out int end)
    {
        var at = text.IndexOf('@', from);
        while (at >= 0)
        {
            start = at + 1;
            end = twitter ? TwitterEnd(text, start) : FederatedEnd(text, start);
            if (end > start)
            {
                return true;
            }

            at = text.IndexOf('@', start);
        }

        (start, end) = (0, 0);
        return false;
    }

    // @([A-Za-z0-9_]+): the end of the word characters from start.
    private static int TwitterEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWord(text[end]))
        {
            end++;
        }

        return end;
    }

    // @([A-Za-z0-9_][A-Za-z0-9_-]*(?:[.@][A-Za-z0-9_-]+)*): a word character, then word characters and hyphens, then any
    // number of '.' or '@' each followed by at least one of them. Every part is greedy and none can give back characters
    // to a later one, so the longest run is the match; start itself when there is none.
    private static int FederatedEnd(string text, int start)
    {
        if (start >= text.Length || !IsWord(text[start]))
        {
            return start;
        }

        var end = SkipLabel(text, start + 1);
        while (end + 1 < text.Length && text[end] is ('.' or '@') && IsLabel(text[end + 1]))
        {
            end = SkipLabel(text, end + 2);
        }

        return end;
    }

    private static int SkipLabel(string text, int from)
    {
        while (from < text.Length && IsLabel(text[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsWord(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsLabel(char c) => IsWord(c) || c == '-';
}
