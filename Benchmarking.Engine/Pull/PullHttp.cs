using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Sends API requests politely: waits while a platform's rate-limit headers say the budget is spent, honours
/// <c>429</c> with <c>Retry-After</c>, retries timeouts, network errors and <c>5xx</c> with exponential backoff and seeded
/// jitter, and gives every request its own timeout. Failures become <see cref="PullRequestException"/>s naming the
/// platform and endpoint, with secrets redacted.
/// </summary>
/// <remarks>
/// Rate-limit headers read: X <c>x-rate-limit-remaining</c>/<c>x-rate-limit-reset</c> (epoch seconds), Mastodon
/// <c>X-RateLimit-Remaining</c>/<c>X-RateLimit-Reset</c> (ISO 8601 time), Bluesky <c>ratelimit-remaining</c>/<c>ratelimit-reset</c>
/// (epoch seconds). Header names are case-insensitive; the reset is read as epoch seconds when it is a number, else as a time.
/// </remarks>
internal sealed class PullHttp
{
    private readonly HttpClient client;
    private readonly PullOptions options;
    private readonly TimeProvider time;
    private readonly PullCredentials credentials;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly Random jitter;
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public PullHttp(HttpClient client, PullOptions options, PullCredentials credentials, TimeProvider time)
    {
        this.client = client;
        this.options = options;
        this.credentials = credentials;
        this.time = time;
        delay = options.Delay ?? ((d, ct) => Task.Delay(d, time, ct));
        jitter = new Random(options.Seed);
    }

    /// <summary>Requests sent, retries included.</summary>
    public int Requests { get; private set; }

    /// <summary>Requests repeated after a timeout, a network error, a 429 or a 5xx.</summary>
    public int Retries { get; private set; }

    /// <summary>
    /// Sends a request built by <paramref name="build"/> (called once per attempt) and returns the body of a 2xx answer;
    /// <paramref name="onSuccess"/>, when given, sees that answer's headers (e.g. Mastodon's <c>Link</c> for paging).
    /// </summary>
    /// <exception cref="PullRequestException">The request failed for good.</exception>
    public async Task<byte[]> SendAsync(string platform, string endpoint, Func<HttpRequestMessage> build, CancellationToken cancellationToken, Action<HttpResponseHeaders>? onSuccess = null)
    {
        var host = string.Empty;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var request = build();
            host = request.RequestUri?.Authority ?? string.Empty;
            if (blockedUntil.TryGetValue(host, out var until) && until > time.GetUtcNow())
            {
                await WaitAsync(platform, endpoint, until - time.GetUtcNow(), "the rate-limit budget is spent", cancellationToken).ConfigureAwait(false);
            }

            Requests++;
            string failure;
            TimeSpan? wait = null;
            int? status = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.RequestTimeout);
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
                status = (int)response.StatusCode;
                RecordRateLimit(host, response.Headers);
                if (response.IsSuccessStatusCode)
                {
                    onSuccess?.Invoke(response.Headers);
                    return await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    failure = "HTTP 429 Too Many Requests";
                    wait = RetryAfter(response.Headers) ?? ResetWait(response.Headers);
                }
                else if (status >= 500)
                {
                    failure = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {response.ReasonPhrase}");
                }
                else
                {
                    var code = await ErrorCodeAsync(response, timeout.Token).ConfigureAwait(false);
                    code = string.Equals(code, response.ReasonPhrase, StringComparison.OrdinalIgnoreCase) ? null : code;
                    throw new PullRequestException(platform, endpoint, credentials.Redact(ClientError(status.Value, response.ReasonPhrase, code)), status);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no answer within {Formats(options.RequestTimeout)} (timed out)";
            }
            catch (HttpRequestException e)
            {
                failure = credentials.Redact($"network error: {e.Message}");
            }

            if (attempt >= options.MaxAttempts)
            {
                throw new PullRequestException(platform, endpoint, $"{failure}; gave up after {attempt} attempt(s). Rerun later: the checkpoint was not advanced, so nothing is lost.", status);
            }

            Retries++;
            var backoff = Backoff(attempt);
            await WaitAsync(platform, endpoint, wait is { } w && w > backoff ? w : backoff, failure, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Full-jitter exponential backoff: a delay between half and all of <c>base · 2^(attempt-1)</c>, capped at the max wait.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(options.MaxWait.TotalMilliseconds, options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * jitter.NextDouble())));
    }

    private async Task WaitAsync(string platform, string endpoint, TimeSpan wait, string why, CancellationToken cancellationToken)
    {
        if (wait > options.MaxWait)
        {
            throw new PullRequestException(platform, endpoint, $"{why} and the platform asks to wait {Formats(wait)}, longer than the {Formats(options.MaxWait)} allowed; rerun later (the checkpoint was not advanced).");
        }

        if (wait > TimeSpan.Zero)
        {
            await delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private void RecordRateLimit(string host, HttpResponseHeaders headers)
    {
        var remaining = First(headers, "x-rate-limit-remaining") ?? First(headers, "x-ratelimit-remaining") ?? First(headers, "ratelimit-remaining");
        if (remaining is null || !long.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left))
        {
            return;
        }

        if (left > 0)
        {
            blockedUntil.Remove(host);
        }
        else if (ResetTime(headers) is { } reset)
        {
            blockedUntil[host] = reset;
        }
    }

    private TimeSpan? ResetWait(HttpResponseHeaders headers) =>
        ResetTime(headers) is { } reset ? Max(TimeSpan.Zero, reset - time.GetUtcNow()) : null;

    private static DateTimeOffset? ResetTime(HttpResponseHeaders headers)
    {
        var reset = First(headers, "x-rate-limit-reset") ?? First(headers, "x-ratelimit-reset") ?? First(headers, "ratelimit-reset");
        if (reset is null)
        {
            return null;
        }

        if (long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        }

        return DateTimeOffset.TryParse(reset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
    }

    private TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        if (headers.RetryAfter is { } retry)
        {
            if (retry.Delta is { } delta)
            {
                return delta;
            }

            if (retry.Date is { } date)
            {
                return Max(TimeSpan.Zero, date - time.GetUtcNow());
            }
        }

        return null;
    }

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string ClientError(int status, string? reason, string? code)
    {
        var said = code is null ? string.Empty : $" ({code})";
        return status switch
        {
            401 => $"HTTP 401 Unauthorized{said}: the credentials were refused; check the environment variables named in docs/pulls.md",
            403 => $"HTTP 403 Forbidden{said}: this endpoint is not available to these credentials (for X: the API tier; for Mastodon: the instance's rules)",
            404 => $"HTTP 404 Not Found{said}: the account or post does not exist or was deleted",
            400 when code is "NotFound" => "HTTP 400 (NotFound): the post does not exist or was deleted",
            _ => string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {reason}{said}: the request was refused; check the handle and options"),
        };
    }

    /// <summary>
    /// The short error code of an error body — XRPC <c>error</c> (e.g. <c>NotFound</c>), X <c>title</c> — when it is a
    /// plain word or two; never free text, which could echo what was sent.
    /// </summary>
    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var document = System.Text.Json.JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = root.ValueKind == System.Text.Json.JsonValueKind.Object
                ? (root.TryGetProperty("error", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString()
                    : root.TryGetProperty("title", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null)
                : null;
            return code is { Length: > 0 and <= 40 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_') ? code : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private static string Formats(TimeSpan span) =>
        span.TotalSeconds < 120 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s") : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min");

    /// <summary>Adds a bearer token header to a request.</summary>
    public static void Bearer(HttpRequestMessage request, string token) => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
}
