using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Pull;
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
    /// SQL that turns the posts table back into version 5's: the virtual <c>content_hash</c> column of that version
    /// (DuckDB cannot add a generated column, so the table is rebuilt with version 5's definition and every row copied).
    /// </summary>
    public const string DropVersion6 = $"""
        ALTER TABLE posts RENAME TO posts_v6;
        CREATE TABLE posts (
            platform VARCHAR NOT NULL,
            post_id VARCHAR NOT NULL,
            author VARCHAR NOT NULL,
            brand_id VARCHAR,
            is_brand BOOLEAN GENERATED ALWAYS AS (brand_id IS NOT NULL) VIRTUAL,
            created_at TIMESTAMP NOT NULL,
            text VARCHAR NOT NULL,
            in_reply_to_id VARCHAR,
            conversation_id VARCHAR,
            declared_inbound BOOLEAN,
            content_hash VARCHAR GENERATED ALWAYS AS ({ContentHash.Stored}) VIRTUAL,
            source_id INTEGER NOT NULL,
            mentions VARCHAR[],
            is_repost BOOLEAN,
            author_account_id VARCHAR,
            edited_at TIMESTAMP,
            edited_content_hash VARCHAR);
        INSERT INTO posts BY NAME SELECT * EXCLUDE (is_brand) FROM posts_v6;
        DROP TABLE posts_v6;

        """;

    /// <summary>
    /// SQL that turns the posts table back into version 4's: a stored <c>content_hash</c> column holding every post's hash
    /// (the generated <c>is_brand</c> goes too; the migration recreates the table with it).
    /// </summary>
    public const string DropVersion5 =
        "CREATE TABLE posts_v5 AS SELECT * EXCLUDE (is_brand, edited_content_hash), " + ContentHash.Stored + " AS content_hash FROM posts; DROP TABLE posts; ALTER TABLE posts_v5 RENAME TO posts; ";

    /// <summary>SQL that removes what schema versions 4 to 6 changed, to turn a store back into an older version.</summary>
    public const string DropVersion4 = DropVersion5 +
        "ALTER TABLE posts DROP COLUMN author_account_id; ALTER TABLE posts DROP COLUMN edited_at; ALTER TABLE sources DROP COLUMN api_errors; ";

    /// <summary>
    /// Every stored post's content hash as <c>platform|post_id|hash</c>, sorted: <paramref name="hash"/> is the SQL that
    /// reads it (<see cref="ContentHash.Stored"/>; the column itself on a version-4 or -5 store).
    /// </summary>
    public static List<string> Hashes(Warehouse warehouse, string hash = ContentHash.Stored) =>
        Strings(warehouse, $"SELECT platform || '|' || post_id || '|' || {hash} FROM posts ORDER BY 1");

    /// <summary>The first column of every row <paramref name="sql"/> returns, as strings.</summary>
    public static List<string> Strings(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

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

    public static string Checksum(Warehouse warehouse) => warehouse.Scalar($"""
        SELECT concat_ws('|',
            (SELECT count(*) FROM posts),
            (SELECT coalesce(sum(hash(post_id)), 0) FROM posts),
            (SELECT coalesce(sum(hash(concat_ws(chr(31), platform, post_id, {ContentHash.Stored}, brand_id, declared_inbound, source_id))), 0) FROM posts),
            (SELECT count(*) FROM sources),
            (SELECT coalesce(string_agg(concat_ws(':', source_id, sha256, rows_read, new_posts), ',' ORDER BY source_id), '') FROM sources))
        """)!.ToString()!;

    /// <summary>
    /// Ingests the Mastodon API fixture <paramref name="fixture"/> (a status page) into this store's warehouse, on a clock
    /// after the newest Mastodon fixture (2026-08): posts dated after the run's clock are implausible.
    /// </summary>
    public IngestSummary Mastodon(string fixture) => Mastodon(Warehouse, fixture);

    /// <summary>Ingests the Mastodon API fixture <paramref name="fixture"/> into <paramref name="warehouse"/> (this store reopened).</summary>
    public IngestSummary Mastodon(Warehouse warehouse, string fixture)
    {
        var path = PayloadStore.Fixture("mastodon", fixture);
        var landed = new List<LandedPage> { new(Platform.Mastodon, "statuses", path, System.IO.File.ReadAllBytes(path), true) };
        var source = new PulledPostSource(File("pages"), "mastodon-api", "id", landed, (page, root, next, _) => MastodonPages.Read(page, root, next, Registry, "localhost"));
        return warehouse.Ingest(source, Options, new FixedTime(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)), null, CancellationToken.None);
    }

    /// <summary>
    /// Ingests the first 5,000 TWCS rows, then a Mastodon post and its edit; returns a copy of the TWCS file with one more
    /// row that repeats an id with other content, for a re-ingest (5,000 already stored, one rejected).
    /// </summary>
    public string IngestHeadAndAnEditedPost()
    {
        var head = TestPaths.SharedData("twcs-head-5000", "twcs.csv");
        var first = Ingest(head);
        var again = File("again.csv");
        System.IO.File.Copy(head, again);
        System.IO.File.AppendAllText(again, "5000,1,sprintcare,False,Tue Oct 31 22:10:47 +0000 2017,another text,,\n");
        var before = Mastodon("mastodonpy-status-before-edit.json");
        var edited = Mastodon("mastodonpy-status-after-edit.json");
        Assert.Equal((5000L, 1L, 1L), (first.NewPosts, before.NewPosts, edited.Edited));
        return again;
    }

    public string? Text(string postId) => Warehouse.Scalar($"SELECT text FROM posts WHERE post_id = '{postId}'")?.ToString();

    public void Dispose()
    {
        Warehouse.Dispose();
        dir.Dispose();
    }
}
