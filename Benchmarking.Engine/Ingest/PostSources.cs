using System.Text;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>Chooses the reader for an input file by its extension and first bytes.</summary>
internal static class PostSources
{
    /// <summary>
    /// An X API v2 reader for <c>.json</c>, <c>.jsonl</c> and <c>.ndjson</c> files and for any file whose first non-blank
    /// character is <c>{</c> or <c>[</c>; otherwise the TWCS CSV reader (whose header check explains a wrong format).
    /// </summary>
    public static IPostSource ForFile(string path, BrandRegistry registry, Encoding encoding)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".json" or ".jsonl" or ".ndjson" || StartsLikeJson(path))
        {
            return new XApiJsonReader(path, registry);
        }

        return new TwcsCsvReader(path, registry, encoding);
    }

    private static bool StartsLikeJson(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Span<byte> head = stackalloc byte[64];
            var n = stream.Read(head);
            var span = head[..n];
            if (span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[3..];
            }

            span = span.TrimStart(" \t\r\n"u8);
            return span.Length > 0 && span[0] is (byte)'{' or (byte)'[';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the TWCS reader reports the missing or unreadable file
        }
    }
}
