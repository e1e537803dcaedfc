using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Pulls one brand from Bluesky's AppView over XRPC: the brand's author feed with replies
/// (<c>app.bsky.feed.getAuthorFeed</c>, newest first, paged by cursor down to the checkpoint's <c>indexedAt</c> or the
/// since time), the thread of every new brand post (<c>app.bsky.feed.getPostThread</c>: its parents and the replies to
/// it), and — with a login — posts mentioning the brand (<c>app.bsky.feed.searchPosts</c>, which needs
/// <c>com.atproto.server.createSession</c> with an app password).
/// </summary>
internal sealed class BlueskyClient
{
    private const int PageSize = 100;
    private string? accessJwt;
    private bool loginFailed;

    public async Task PullAsync(PullSession session, CancellationToken cancellationToken)
    {
        var handle = session.Handle.Handle.Trim().TrimStart('@');
        var options = session.Options;
        var fresh = await FeedAsync(session, handle, cancellationToken).ConfigureAwait(false);
        var failures = session.TransientFailures;
        foreach (var uri in fresh.Take(options.MaxThreads))
        {
            using var thread = await session.GetAsync("thread", "app.bsky.feed.getPostThread",
                ApiUrl.Build(options.BlueskyBaseUrl, "xrpc/app.bsky.feed.getPostThread", ("uri", uri), ("depth", "10"), ("parentHeight", "20")), null, cancellationToken).ConfigureAwait(false);
        }

        if (session.TransientFailures > failures)
        {
            session.Retract("author-feed", "app.bsky.feed.getAuthorFeed");
        }

        if (fresh.Count > options.MaxThreads)
        {
            session.Issues.Add($"bluesky app.bsky.feed.getPostThread: {fresh.Count - options.MaxThreads} new post(s) over the thread bound ({options.MaxThreads}) were not expanded; raise --max-threads to follow them.");
        }

        await SearchAsync(session, handle, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Pages the author feed; returns the URIs of the brand's own new posts.</summary>
    private static async Task<List<string>> FeedAsync(PullSession session, string handle, CancellationToken cancellationToken)
    {
        const string api = "app.bsky.feed.getAuthorFeed";
        var checkpoint = session.Checkpoint("author-feed")?.LastTime;
        var fresh = new List<string>();
        DateTimeOffset? newest = null;
        string? cursor = null;
        var complete = false;
        for (var page = 0; page < session.Options.MaxPages && !complete; page++)
        {
            var query = new List<(string, string)> { ("actor", handle), ("filter", "posts_with_replies"), ("limit", PageSize.ToString(CultureInfo.InvariantCulture)) };
            if (cursor is not null)
            {
                query.Add(("cursor", cursor));
            }

            using var document = await session.GetAsync("author-feed", api, ApiUrl.Build(session.Options.BlueskyBaseUrl, "xrpc/" + api, [.. query]), null, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return fresh;
            }

            if (JsonRecords.Child(document.RootElement, "feed") is not { ValueKind: JsonValueKind.Array } feed)
            {
                session.Unexpected(api, "no \"feed\" array");
                return fresh;
            }

            foreach (var item in feed.EnumerateArray())
            {
                if (JsonRecords.Child(item, "reason") is not null || JsonRecords.Child(item, "post") is not { } post)
                {
                    continue; // a repost is ordered by the repost time, not the post's
                }

                JsonRecords.TryParseTime(JsonRecords.String(post, "indexedAt"), out var indexed);
                var record = JsonRecords.Child(post, "record");
                var createdOk = JsonRecords.TryParseTime(record is { } r ? JsonRecords.String(r, "createdAt") : null, out var created);
                if (checkpoint is { } cp && indexed != default && indexed <= cp)
                {
                    complete = true;
                    continue;
                }

                if (createdOk && (indexed == default ? created : Min(created, indexed)) < session.Options.Since)
                {
                    complete = true;
                    continue;
                }

                if (indexed != default && (newest is null || indexed > newest))
                {
                    newest = indexed;
                }

                var author = JsonRecords.Child(post, "author") is { } a ? JsonRecords.String(a, "handle") : null;
                if (JsonRecords.String(post, "uri") is { } uri && string.Equals(author, handle, StringComparison.OrdinalIgnoreCase))
                {
                    fresh.Add(uri);
                }
            }

            cursor = JsonRecords.String(document.RootElement, "cursor");
            if (cursor is null || feed.GetArrayLength() == 0)
            {
                complete = true;
            }
        }

        Finish(session, "author-feed", api, complete, newest);
        return fresh;
    }

    private async Task SearchAsync(PullSession session, string handle, CancellationToken cancellationToken)
    {
        const string api = "app.bsky.feed.searchPosts";
        var credentials = session.Credentials;
        if (credentials.BlueskyHandle is null || credentials.BlueskyAppPassword is null)
        {
            session.Issues.Add($"bluesky {api}: skipped, mention search needs a login; set {PullCredentials.BlueskyHandleVariable} and {PullCredentials.BlueskyAppPasswordVariable} (an app password). Replies to the brand's posts were still pulled.");
            return;
        }

        if (!await LoginAsync(session, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var checkpoint = session.Checkpoint("mentions")?.LastTime;
        var since = checkpoint ?? session.Options.Since;
        DateTimeOffset? newest = null;
        string? cursor = null;
        var complete = false;
        for (var page = 0; page < session.Options.MaxPages && !complete; page++)
        {
            var query = new List<(string, string)>
            {
                ("q", "@" + handle), ("mentions", handle), ("sort", "latest"),
                ("since", since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                ("limit", PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            if (cursor is not null)
            {
                query.Add(("cursor", cursor));
            }

            using var document = await session.GetAsync("search", api, ApiUrl.Build(session.Options.BlueskyLoginBaseUrl, "xrpc/" + api, [.. query]), accessJwt, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return;
            }

            if (JsonRecords.Child(document.RootElement, "posts") is not { ValueKind: JsonValueKind.Array } posts)
            {
                session.Unexpected(api, "no \"posts\" array");
                return;
            }

            foreach (var post in posts.EnumerateArray())
            {
                if (JsonRecords.TryParseTime(JsonRecords.String(post, "indexedAt"), out var indexed))
                {
                    if (checkpoint is { } cp && indexed <= cp)
                    {
                        complete = true;
                    }
                    else if (newest is null || indexed > newest)
                    {
                        newest = indexed;
                    }
                }
            }

            cursor = JsonRecords.String(document.RootElement, "cursor");
            if (cursor is null || posts.GetArrayLength() == 0)
            {
                complete = true;
            }
        }

        Finish(session, "mentions", api, complete, newest);
    }

    private async Task<bool> LoginAsync(PullSession session, CancellationToken cancellationToken)
    {
        const string api = "com.atproto.server.createSession";
        if (accessJwt is not null || loginFailed)
        {
            return accessJwt is not null;
        }

        var credentials = session.Credentials;
        var url = ApiUrl.Build(session.Options.BlueskyLoginBaseUrl, "xrpc/" + api);
        try
        {
            // The answer holds tokens: it is parsed here and never landed.
            var body = await session.Http.SendAsync("bluesky", api, () => new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(new Dictionary<string, string> { ["identifier"] = credentials.BlueskyHandle!, ["password"] = credentials.BlueskyAppPassword! }),
            }, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(body);
            accessJwt = JsonRecords.String(document.RootElement, "accessJwt");
            if (accessJwt is null)
            {
                loginFailed = true;
                session.Issues.Add($"bluesky {api}: the login answer has no accessJwt; mention search skipped.");
            }
        }
        catch (PullRequestException e)
        {
            loginFailed = true;
            session.Failed(e);
            session.Issues.Add(credentials.Redact(e.Message) + " Mention search skipped.");
        }
        catch (JsonException)
        {
            loginFailed = true;
            session.Issues.Add($"bluesky {api}: the login answer is not valid JSON; mention search skipped.");
        }

        return accessJwt is not null;
    }

    private static void Finish(PullSession session, string endpoint, string api, bool complete, DateTimeOffset? newest)
    {
        if (complete)
        {
            if (newest is not null)
            {
                session.Advance(endpoint, null, newest);
            }
        }
        else
        {
            session.Truncated = true;
            session.Issues.Add($"bluesky {api}: stopped at the page bound ({session.Options.MaxPages} pages) before reaching the checkpoint or the since time; the checkpoint was not advanced. Rerun with a larger --max-pages.");
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
