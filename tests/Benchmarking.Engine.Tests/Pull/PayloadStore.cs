using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// A temp store for the real-payload tests: ingests a fixture file (as <c>carebench ingest</c> does) or fixture pages
/// (as a pull lands them) and answers small queries about what was stored.
/// </summary>
internal sealed class PayloadStore : IDisposable
{
    private readonly TempDir dir = new();
    private readonly BrandRegistry registry;

    public PayloadStore(BrandRegistry? registry = null)
    {
        this.registry = registry ?? PullWorld.Registry;
        Warehouse = Warehouse.Open(dir.File("store.duckdb"));
        Warehouse.ApplyRegistry(this.registry);
    }

    public Warehouse Warehouse { get; }

    /// <summary>The absolute path of a fixture, e.g. <c>Fixture("x", "twarc-csv-withheld.jsonl")</c>.</summary>
    public static string Fixture(params string[] parts) =>
        Path.Combine([TestPaths.RepoRoot, "tests", "Benchmarking.Engine.Tests", "Pull", "Fixtures", .. parts]);

    /// <summary>
    /// Writes a fixture changed by a test (a real payload with one field edited, as the test states) into the store's
    /// temp folder and returns its path.
    /// </summary>
    public string Derived(string name, System.Text.Json.Nodes.JsonNode payload)
    {
        var path = dir.File(name);
        File.WriteAllText(path, payload.ToJsonString());
        return path;
    }

    /// <summary>
    /// The clock of the run: after the newest fixture (2026-08), since posts dated after the run's clock are implausible
    /// and rejected.
    /// </summary>
    private static readonly FixedTime Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private IngestOptions Options => new() { RejectsDirectory = dir.File("rejects") };

    /// <summary>Ingests an X export file.</summary>
    public IngestSummary IngestFile(string fixture) =>
        Warehouse.Ingest(fixture, registry, Options, Clock, null, CancellationToken.None);

    /// <summary>Ingests fixture pages as the pages of one pull of <paramref name="platform"/>.</summary>
    public IngestSummary IngestPages(Platform platform, string instance, params (string Endpoint, string Fixture)[] pages)
    {
        var landed = pages.Select(p => new LandedPage(platform, p.Endpoint, p.Fixture, File.ReadAllBytes(p.Fixture), true)).ToList();
        IPostSource source = platform switch
        {
            Platform.Bluesky => new PulledPostSource(dir.Path, "bluesky-api", "uri", landed, (page, root, next, _) => BlueskyPages.Read(page, root, next, registry)),
            Platform.Mastodon => new PulledPostSource(dir.Path, "mastodon-api", "id", landed, (page, root, next, _) => MastodonPages.Read(page, root, next, registry, instance)),
            _ => new PulledPostSource(dir.Path, XApiJsonReader.FormatName, "id", landed, (page, root, next, errors) => XApiPage.Read(root, page.File, 1, string.Empty, registry, next, errors)),
        };
        return Warehouse.Ingest(source, Options, Clock, null, CancellationToken.None);
    }

    /// <summary>One value per stored post, ordered by post id: <paramref name="expression"/> over the <c>posts</c> columns.</summary>
    public List<string> Column(string expression, string where = "true")
    {
        using var command = Warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT CAST(({expression}) AS VARCHAR) FROM posts WHERE {where} ORDER BY post_id";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "-" : reader.GetString(0));
        }

        return values;
    }

    /// <summary>A scalar over the store, as text.</summary>
    public string Scalar(string sql) => Convert.ToString(Warehouse.Scalar(sql), CultureInfo.InvariantCulture) ?? "-";

    public void Dispose()
    {
        Warehouse.Dispose();
        dir.Dispose();
    }
}
