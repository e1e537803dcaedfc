namespace Benchmarking.Engine.Pull;

/// <summary>
/// One API request failed for good (after retries) or answered something unusable. The message names the platform and
/// the endpoint and says what to do; it never contains a secret or post text. The pull records it and goes on.
/// </summary>
public sealed class PullRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PullRequestException(string platform, string endpoint, string problem, int? status = null, Exception? inner = null)
        : base($"{platform} {endpoint}: {problem}", inner)
    {
        Platform = platform;
        Endpoint = endpoint;
        Status = status;
    }

    /// <summary>The platform name, e.g. <c>mastodon</c>.</summary>
    public string Platform { get; }

    /// <summary>The API endpoint path, e.g. <c>/api/v1/statuses/{id}/context</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The final HTTP status, when there was one.</summary>
    public int? Status { get; }
}
