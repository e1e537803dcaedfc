using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The posts of a DuckDB store read back as a post source, so that any store can ingest them with its own accounting:
/// the migration of a DuckDB store into a ClickHouse cluster (<c>docs/scale-out.md</c>). Each post keeps its stored
/// fields, mentions included; the store file is opened read-only.
/// </summary>
/// <param name="path">The DuckDB store file.</param>
internal sealed class StoredPostSource(string path) : IPostSource
{
    private string? sha256;

    /// <inheritdoc/>
    public string Name { get; } = Path.GetFullPath(path);

    /// <inheritdoc/>
    public string Format => "duckdb-store";

    /// <inheritdoc/>
    public string IdField => "post_id";

    /// <summary>SHA-256 over every post's platform, id and content hash in read order: equal for equal stored posts.</summary>
    public string? Sha256 => sha256;

    /// <inheritdoc/>
    public long Bytes { get; private set; }

    /// <inheritdoc/>
    public IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(Name))
        {
            throw new InputFileException(Name, null, "the store file does not exist", "Give the path of the DuckDB store to migrate (--store of the runs that filled it).");
        }

        Bytes = new FileInfo(Name).Length;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var connection = new DuckDBConnection($"DataSource={Name};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        // Read as stored, not upgraded: the query needs the columns of schema version 5 or later (the content hash is
        // computed from them the same way on both), so an older store is refused with the way to upgrade it.
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        var version = command.ExecuteScalar()?.ToString();
        if (version is not ("5" or "6") && version != Schema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new InputFileException(Name, null, $"the store has schema version {version ?? "(none)"}; the migration reads versions 5 to {Schema.Version}",
                "Open an older store once with this carebench (any command given it as --store, e.g. 'carebench rank --store <path>'), which upgrades it, then migrate again; migrate a newer one with the carebench that wrote it.");
        }

        command.CommandText = SqlResource.Get("stored-posts", ("stored_hash", ContentHash.Stored));
        using var reader = command.ExecuteReader();
        long row = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var platformName = reader.GetString(0);
            if (!PlatformNames.TryParse(platformName, out var platform))
            {
                throw new InputFileException(Name, row, $"post {row} has the unknown platform '{platformName}'", "The store was written by a newer carebench; migrate with that version.");
            }

            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateTimeOffset? Time(int i) => DuckDbTime.Utc(reader, i);
            var post = new Post(platform, reader.GetString(1), reader.GetString(2), Text(3), Time(4)!.Value, reader.GetString(5), Text(6), Text(7),
                reader.IsDBNull(8) ? null : reader.GetBoolean(8))
            {
                AuthorId = Text(9),
                Mentions = reader.IsDBNull(10) ? null : ((System.Collections.IList)reader.GetValue(10)).Cast<object>().Select(m => (string)m).ToList(),
                EditedAt = Time(11),
            };
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{platformName}\t{post.PostId}\t{reader.GetString(12)}\n")));
            if (row % 100_000 == 0)
            {
                progress?.Report(new IngestProgress(Name, 0, Bytes, row));
            }

            yield return new ReadOutcome(row, row, post, null);
        }

        sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        progress?.Report(new IngestProgress(Name, Bytes, Bytes, row));
    }
}
