using System.Globalization;
using System.Net;
using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Turns one X API v2 response (<c>{"data": [...], "includes": {"users": [...], "tweets": [...]}, "errors": [...]}</c>)
/// into posts and rejections. Shared by the JSON/JSONL file reader and the X pull, so a page gives the same posts either way.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Records are the tweets of <c>data</c>, plus each reply parent that only <c>includes.tweets</c> carries (the
/// <c>replied_to</c> target of a <c>data</c> tweet), so a reply is linked to a parent the response already holds. Other
/// included tweets (quoted, retweeted) are not records: they were not found by the query.</item>
/// <item>The author is the <c>username</c> that <c>includes.users</c> gives for <c>author_id</c> (or an inline
/// <c>author.username</c>; else the numeric id); the brand is found by the user id when the registry lists it, else by
/// the username. A tweet without <c>author_id</c> or <c>created_at</c> at all is rejected as
/// <c>fields-not-requested</c>: the request lacked <c>tweet.fields=author_id,created_at</c>.</item>
/// <item>An edited tweet (several <c>edit_history_tweet_ids</c>) is stored once, under its first id, with the text of
/// the latest version the response holds; another version of it in the same response is rejected as
/// <c>edit-version</c>, and replies to any version link to the first id.</item>
/// <item>The text is <c>note_tweet.text</c> for a long post, else <c>text</c>, with X's HTML escapes
/// (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>) decoded. A tweet <c>withheld</c> with scope <c>user</c> carries X's
/// substitute sentence, not the author's words: it is stored with empty text and mentions nothing.</item>
/// <item>Mentions come from <c>entities.mentions</c> when the response has entities (a mention of a user id the
/// registry lists becomes that brand's handle, so a renamed brand is still found; a reply whose
/// <c>in_reply_to_user_id</c> is a listed brand id mentions that brand), else from the text.</item>
/// <item>Each <c>errors</c> entry (a deleted referenced tweet, a suspended mentioned user, a rate limit) is counted in
/// <see cref="ApiErrorLog"/>, not as a rejected post; a response without tweets but with errors, or a problem object
/// (<c>title</c>/<c>detail</c>), also gets a warning.</item>
/// </list>
/// </remarks>
internal static class XApiPage
{
    /// <summary>Reads one response object. <paramref name="nextRow"/> hands out the running record number.</summary>
    public static IEnumerable<ReadOutcome> Read(JsonElement page, string file, long line, string prefix, BrandRegistry registry, Func<long> nextRow, ApiErrorLog errors)
    {
        if (page.ValueKind != JsonValueKind.Object)
        {
            yield return Reject(file, nextRow(), line, prefix.TrimEnd('.'), RejectReason.MalformedRecord, "not an object");
            yield break;
        }

        if (!page.TryGetProperty("data", out var data) && JsonRecords.String(page, "id") is not null)
        {
            // A bare tweet (one per JSONL line, as some archivers write them).
            yield return Tweet(page, file, nextRow(), line, prefix.TrimEnd('.'), registry, Included.None, []);
            yield break;
        }

        var included = Included.Of(page);
        var errorEntries = JsonRecords.Array(page, "errors").LongCount();
        errors.Add(errorEntries);
        var tweets = new List<(JsonElement Tweet, string Path)>();
        if (page.TryGetProperty("data", out data))
        {
            if (data.ValueKind == JsonValueKind.Array)
            {
                tweets.AddRange(data.EnumerateArray().Select((t, i) => (t, $"{prefix}data[{i}]")));
            }
            else if (data.ValueKind == JsonValueKind.Object)
            {
                tweets.Add((data, $"{prefix}data"));
            }
            else if (data.ValueKind != JsonValueKind.Null)
            {
                yield return Reject(file, nextRow(), line, $"{prefix}data", RejectReason.MalformedRecord, "not an array");
            }
        }

        if (tweets.Count == 0 && (errorEntries > 0 || IsProblem(page)))
        {
            var first = JsonRecords.Array(page, "errors").FirstOrDefault();
            var title = JsonRecords.String(first, "title") ?? JsonRecords.String(first, "message") ?? JsonRecords.String(page, "title") ?? string.Empty;
            if (errorEntries == 0)
            {
                errors.Add(1); // a problem object (RFC 7807) is one error
            }

            errors.WholeResponse(file, line, Math.Max(1, errorEntries), JsonRecords.Clip(title));
        }

        // A response requested without tweet.fields: one warning for the response, besides each tweet's rejection.
        var missing = ((string[])["author_id", "created_at"]).Where(f => tweets.Count > 0 && tweets.All(t => t.Tweet.ValueKind == JsonValueKind.Object && !t.Tweet.TryGetProperty(f, out _))).ToList();
        if (missing.Count > 0)
        {
            errors.FieldsNotRequested(file, line, tweets.Count, string.Join(',', missing));
        }

        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tweet, path) in tweets)
        {
            yield return Tweet(tweet, file, nextRow(), line, path, registry, included, stored);
        }

        // Reply parents the response carries only in includes.tweets.
        var inData = tweets.Select(t => JsonRecords.String(t.Tweet, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var parentsRead = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tweet, _) in tweets)
        {
            foreach (var reference in JsonRecords.Array(tweet, "referenced_tweets"))
            {
                if (!string.Equals(JsonRecords.String(reference, "type"), "replied_to", StringComparison.Ordinal)
                    || JsonRecords.String(reference, "id") is not { } parentId
                    || inData.Contains(parentId)
                    || stored.Contains(included.Canonical(parentId))
                    || !included.Tweets.TryGetValue(parentId, out var parent)
                    || !parentsRead.Add(parentId))
                {
                    continue;
                }

                yield return Tweet(parent.Tweet, file, nextRow(), line, $"{prefix}includes.tweets[{parent.Index}]", registry, included, stored);
            }
        }
    }

    private static ReadOutcome Tweet(JsonElement tweet, string file, long row, long line, string path, BrandRegistry registry, Included included, HashSet<string> stored)
    {
        if (tweet.ValueKind != JsonValueKind.Object)
        {
            return Reject(file, row, line, path, RejectReason.MalformedRecord, "not an object");
        }

        var id = JsonRecords.String(tweet, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return Reject(file, row, line, Field(path, "id"), RejectReason.MissingId, string.Empty);
        }

        if (!JsonRecords.IsDigits(id))
        {
            return Reject(file, row, line, Field(path, "id"), RejectReason.IdNotInteger, JsonRecords.Clip(id));
        }

        // An edited tweet: one post under the first id, with the latest version's content the response holds.
        var history = JsonRecords.Array(tweet, "edit_history_tweet_ids").Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).OfType<string>().ToList();
        var postId = history.Count > 1 && JsonRecords.IsDigits(history[0]) ? history[0] : id;
        var content = tweet;
        if (history.Count > 1 && !string.Equals(history[^1], id, StringComparison.Ordinal) && included.Tweets.TryGetValue(history[^1], out var latest))
        {
            content = latest.Tweet;
        }

        if (history.Count > 1 && stored.Contains(postId))
        {
            return Reject(file, row, line, Field(path, "id"), RejectReason.EditVersion, JsonRecords.Clip(id));
        }

        var note = JsonRecords.Child(content, "note_tweet") is { } n ? JsonRecords.String(n, "text") : null;
        if ((note ?? JsonRecords.String(content, "text")) is not { } raw)
        {
            return Reject(file, row, line, Field(path, "text"), RejectReason.MalformedRecord, string.Empty);
        }

        var withheldSubstitute = JsonRecords.Child(content, "withheld") is { } withheld
            && string.Equals(JsonRecords.String(withheld, "scope"), "user", StringComparison.Ordinal);
        var text = withheldSubstitute ? string.Empty : WebUtility.HtmlDecode(raw);

        var authorId = JsonRecords.String(tweet, "author_id");
        var inlineAuthor = JsonRecords.Child(tweet, "author") is { } a ? JsonRecords.String(a, "username") : null;
        if (authorId is null && inlineAuthor is null && !tweet.TryGetProperty("author_id", out _))
        {
            return Reject(file, row, line, Field(path, "author_id"), RejectReason.FieldsNotRequested, string.Empty);
        }

        var author = inlineAuthor ?? (authorId is not null && included.Users.TryGetValue(authorId, out var username) ? username : authorId);
        if (string.IsNullOrWhiteSpace(author))
        {
            return Reject(file, row, line, Field(path, "author_id"), RejectReason.EmptyAuthor, string.Empty);
        }

        if (!tweet.TryGetProperty("created_at", out _))
        {
            return Reject(file, row, line, Field(path, "created_at"), RejectReason.FieldsNotRequested, string.Empty);
        }

        // The post's time is its first version's, when the response holds it.
        var createdAt = JsonRecords.String(tweet, "created_at");
        if (!string.Equals(postId, id, StringComparison.Ordinal) && included.Tweets.TryGetValue(postId, out var original) && JsonRecords.String(original.Tweet, "created_at") is { } originalTime)
        {
            createdAt = originalTime;
        }

        if (!JsonRecords.TryParseTime(createdAt, out var created))
        {
            return Reject(file, row, line, Field(path, "created_at"), RejectReason.BadTimestamp, JsonRecords.Clip(createdAt));
        }

        // A version after the first is an edit, written at that version's time.
        DateTimeOffset? editedAt = null;
        if (!string.Equals(JsonRecords.String(content, "id"), postId, StringComparison.Ordinal)
            && JsonRecords.TryParseTime(JsonRecords.String(content, "created_at"), out var versionTime))
        {
            editedAt = versionTime;
        }

        string? parent = null;
        var r = 0;
        foreach (var reference in JsonRecords.Array(tweet, "referenced_tweets"))
        {
            var index = r++;
            if (string.Equals(JsonRecords.String(reference, "type"), "replied_to", StringComparison.Ordinal))
            {
                parent = JsonRecords.String(reference, "id");
                if (parent is null || !JsonRecords.IsDigits(parent))
                {
                    return Reject(file, row, line, Field(path, string.Create(CultureInfo.InvariantCulture, $"referenced_tweets[{index}].id")), RejectReason.IdNotInteger, JsonRecords.Clip(parent));
                }

                parent = included.Canonical(parent);
            }
        }

        var conversation = JsonRecords.String(tweet, "conversation_id") is { } c ? included.Canonical(c) : null;
        var brand = (authorId is not null ? registry.FindByAccountId(Platform.Twitter, authorId) : null) ?? registry.FindByHandle(Platform.Twitter, author);
        stored.Add(postId);
        return new ReadOutcome(row, line, new Post(Platform.Twitter, postId, author.Trim(), brand?.Id, created, text, parent, conversation, null)
        {
            Mentions = withheldSubstitute ? [] : Mentions(content, registry),
            AuthorId = authorId,
            EditedAt = editedAt,
        }, null);
    }

    /// <summary>
    /// The handles of <c>entities.mentions</c>, lower case in text order; a user id the registry lists gives that brand's
    /// handle. Null when the response has no entities (the text is read instead).
    /// </summary>
    private static IReadOnlyList<string>? Mentions(JsonElement tweet, BrandRegistry registry)
    {
        if (JsonRecords.Child(tweet, "entities") is not { ValueKind: JsonValueKind.Object } entities)
        {
            return null;
        }

        var handles = new List<string>();
        foreach (var mention in JsonRecords.Array(entities, "mentions"))
        {
            var brandHandle = JsonRecords.String(mention, "id") is { } userId ? registry.HandleOfAccount(Platform.Twitter, userId) : null;
            if ((brandHandle ?? JsonRecords.String(mention, "username")) is { Length: > 0 } handle)
            {
                handles.Add(handle.ToLowerInvariant());
            }
        }

        // A reply to a brand's tweet is addressed to the brand even when its @mention was removed from the text.
        if (JsonRecords.String(tweet, "in_reply_to_user_id") is { } repliedTo
            && registry.HandleOfAccount(Platform.Twitter, repliedTo) is { } repliedBrand
            && !handles.Contains(repliedBrand.ToLowerInvariant()))
        {
            handles.Add(repliedBrand.ToLowerInvariant());
        }

        return handles;
    }

    /// <summary>True for an RFC 7807 problem object, X's form of a request-level error: a <c>title</c> with a <c>type</c>, <c>detail</c> or <c>status</c>.</summary>
    internal static bool IsProblem(JsonElement page) =>
        JsonRecords.String(page, "title") is not null
        && (JsonRecords.String(page, "type") is not null || JsonRecords.String(page, "detail") is not null || (page.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number));

    private static string Field(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static ReadOutcome Reject(string file, long row, long line, string field, RejectReason reason, string value) =>
        new(row, line, null, new RejectedRow(file, row, line, field, reason, value));

    /// <summary>What a response's <c>includes</c> hold: user names by id, tweets by id, and each edited version's first id.</summary>
    private sealed class Included
    {
        public static readonly Included None = new();

        public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (JsonElement Tweet, int Index)> Tweets { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, string> FirstVersion { get; } = new(StringComparer.Ordinal);

        /// <summary>The id a tweet is stored under: its first version's id when the response shows it was edited.</summary>
        public string Canonical(string id) => FirstVersion.GetValueOrDefault(id, id);

        public static Included Of(JsonElement page)
        {
            var included = new Included();
            var edited = new List<JsonElement>(JsonRecords.Array(page, "data"));
            if (JsonRecords.Child(page, "data") is { ValueKind: JsonValueKind.Object } single)
            {
                edited.Add(single);
            }

            if (JsonRecords.Child(page, "includes") is { } includes)
            {
                foreach (var user in JsonRecords.Array(includes, "users"))
                {
                    if (JsonRecords.String(user, "id") is { } id && JsonRecords.String(user, "username") is { } username)
                    {
                        included.Users[id] = username;
                    }
                }

                var i = 0;
                foreach (var tweet in JsonRecords.Array(includes, "tweets"))
                {
                    if (JsonRecords.String(tweet, "id") is { } id)
                    {
                        included.Tweets.TryAdd(id, (tweet, i));
                    }

                    edited.Add(tweet);
                    i++;
                }
            }

            foreach (var tweet in edited)
            {
                var history = JsonRecords.Array(tweet, "edit_history_tweet_ids").Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).OfType<string>().ToList();
                foreach (var version in history.Skip(1))
                {
                    included.FirstVersion.TryAdd(version, history[0]);
                }
            }

            return included;
        }
    }
}
