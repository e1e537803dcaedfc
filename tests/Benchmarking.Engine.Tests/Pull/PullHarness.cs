using System.Collections.Concurrent;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// Three fake APIs (Mastodon, Bluesky, X) on loopback over one <see cref="PullWorld"/>, a temp folder with a store, and
/// the options that point a pull at them. Delays (backoff, Retry-After, rate-limit resets) are recorded, not slept.
/// </summary>
public sealed class PullHarness : IDisposable
{
    /// <summary>The X bearer token the fake X accepts.</summary>
    public const string XToken = "xtok-SECRET-4b9e27";

    /// <summary>The Bluesky login.</summary>
    public const string BlueskyLogin = "carebench-test.bsky.social";

    /// <summary>The Bluesky app password the fake PDS accepts.</summary>
    public const string BlueskyPassword = "bsky-pass-SECRET-77aa";

    private readonly TempDir temp = new();

    /// <summary>Starts the fakes.</summary>
    public PullHarness(PullWorld? world = null)
    {
        World = world ?? PullWorld.Create();
        Mastodon = new FakeApiServer(new FakeMastodon(World, Faults).Handle);
        Bluesky = new FakeApiServer(new FakeBluesky(World, Faults, BlueskyLogin, BlueskyPassword).Handle);
        X = new FakeApiServer(new FakeX(World, Faults, XToken).Handle);
    }

    public PullWorld World { get; }

    public FaultPlan Faults { get; } = new();

    public FakeApiServer Mastodon { get; }

    public FakeApiServer Bluesky { get; }

    public FakeApiServer X { get; }

    /// <summary>Every delay the pull asked for, in order.</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public string Folder => temp.Path;

    public string StorePath => temp.File("store.duckdb");

    public string LandingDirectory => temp.File("pulls");

    public string RejectsDirectory => temp.File("rejects");

    public static FixedTime Clock { get; } = new(PullWorld.Now);

    public PullCredentials Credentials { get; } = new() { XBearerToken = XToken, BlueskyHandle = BlueskyLogin, BlueskyAppPassword = BlueskyPassword };

    /// <summary>Options pointing at the fakes, with a 5 s request timeout (long enough for a loaded machine) and Mastodon search on.</summary>
    public PullOptions Options(params Platform[] platforms) => new()
    {
        Since = PullWorld.Since,
        Platforms = platforms,
        LandingDirectory = LandingDirectory,
        MastodonBaseUrl = Mastodon.BaseUrl,
        BlueskyBaseUrl = Bluesky.BaseUrl,
        BlueskyLoginBaseUrl = Bluesky.BaseUrl,
        XBaseUrl = X.BaseUrl,
        MastodonSearch = true,
        RequestTimeout = TimeSpan.FromSeconds(5),
        Delay = (d, _) =>
        {
            Delays.Enqueue(d);
            return Task.CompletedTask;
        },
    };

    public IngestOptions IngestOptions => new() { RejectsDirectory = RejectsDirectory };

    /// <summary>Opens the harness's store (or another path) with the world's registry.</summary>
    public CareBenchmark Open(string? store = null) => CareBenchmark.Open(store ?? StorePath, PullWorld.Registry, Clock);

    /// <summary>Opens the store, pulls and closes it.</summary>
    public PullReport Pull(PullOptions? options = null, IProgress<PullProgress>? progress = null, CancellationToken cancellationToken = default, PullCredentials? credentials = null)
    {
        using var benchmark = Open();
        return benchmark.Pull(options ?? Options(), credentials ?? Credentials, IngestOptions, progress, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Mastodon.Dispose();
        Bluesky.Dispose();
        X.Dispose();
        temp.Dispose();
    }
}
