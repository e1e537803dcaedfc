using System.Collections.Concurrent;
using System.Globalization;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

public sealed class PullHttpTests
{
    private static readonly FixedTime Clock = new(PullWorld.Now);

    private static (PullHttp Http, HttpClient Client, ConcurrentQueue<TimeSpan> Delays) Create(int maxAttempts = 4, TimeSpan? timeout = null, int seed = 42)
    {
        var delays = new ConcurrentQueue<TimeSpan>();
        var options = new PullOptions
        {
            Since = PullWorld.Since,
            MaxAttempts = maxAttempts,
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(5),
            Seed = seed,
            Delay = (d, _) =>
            {
                delays.Enqueue(d);
                return Task.CompletedTask;
            },
        };
        var client = new HttpClient();
        return (new PullHttp(client, options, new PullCredentials { XBearerToken = "tok-SECRET-1" }, Clock), client, delays);
    }

    private static HttpRequestMessage Get(FakeApiServer server) => new(HttpMethod.Get, new Uri(server.BaseUrl, "2/tweets/search/recent?query=x"));

    [Fact]
    public async Task A_429_waits_for_Retry_After_then_succeeds()
    {
        var answers = new ConcurrentQueue<FakeResponse>([
            new FakeResponse(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "7" }),
            FakeResponse.Json("""{"ok":true}"""),
        ]);
        using var server = new FakeApiServer(_ => answers.TryDequeue(out var a) ? a : FakeResponse.Json("{}"));
        var (http, client, delays) = Create();
        using (client)
        {
            var body = await http.SendAsync("twitter", "/2/tweets/search/recent", () => Get(server), CancellationToken.None);

            Assert.Equal("""{"ok":true}""", System.Text.Encoding.UTF8.GetString(body));
            Assert.Equal([TimeSpan.FromSeconds(7)], delays);
            Assert.Equal(2, http.Requests);
            Assert.Equal(1, http.Retries);
        }
    }

    [Fact]
    public async Task An_exhausted_rate_limit_waits_until_its_reset_before_the_next_request()
    {
        var reset = PullWorld.Now.AddSeconds(90).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var server = new FakeApiServer(_ => FakeResponse.Json("[]", new Dictionary<string, string> { ["ratelimit-remaining"] = "0", ["ratelimit-reset"] = reset }));
        var (http, client, delays) = Create();
        using (client)
        {
            await http.SendAsync("bluesky", "app.bsky.feed.getAuthorFeed", () => Get(server), CancellationToken.None);
            Assert.Empty(delays);
            await http.SendAsync("bluesky", "app.bsky.feed.getAuthorFeed", () => Get(server), CancellationToken.None);
            Assert.Equal([TimeSpan.FromSeconds(90)], delays);
        }
    }

    [Fact]
    public async Task Mastodon_reset_times_are_iso_8601()
    {
        var reset = PullWorld.Now.AddMinutes(3).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        using var server = new FakeApiServer(_ => FakeResponse.Json("[]", new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset }));
        var (http, client, delays) = Create();
        using (client)
        {
            await http.SendAsync("mastodon", "/api/v1/accounts/{id}/statuses", () => Get(server), CancellationToken.None);
            await http.SendAsync("mastodon", "/api/v1/accounts/{id}/statuses", () => Get(server), CancellationToken.None);
            Assert.Equal([TimeSpan.FromMinutes(3)], delays);
        }
    }

    [Fact]
    public async Task Persistent_5xx_gives_up_naming_platform_and_endpoint_after_backing_off()
    {
        using var server = new FakeApiServer(_ => new FakeResponse(500, "oops"));
        var (http, client, delays) = Create(maxAttempts: 3);
        using (client)
        {
            var error = await Assert.ThrowsAsync<PullRequestException>(() => http.SendAsync("mastodon", "/api/v1/statuses/{id}/context", () => Get(server), CancellationToken.None));

            Assert.StartsWith("mastodon /api/v1/statuses/{id}/context: HTTP 500", error.Message, StringComparison.Ordinal);
            Assert.Contains("gave up after 3 attempt(s)", error.Message, StringComparison.Ordinal);
            Assert.Equal(3, server.Requests.Count);
            Assert.Equal(2, delays.Count);
            var d = delays.ToArray();
            Assert.InRange(d[0].TotalSeconds, 0.5, 1.0); // base 1 s, jitter between half and all
            Assert.InRange(d[1].TotalSeconds, 1.0, 2.0); // doubled
        }
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        using var server = new FakeApiServer(_ => new FakeResponse(403, """{"title":"Forbidden"}"""));
        var (http, client, delays) = Create();
        using (client)
        {
            var error = await Assert.ThrowsAsync<PullRequestException>(() => http.SendAsync("twitter", "/2/tweets/search/recent", () => Get(server), CancellationToken.None));

            Assert.Equal(403, error.Status);
            Assert.Contains("API tier", error.Message, StringComparison.Ordinal);
            Assert.Single(server.Requests);
            Assert.Empty(delays);
        }
    }

    [Fact]
    public async Task A_hung_request_times_out_and_is_retried()
    {
        var answers = new ConcurrentQueue<FakeResponse>([new FakeResponse(200, string.Empty, Hang: true)]);
        using var server = new FakeApiServer(_ => answers.TryDequeue(out var a) ? a : FakeResponse.Json("[1]"));
        var (http, client, _) = Create(timeout: TimeSpan.FromMilliseconds(500));
        using (client)
        {
            var body = await http.SendAsync("bluesky", "app.bsky.feed.getPostThread", () => Get(server), CancellationToken.None);

            Assert.Equal("[1]", System.Text.Encoding.UTF8.GetString(body));
            Assert.True(http.Retries >= 1, "the hung request was retried");
        }
    }

    [Fact]
    public async Task A_wait_longer_than_allowed_fails_instead_of_stalling()
    {
        using var server = new FakeApiServer(_ => new FakeResponse(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "3600" }));
        var (http, client, delays) = Create();
        using (client)
        {
            var error = await Assert.ThrowsAsync<PullRequestException>(() => http.SendAsync("twitter", "/2/tweets/search/recent", () => Get(server), CancellationToken.None));

            Assert.Contains("longer than the 15 min allowed", error.Message, StringComparison.Ordinal);
            Assert.Empty(delays);
        }
    }

    [Fact]
    public void Backoff_is_reproducible_with_the_same_seed()
    {
        var (a, ca, _) = Create(seed: 7);
        var (b, cb, _) = Create(seed: 7);
        using (ca)
        using (cb)
        {
            Assert.Equal(Enumerable.Range(1, 6).Select(a.Backoff), Enumerable.Range(1, 6).Select(b.Backoff));
        }
    }
}
