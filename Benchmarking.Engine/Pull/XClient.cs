using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Pulls one brand from the X API v2 recent search (<c>GET /2/tweets/search/recent</c>, bearer token): mentions
/// (<c>@brand -is:retweet</c>) and the brand's replies (<c>from:brand is:reply</c>), with the fields and expansions that
/// link replies (<c>referenced_tweets</c> with <c>expansions=referenced_tweets.id</c>, so each reply's parent comes in
/// <c>includes.tweets</c>; <c>in_reply_to_user_id</c>, <c>conversation_id</c>), name authors and mentioned users by id
/// (<c>expansions=author_id,entities.mentions.username</c>, <c>user.fields=username</c>), and give the full, current
/// text (<c>note_tweet</c>, <c>edit_history_tweet_ids</c>, <c>withheld</c>). Paged with <c>next_token</c>; a rerun
/// continues from the checkpoint with <c>since_id</c>. Recent search reaches back 7 days, so an older since time is
/// moved up to that limit. An answer that is an API error (an <c>errors</c> array and no <c>data</c>) is reported as an
/// issue and stops the endpoint without advancing its checkpoint.
/// </summary>
internal static class XClient
{
    private const string Api = "/2/tweets/search/recent";

    /// <summary>The tweet fields the reader uses (see <see cref="Ingest.XApiPage"/>).</summary>
    internal const string TweetFields = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,edit_history_tweet_ids,entities,note_tweet,withheld";

    /// <summary>Authors, reply parents (and their authors) and mentioned users, so a page links and names on its own.</summary>
    internal const string Expansions = "author_id,referenced_tweets.id,referenced_tweets.id.author_id,entities.mentions.username,in_reply_to_user_id";

    public static async Task PullAsync(PullSession session, CancellationToken cancellationToken)
    {
        var token = session.Credentials.XBearerToken;
        if (token is null)
        {
            session.Issues.Add($"twitter {Api}: skipped, the X API needs a bearer token; set {PullCredentials.XBearerTokenVariable} (see docs/pulls.md for the paid tiers).");
            return;
        }

        var handle = session.Handle.Handle.Trim().TrimStart('@');
        await SearchAsync(session, "mentions", $"@{handle} -is:retweet", token, cancellationToken).ConfigureAwait(false);
        await SearchAsync(session, "replies", $"from:{handle} is:reply", token, cancellationToken).ConfigureAwait(false);
    }

    private static async Task SearchAsync(PullSession session, string endpoint, string search, string token, CancellationToken cancellationToken)
    {
        var checkpoint = session.Checkpoint(endpoint)?.LastId;
        var earliest = session.Time.GetUtcNow().AddDays(-7).AddMinutes(1);
        var since = session.Options.Since > earliest ? session.Options.Since : earliest;
        string? newest = null;
        string? next = null;
        var complete = false;
        for (var page = 0; page < session.Options.MaxPages && !complete; page++)
        {
            var query = new List<(string, string)>
            {
                ("query", search),
                ("max_results", "100"),
                ("tweet.fields", TweetFields),
                ("expansions", Expansions),
                ("user.fields", "username"),
            };
            query.Add(checkpoint is not null ? ("since_id", checkpoint) : ("start_time", since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            if (next is not null)
            {
                query.Add(("next_token", next));
            }

            using var document = await session.GetAsync(endpoint, Api, ApiUrl.Build(session.Options.XBaseUrl, Api.TrimStart('/'), [.. query]), token, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return;
            }

            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonRecords.Child(root, "data") is null && (JsonRecords.Child(root, "errors") is not null || XApiPage.IsProblem(root)))
            {
                var first = JsonRecords.Array(root, "errors").FirstOrDefault();
                var title = JsonRecords.String(first, "title") ?? JsonRecords.String(first, "message") ?? JsonRecords.String(root, "title") ?? "no title";
                session.Issues.Add($"twitter {Api} ({endpoint}): the answer is an API error, not posts (first: '{JsonRecords.Clip(title)}'); this endpoint stopped here and its checkpoint was not advanced. Check the token's access level and the rate limit, then rerun.");
                return;
            }

            if (root.ValueKind != JsonValueKind.Object || JsonRecords.Child(root, "meta") is not { } meta)
            {
                session.Unexpected(Api, "no \"meta\" object");
                return;
            }

            foreach (var tweet in JsonRecords.Array(root, "data"))
            {
                if (JsonRecords.String(tweet, "id") is { } id && JsonRecords.IsDigits(id) && Ids.Newer(id, newest))
                {
                    newest = id;
                }
            }

            next = JsonRecords.String(meta, "next_token");
            complete = next is null;
        }

        if (complete)
        {
            if (newest is not null)
            {
                session.Advance(endpoint, newest, null);
            }
        }
        else
        {
            session.Truncated = true;
            session.Issues.Add($"twitter {Api} ({endpoint}): stopped at the page bound ({session.Options.MaxPages} pages); the checkpoint was not advanced. Rerun with a larger --max-pages.");
        }
    }
}
