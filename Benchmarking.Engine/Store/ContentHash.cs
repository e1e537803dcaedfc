using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Store;

/// <summary>
/// A post's content hash: MD5 (hex) of author, time (microseconds), text, parent id, conversation id and the inbound flag
/// joined by the unit separator. The ingest compares it between a staged row and the stored post of the same id to tell
/// "already stored" from "conflicts with the stored post" or "edited", and between repeats of an id within a file (see
/// <c>docs/schema.md</c>).
/// </summary>
/// <remarks>
/// The DuckDB store does not keep it (schema version 6): it is computed from the stored fields (<see cref="Stored"/>)
/// only where it is compared, for the few rows whose id repeats or is already stored, and when a store is read as a post
/// source. Neither a stored nor a virtual column would do: DuckDB computes every generated column of each row it inserts,
/// which cost an MD5 per new post. An edited post is the exception: its stored text is the latest version's while its
/// author, time and links stay as first stored, so the hash of the version it was replaced with is kept in
/// <c>posts.edited_content_hash</c> and used instead. The definition must never change for the same content: hashes of
/// posts stored before version 5 were written with it, edited posts keep theirs, and DuckDB's <c>hash()</c> is not
/// guaranteed stable across versions.
/// </remarks>
internal static class ContentHash
{
    /// <summary>The hash in DuckDB SQL over a table with the <c>posts</c> columns.</summary>
    internal const string Sql = """
        md5(concat_ws(chr(31), author, strftime(created_at, '%Y-%m-%dT%H:%M:%S.%f'), text,
                      coalesce(in_reply_to_id, ''), coalesce(conversation_id, ''),
                      coalesce(CAST(declared_inbound AS VARCHAR), '')))
        """;

    /// <summary>
    /// The hash of a stored post in DuckDB SQL over a table with the <c>posts</c> columns: the kept hash of an edited
    /// post's latest version, else <see cref="Sql"/> of its stored fields.
    /// </summary>
    internal const string Stored = "coalesce(edited_content_hash, " + Sql + ")";

    /// <summary>
    /// The same hash of <paramref name="post"/> in C#, for the ClickHouse backend, which stores it with each post
    /// (tested equal to <see cref="Sql"/> on real TWCS posts).
    /// </summary>
    internal static string Of(Post post)
    {
        var joined = string.Join('\u001f',
            post.Author,
            post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            post.Text,
            post.InReplyToId ?? string.Empty,
            post.ConversationId ?? string.Empty,
            post.DeclaredInbound switch { true => "true", false => "false", null => string.Empty });
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
