using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Store;

/// <summary>
/// A post's content hash, <c>posts.content_hash</c>: MD5 (hex) of author, time (microseconds), text, parent id,
/// conversation id and the inbound flag joined by the unit separator. The ingest compares it between a staged row and
/// the stored post of the same id to tell "already stored" from "conflicts with the stored post" or "edited", and
/// between repeats of an id within a file (see <c>docs/schema.md</c>).
/// </summary>
/// <remarks>
/// Since schema version 5 the stored column is virtual: DuckDB computes it from the stored fields when it is read, which
/// the ingest does only for the few rows whose id repeats or is already stored, instead of hashing and writing a
/// 32-character digest for every new post. An edited post is the exception: its stored text is the latest version's
/// while its author, time and links stay as first stored, so the hash of the version it was replaced with is kept in
/// <c>posts.edited_content_hash</c> and read instead. The definition must never change for the same content: hashes of
/// posts stored before version 5 were written with it, and DuckDB's <c>hash()</c> is not guaranteed stable across
/// versions.
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
