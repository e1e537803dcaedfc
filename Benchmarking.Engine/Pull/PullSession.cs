using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// What one platform client needs while pulling one brand: the polite HTTP sender, the lander, the options and
/// credentials, and where to put landed pages, new checkpoints and issues. Pages are collected as they land, so an
/// interrupted pull still ingests what it fetched.
/// </summary>
internal sealed class PullSession(
    PullHttp http,
    PageLander lander,
    PullOptions options,
    PullCredentials credentials,
    TimeProvider time,
    Brand brand,
    BrandHandle handle,
    IReadOnlyDictionary<string, PullCheckpoint> checkpoints,
    Action<string, int> pageLanded)
{
    public PullHttp Http => http;

    public PullOptions Options => options;

    public PullCredentials Credentials => credentials;

    public TimeProvider Time => time;

    public Brand Brand => brand;

    public BrandHandle Handle => handle;

    /// <summary>Pages landed so far, in order.</summary>
    public List<LandedPage> Pages { get; } = [];

    /// <summary>Checkpoints to save when the pages are ingested (only for endpoints pulled to the end).</summary>
    public List<PullCheckpoint> NewCheckpoints { get; } = [];

    /// <summary>What went wrong or was skipped, one clear sentence each (platform and endpoint named).</summary>
    public List<string> Issues { get; } = [];

    /// <summary>True when an endpoint stopped at the page bound before reaching its checkpoint or the since time.</summary>
    public bool Truncated { get; set; }

    /// <summary>Requests that failed in a way a rerun may not repeat (timeouts, 429, 5xx, network errors, unreadable JSON).</summary>
    public int TransientFailures { get; private set; }

    /// <summary>Requests refused with HTTP 401: the credentials are wrong or revoked, which only a person can fix.</summary>
    public int CredentialFailures { get; private set; }

    /// <summary>Counts a request that failed for good, by its HTTP status (a 401 means the credentials were refused).</summary>
    public void Failed(PullRequestException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Status is 401)
        {
            CredentialFailures++;
        }
    }

    /// <summary>
    /// Withdraws an endpoint's new checkpoint because something fetched for its new posts (a thread) failed transiently:
    /// the next run then fetches those posts and their threads again, so nothing is left out.
    /// </summary>
    public void Retract(string endpoint, string apiPath)
    {
        if (NewCheckpoints.RemoveAll(c => c.Endpoint == endpoint) > 0)
        {
            Issues.Add($"{handle.Platform.ToName()} {apiPath}: checkpoint not advanced because a thread request failed; the next run fetches these posts and their threads again.");
        }
    }

    public PullCheckpoint? Checkpoint(string endpoint) => checkpoints.GetValueOrDefault(endpoint);

    public void Advance(string endpoint, string? lastId, DateTimeOffset? lastTime) =>
        NewCheckpoints.Add(new PullCheckpoint(brand.Id, handle.Platform.ToName(), endpoint, lastId, lastTime));

    /// <summary>
    /// Sends a GET, lands the answer and returns it parsed; null (with an issue recorded) when it failed or is not JSON.
    /// <paramref name="nextLink"/>, when given, receives the answer's <c>Link</c> header target with <c>rel="next"</c>
    /// (null when there is none).
    /// </summary>
    public async Task<JsonDocument?> GetAsync(string endpoint, string apiPath, Uri url, string? bearer, CancellationToken cancellationToken, bool holdsPosts = true, Action<Uri?>? nextLink = null)
    {
        byte[] body;
        try
        {
            body = await http.SendAsync(handle.Platform.ToName(), apiPath, () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (bearer is not null)
                {
                    PullHttp.Bearer(request, bearer);
                }

                return request;
            }, cancellationToken, nextLink is null ? null : headers => nextLink(LinkHeader.Next(headers))).ConfigureAwait(false);
        }
        catch (PullRequestException e)
        {
            if (e.Status is null or >= 500 or 429)
            {
                TransientFailures++;
            }

            Failed(e);

            Issues.Add(credentials.Redact(e.Message));
            return null;
        }

        // A server or proxy may echo the credentials it was sent: they never reach the landed file.
        body = credentials.Redact(body);
        var page = lander.Land(handle.Platform, brand.Id, endpoint, url, body, holdsPosts);
        Pages.Add(page);
        pageLanded(endpoint, Pages.Count);
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            TransientFailures++;
            Issues.Add($"{handle.Platform.ToName()} {apiPath}: the answer is not valid JSON (landed as {Path.GetFileName(page.File)}, counted as rejected); this endpoint stopped here and its checkpoint was not advanced.");
            return null;
        }
    }

    /// <summary>Records an answer whose JSON has an unexpected shape.</summary>
    public void Unexpected(string apiPath, string what) =>
        Issues.Add($"{handle.Platform.ToName()} {apiPath}: unexpected answer ({what}); this endpoint stopped here and its checkpoint was not advanced.");
}
