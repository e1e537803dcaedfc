using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The stored <c>content_hash</c> of a post, computed in .NET on the reader thread so the store never hashes in SQL:
/// MD5 (lower-case hex) of the UTF-8 bytes of author, creation time (<c>yyyy-MM-ddTHH:mm:ss.ffffff</c>, UTC, truncated
/// to the microsecond like DuckDB's <c>TIMESTAMP</c>), text, reply-to id, conversation id and the declared inbound flag
/// (<c>true</c>/<c>false</c>), joined by the unit separator (U+001F), a missing id or flag written as an empty string.
/// </summary>
/// <remarks>
/// Hashes written by earlier versions came from <see cref="Sql"/>; they are compared on every re-ingest, so both must
/// agree byte for byte (checked by <c>ContentHashTests</c> against DuckDB).
/// </remarks>
internal static class ContentHash
{
    /// <summary>The same hash in DuckDB SQL over a table with the <c>posts</c> columns, as earlier versions stored it.</summary>
    internal const string Sql = """
        md5(concat_ws(chr(31), author, strftime(created_at, '%Y-%m-%dT%H:%M:%S.%f'), text,
                      coalesce(in_reply_to_id, ''), coalesce(conversation_id, ''),
                      coalesce(CAST(declared_inbound AS VARCHAR), '')))
        """;

    private const char Separator = '\u001f';

    /// <summary>Computes the content hash of <paramref name="post"/>.</summary>
    public static string Compute(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var utc = post.CreatedAt.UtcDateTime;
        var stored = new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
        var builder = new StringBuilder(post.Author.Length + post.Text.Length + 96);
        builder.Append(post.Author).Append(Separator)
            .Append(stored.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)).Append(Separator)
            .Append(post.Text).Append(Separator)
            .Append(post.InReplyToId).Append(Separator)
            .Append(post.ConversationId).Append(Separator);
        if (post.DeclaredInbound is { } inbound)
        {
            builder.Append(inbound ? "true" : "false");
        }

        var chars = builder.Length;
        var text = ArrayPool<char>.Shared.Rent(chars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars));
        try
        {
            builder.CopyTo(0, text, 0, chars);
            var length = Encoding.UTF8.GetBytes(text, 0, chars, bytes, 0);
            Span<byte> digest = stackalloc byte[MD5.HashSizeInBytes];
            MD5.HashData(bytes.AsSpan(0, length), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
