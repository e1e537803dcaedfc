using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>A warehouse in a temp folder with the shipped registry applied, a fixed clock and its own rejects folder.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly TempDir dir = new();

    public TestStore(BrandRegistry? registry = null)
    {
        Registry = registry ?? Registries.Shipped;
        Warehouse = Warehouse.Open(StorePath);
        Warehouse.ApplyRegistry(Registry);
    }

    /// <summary>
    /// SQL that turns the posts table back into version 4's: a stored <c>content_hash</c> column instead of the virtual one
    /// of version 5 (the generated <c>is_brand</c> goes too; the migration recreates the table with it).
    /// </summary>
    public const string DropVersion5 =
        "CREATE TABLE posts_v5 AS SELECT * EXCLUDE (is_brand, content_hash, edited_content_hash), content_hash FROM posts; DROP TABLE posts; ALTER TABLE posts_v5 RENAME TO posts; ";

    /// <summary>SQL that removes what schema versions 4 and 5 added, to turn a store back into an older version.</summary>
    public const string DropVersion4 = DropVersion5 +
        "ALTER TABLE posts DROP COLUMN author_account_id; ALTER TABLE posts DROP COLUMN edited_at; ALTER TABLE sources DROP COLUMN api_errors; ";

    public BrandRegistry Registry { get; }

    public Warehouse Warehouse { get; }

    public string StorePath => dir.File("store.duckdb");

    public string RejectsDirectory => dir.File("rejects");

    public IngestOptions Options => new() { RejectsDirectory = RejectsDirectory };

    /// <summary>A path for an input file in the same temp folder.</summary>
    public string File(string name) => dir.File(name);

    public IngestSummary Ingest(string file, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Warehouse.Ingest(file, Registry, Options, FixedTime.Default, progress, cancellationToken);

    /// <summary>
    /// A fingerprint of everything ingest writes: post count, ids, content, brands and sources. Equal fingerprints mean
    /// the store was left exactly as it was.
    /// </summary>
    public string Checksum() => Checksum(Warehouse);

    public static string Checksum(Warehouse warehouse) => warehouse.Scalar("""
        SELECT concat_ws('|',
            (SELECT count(*) FROM posts),
            (SELECT coalesce(sum(hash(post_id)), 0) FROM posts),
            (SELECT coalesce(sum(hash(concat_ws(chr(31), platform, post_id, content_hash, brand_id, declared_inbound, source_id))), 0) FROM posts),
            (SELECT count(*) FROM sources),
            (SELECT coalesce(string_agg(concat_ws(':', source_id, sha256, rows_read, new_posts), ',' ORDER BY source_id), '') FROM sources))
        """)!.ToString()!;

    public string? Text(string postId) => Warehouse.Scalar($"SELECT text FROM posts WHERE post_id = '{postId}'")?.ToString();

    public void Dispose()
    {
        Warehouse.Dispose();
        dir.Dispose();
    }
}
