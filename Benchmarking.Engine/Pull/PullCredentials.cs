namespace Benchmarking.Engine.Pull;

/// <summary>
/// API secrets, read only from environment variables. They travel in request headers or the login body only and are
/// redacted from every message (<see cref="Redact(string)"/>); <see cref="ToString"/> never shows them.
/// </summary>
public sealed record PullCredentials
{
    /// <summary>Environment variable holding the X API v2 bearer token.</summary>
    public const string XBearerTokenVariable = "CAREBENCH_X_BEARER_TOKEN";

    /// <summary>Environment variable holding the Bluesky handle used to log in.</summary>
    public const string BlueskyHandleVariable = "CAREBENCH_BLUESKY_HANDLE";

    /// <summary>Environment variable holding a Bluesky app password (Settings → App passwords), never the account password.</summary>
    public const string BlueskyAppPasswordVariable = "CAREBENCH_BLUESKY_APP_PASSWORD";

    /// <summary>Environment variable holding an optional Mastodon access token (for instances that require login for search).</summary>
    public const string MastodonTokenVariable = "CAREBENCH_MASTODON_TOKEN";

    /// <summary>X API bearer token, or null (X is then skipped with a note).</summary>
    public string? XBearerToken { get; init; }

    /// <summary>Bluesky login handle, or null.</summary>
    public string? BlueskyHandle { get; init; }

    /// <summary>Bluesky app password, or null (mention search is then skipped with a note).</summary>
    public string? BlueskyAppPassword { get; init; }

    /// <summary>Mastodon access token, or null (public endpoints only).</summary>
    public string? MastodonToken { get; init; }

    /// <summary>Reads the credentials from environment variables through <paramref name="lookup"/> (e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>).</summary>
    public static PullCredentials FromEnvironment(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return new PullCredentials
        {
            XBearerToken = Clean(lookup(XBearerTokenVariable)),
            BlueskyHandle = Clean(lookup(BlueskyHandleVariable)),
            BlueskyAppPassword = Clean(lookup(BlueskyAppPasswordVariable)),
            MastodonToken = Clean(lookup(MastodonTokenVariable)),
        };
    }

    /// <summary>Replaces every secret in <paramref name="message"/> with <c>***</c>.</summary>
    public string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var secret in new[] { XBearerToken, BlueskyAppPassword, MastodonToken })
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                message = message.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return message;
    }

    /// <summary>
    /// <paramref name="body"/> with every secret replaced by <c>***</c>, for raw answers that are landed on disk (a
    /// server or proxy may echo the token it was sent); the same array when none occurs.
    /// </summary>
    public byte[] Redact(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var secret in new[] { XBearerToken, BlueskyAppPassword, MastodonToken })
        {
            if (string.IsNullOrEmpty(secret) || secret.Length < 4)
            {
                continue;
            }

            var needle = System.Text.Encoding.UTF8.GetBytes(secret);
            if (body.AsSpan().IndexOf(needle) < 0)
            {
                continue;
            }

            var redacted = new List<byte>(body.Length);
            var rest = body.AsSpan();
            for (var at = rest.IndexOf(needle); at >= 0; at = rest.IndexOf(needle))
            {
                redacted.AddRange(rest[..at]);
                redacted.AddRange("***"u8);
                rest = rest[(at + needle.Length)..];
            }

            redacted.AddRange(rest);
            body = redacted.ToArray();
        }

        return body;
    }

    /// <summary>Which credentials are set, never their values.</summary>
    public override string ToString() =>
        $"PullCredentials {{ X token: {(XBearerToken is null ? "unset" : "set")}, Bluesky login: {(BlueskyHandle is null || BlueskyAppPassword is null ? "unset" : "set")}, Mastodon token: {(MastodonToken is null ? "unset" : "set")} }}";
}
