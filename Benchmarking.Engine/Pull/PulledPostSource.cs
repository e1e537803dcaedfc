using System.Security.Cryptography;
using System.Text.Json;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// The landed pages of one brand on one platform in one run, read as a post source: each page's records become posts or
/// rejections (a page that is not valid JSON is one <c>malformed-json</c> rejection naming the landed file). The SHA-256
/// covers the pages' bytes in order, so ingesting the same pages again adds no <c>sources</c> row.
/// </summary>
internal sealed class PulledPostSource(
    string folder,
    string format,
    string idField,
    IReadOnlyList<LandedPage> pages,
    Func<LandedPage, JsonElement, Func<long>, ApiErrorLog, IEnumerable<ReadOutcome>> convert) : IPostSource
{
    private readonly ApiErrorLog errors = new();

    /// <inheritdoc />
    public string Name => folder;

    /// <inheritdoc />
    public string Format => format;

    /// <inheritdoc />
    public string IdField => idField;

    /// <inheritdoc />
    public string? Sha256 { get; private set; }

    /// <inheritdoc />
    public long Bytes => pages.Where(p => p.HoldsPosts).Sum(p => (long)p.Bytes.Length);

    /// <inheritdoc />
    public long ApiErrors => errors.Entries;

    /// <inheritdoc />
    public IReadOnlyList<string> Warnings => errors.Warnings;

    /// <inheritdoc />
    public IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long row = 0;
        long NextRow() => ++row;
        long done = 0;
        var total = Bytes;
        foreach (var page in pages.Where(p => p.HoldsPosts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            hash.AppendData(page.Bytes);
            JsonDocument? document;
            try
            {
                document = JsonDocument.Parse(page.Bytes);
            }
            catch (JsonException)
            {
                document = null;
            }

            if (document is null)
            {
                var r = NextRow();
                yield return new ReadOutcome(r, 1, null, new RejectedRow(page.File, r, 1, page.Endpoint, RejectReason.MalformedJson, string.Empty));
            }
            else
            {
                using (document)
                {
                    foreach (var outcome in convert(page, document.RootElement, NextRow, errors))
                    {
                        yield return outcome;
                    }
                }
            }

            done += page.Bytes.Length;
            progress?.Report(new IngestProgress(folder, done, total, row));
        }

        Sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
