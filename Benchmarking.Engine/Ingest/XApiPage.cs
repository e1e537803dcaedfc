using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Turns one X API v2 response (<c>{"data": [...], "includes": {"users": [...]}, "errors": [...]}</c>) into posts and
/// rejections. Shared by the JSON/JSONL file reader and the X pull, so a page gives the same posts either way.
/// </summary>
/// <remarks>
/// A post's author is the <c>username</c> that <c>includes.users</c> gives for its <c>author_id</c> (or an inline
/// <c>author.username</c>); without one the numeric <c>author_id</c> is used, so a brand is only recognised when its user
/// object is included (<c>expansions=author_id&amp;user.fields=username</c>). The parent is the <c>replied_to</c> entry of
/// <c>referenced_tweets</c>; <c>conversation_id</c> is kept; <c>in_reply_to_user_id</c> is not needed once the parent is
/// known. Each entry of <c>errors</c> about a tweet (a deleted or protected post) is counted as a <c>deleted-post</c> rejection.
/// </remarks>
internal static class XApiPage
{
    /// <summary>Reads one response object. <paramref name="nextRow"/> hands out the running record number.</summary>
    public static IEnumerable<ReadOutcome> Read(JsonElement page, string file, long line, string prefix, BrandRegistry registry, Func<long> nextRow)
    {
        if (page.ValueKind != JsonValueKind.Object)
        {
            yield return Reject(file, nextRow(), line, prefix.TrimEnd('.'), RejectReason.MalformedRecord, "not an object");
            yield break;
        }

        if (!page.TryGetProperty("data", out var data) && JsonRecords.String(page, "id") is not null)
        {
            // A bare tweet (one per JSONL line, as some archivers write them).
            yield return Tweet(page, file, nextRow(), line, prefix.TrimEnd('.'), registry, new Dictionary<string, string>(StringComparer.Ordinal));
            yield break;
        }

        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonRecords.Child(page, "includes") is { } includes)
        {
            foreach (var user in JsonRecords.Array(includes, "users"))
            {
                if (JsonRecords.String(user, "id") is { } id && JsonRecords.String(user, "username") is { } username)
                {
                    users[id] = username;
                }
            }
        }

        if (page.TryGetProperty("data", out data))
        {
            if (data.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var tweet in data.EnumerateArray())
                {
                    yield return Tweet(tweet, file, nextRow(), line, $"{prefix}data[{i++}]", registry, users);
                }
            }
            else if (data.ValueKind == JsonValueKind.Object)
            {
                yield return Tweet(data, file, nextRow(), line, $"{prefix}data", registry, users);
            }
            else if (data.ValueKind != JsonValueKind.Null)
            {
                yield return Reject(file, nextRow(), line, $"{prefix}data", RejectReason.MalformedRecord, "not an array");
            }
        }

        var e = 0;
        foreach (var error in JsonRecords.Array(page, "errors"))
        {
            var index = e++;
            if (!string.Equals(JsonRecords.String(error, "resource_type"), "tweet", StringComparison.Ordinal))
            {
                continue;
            }

            yield return Reject(file, nextRow(), line, $"{prefix}errors[{index}]", RejectReason.DeletedPost, JsonRecords.Clip(JsonRecords.String(error, "resource_id") ?? JsonRecords.String(error, "value")));
        }
    }

    private static ReadOutcome Tweet(JsonElement tweet, string file, long row, long line, string path, BrandRegistry registry, Dictionary<string, string> users)
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

        if (JsonRecords.String(tweet, "text") is not { } text)
        {
            return Reject(file, row, line, Field(path, "text"), RejectReason.MalformedRecord, string.Empty);
        }

        var authorId = JsonRecords.String(tweet, "author_id");
        var inlineAuthor = JsonRecords.Child(tweet, "author") is { } a ? JsonRecords.String(a, "username") : null;
        var author = inlineAuthor ?? (authorId is not null && users.TryGetValue(authorId, out var username) ? username : authorId);
        if (string.IsNullOrWhiteSpace(author))
        {
            return Reject(file, row, line, Field(path, "author_id"), RejectReason.EmptyAuthor, string.Empty);
        }

        var createdAt = JsonRecords.String(tweet, "created_at");
        if (!JsonRecords.TryParseTime(createdAt, out var created))
        {
            return Reject(file, row, line, Field(path, "created_at"), RejectReason.BadTimestamp, JsonRecords.Clip(createdAt));
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
            }
        }

        var conversation = JsonRecords.String(tweet, "conversation_id");
        var brand = registry.FindByHandle(Platform.Twitter, author);
        return new ReadOutcome(row, line, new Post(Platform.Twitter, id, author.Trim(), brand?.Id, created, text, parent, conversation, null), null);
    }

    private static string Field(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static ReadOutcome Reject(string file, long row, long line, string field, RejectReason reason, string value) =>
        new(row, line, null, new RejectedRow(file, row, line, field, reason, value));
}
