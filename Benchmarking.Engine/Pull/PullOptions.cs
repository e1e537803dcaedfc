using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Pull;

/// <summary>What to pull, from where, and how politely (see <c>docs/pulls.md</c>).</summary>
public sealed record PullOptions
{
    /// <summary>Earliest post time to pull on a first pull (later pulls continue from their checkpoints). Required.</summary>
    public DateTimeOffset Since { get; init; }

    /// <summary>Registry ids of the brands to pull; empty for every brand with a handle on a selected platform.</summary>
    public IReadOnlyList<string> Brands { get; init; } = [];

    /// <summary>Platforms to pull; empty for all three.</summary>
    public IReadOnlyList<Platform> Platforms { get; init; } = [];

    /// <summary>Folder for the landed raw API pages (<c>&lt;folder&gt;/&lt;run&gt;/&lt;platform&gt;/&lt;brand&gt;/…</c>). Default <c>out/pulls</c>.</summary>
    public string LandingDirectory { get; init; } = Path.Combine("out", "pulls");

    /// <summary>
    /// Base URL of the Mastodon API. Null (default): the instance named in each handle (<c>user@instance</c> →
    /// <c>https://instance</c>). Set it to send every Mastodon request to one server (a test fake, or a proxy).
    /// </summary>
    public Uri? MastodonBaseUrl { get; init; }

    /// <summary>Bluesky AppView for public reads (author feeds, threads). Default <c>https://public.api.bsky.app</c>.</summary>
    public Uri BlueskyBaseUrl { get; init; } = new("https://public.api.bsky.app");

    /// <summary>Bluesky PDS for the login (<c>createSession</c>) and the authenticated search. Default <c>https://bsky.social</c>.</summary>
    public Uri BlueskyLoginBaseUrl { get; init; } = new("https://bsky.social");

    /// <summary>X API base URL. Default <c>https://api.x.com</c>.</summary>
    public Uri XBaseUrl { get; init; } = new("https://api.x.com");

    /// <summary>Also search the Mastodon instance for posts mentioning the brand (many instances allow it only when logged in).</summary>
    public bool MastodonSearch { get; init; }

    /// <summary>Pages fetched at most per endpoint, brand and platform in one run. Default 10.</summary>
    public int MaxPages { get; init; } = 10;

    /// <summary>Threads (Mastodon contexts, Bluesky post threads) fetched at most per brand and platform in one run. Default 100.</summary>
    public int MaxThreads { get; init; } = 100;

    /// <summary>Time allowed for one HTTP request before it counts as hung and is retried. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per request (first try included) for timeouts, 429 and 5xx responses. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 1 s.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait: backoff, <c>Retry-After</c> or a rate-limit reset. A longer required wait fails the endpoint instead. Default 15 min.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Seed of the backoff jitter, so retries are reproducible.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Waits for a delay; null for <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/> on the benchmark's clock. Tests inject a recorder.</summary>
    internal Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Since == default)
        {
            problems.Add("since must be set (the earliest post time of a first pull)");
        }

        if (string.IsNullOrWhiteSpace(LandingDirectory))
        {
            problems.Add("landing directory must be set");
        }

        foreach (var (name, url) in new[] { ("Mastodon", MastodonBaseUrl), ("Bluesky", BlueskyBaseUrl), ("Bluesky login", BlueskyLoginBaseUrl), ("X", XBaseUrl) })
        {
            if (url is not null && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            {
                problems.Add($"{name} base URL must be an absolute http(s) URL (was '{url}')");
            }
        }

        if (MaxPages < 1)
        {
            problems.Add($"max pages must be at least 1 (was {MaxPages})");
        }

        if (MaxThreads < 0)
        {
            problems.Add($"max threads must be 0 or more (was {MaxThreads})");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("request timeout must be positive");
        }

        if (MaxAttempts < 1)
        {
            problems.Add($"max attempts must be at least 1 (was {MaxAttempts})");
        }

        if (BackoffBase < TimeSpan.Zero || MaxWait < BackoffBase)
        {
            problems.Add("backoff base must be 0 or more and max wait at least the backoff base");
        }

        return problems;
    }
}
