using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Reads X API v2 exports: one JSON document (a response object <c>{"data", "includes"}</c>, or an array of them) or JSONL
/// (one response object or one bare tweet per line). Every tweet becomes a post or a rejection naming the file, the
/// record and the field (e.g. <c>data[3].created_at</c>); an unreadable JSONL line is one <c>malformed-json</c> rejection.
/// </summary>
/// <remarks>
/// The file is read whole (exports are page-sized documents). <c>line</c> in rejections is the JSONL line, or 1 for a
/// single JSON document. Blank JSONL lines are not records and are not counted.
/// </remarks>
internal sealed class XApiJsonReader(string path, BrandRegistry registry) : IPostSource
{
    /// <summary>The format name stored in <c>sources</c>.</summary>
    public const string FormatName = "x-api-v2";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };
    private readonly ApiErrorLog errors = new();

    /// <inheritdoc />
    public string Name => path;

    /// <inheritdoc />
    public string Format { get; private set; } = FormatName;

    /// <inheritdoc />
    public string IdField => "id";

    /// <inheritdoc />
    public string? Sha256 { get; private set; }

    /// <inheritdoc />
    public long Bytes { get; private set; }

    /// <inheritdoc />
    public long ApiErrors => errors.Entries;

    /// <inheritdoc />
    public IReadOnlyList<string> Warnings => errors.Warnings;

    /// <inheritdoc />
    public IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException(path, null, "the file does not exist", "Check the path.");
        }

        var bytes = File.ReadAllBytes(path);
        Bytes = bytes.Length;
        progress?.Report(new IngestProgress(path, 0, bytes.Length, 0));
        ReadOnlyMemory<byte> body = bytes;
        if (body.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            body = body[3..];
        }

        long row = 0;
        long NextRow() => ++row;
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        var lines = extension is ".jsonl" or ".ndjson";
        JsonDocument? document = null;
        if (!lines)
        {
            try
            {
                document = JsonDocument.Parse(body, Options);
            }
            catch (JsonException e) when (extension == ".json")
            {
                throw new InputFileException(path, (e.LineNumber ?? 0) + 1, "not valid JSON", "Check that the export was written completely; an X API v2 export is a response object with \"data\" and \"includes\", or JSONL with one per line.", e);
            }
            catch (JsonException)
            {
                lines = true; // detected by content: several objects, one per line
            }
        }

        if (document is not null)
        {
            using (document)
            {
                Format = FormatName;
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var page in root.EnumerateArray())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        foreach (var outcome in XApiPage.Read(page, path, 1, $"[{i}].", registry, NextRow, errors))
                        {
                            yield return outcome;
                        }

                        i++;
                    }
                }
                else
                {
                    foreach (var outcome in XApiPage.Read(root, path, 1, string.Empty, registry, NextRow, errors))
                    {
                        yield return outcome;
                    }
                }
            }
        }
        else
        {
            Format = FormatName + "-jsonl";
            long lineNo = 0;
            var rest = body;
            while (rest.Length > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNo++;
                var end = rest.Span.IndexOf((byte)'\n');
                var current = end < 0 ? rest : rest[..end];
                rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
                if (current.Span.Trim(" \t\r"u8).Length == 0)
                {
                    continue;
                }

                JsonDocument lineDocument;
                try
                {
                    lineDocument = JsonDocument.Parse(current, Options);
                }
                catch (JsonException)
                {
                    lineDocument = null!;
                }

                if (lineDocument is null)
                {
                    var r = NextRow();
                    yield return new ReadOutcome(r, lineNo, null, new RejectedRow(path, r, lineNo, string.Empty, RejectReason.MalformedJson, string.Empty));
                    continue;
                }

                using (lineDocument)
                {
                    foreach (var outcome in XApiPage.Read(lineDocument.RootElement, path, lineNo, string.Empty, registry, NextRow, errors))
                    {
                        yield return outcome;
                    }
                }
            }
        }

        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        progress?.Report(new IngestProgress(path, bytes.Length, bytes.Length, row));
    }
}
