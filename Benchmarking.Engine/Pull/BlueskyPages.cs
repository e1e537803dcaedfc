using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Turns landed Bluesky AppView pages (<c>getAuthorFeed</c>, <c>getPostThread</c>, <c>searchPosts</c>) into posts.
/// </summary>
/// <remarks>
/// The id is the post's AT URI; the author its handle; the parent <c>record.reply.parent.uri</c> and the conversation
/// <c>record.reply.root.uri</c> (the post's own URI for a thread root). The time is the client's <c>record.createdAt</c>,
/// except when it is later than the AppView's <c>indexedAt</c> — a post cannot be written after it was indexed, so the
/// client clock was ahead and <c>indexedAt</c> is used. Both stay in the landed pages. A thread node that is
/// <c>notFoundPost</c> or <c>blockedPost</c> is counted as a <c>deleted-post</c> rejection.
/// </remarks>
internal static class BlueskyPages
{
    /// <summary>Reads one page.</summary>
    public static IEnumerable<ReadOutcome> Read(LandedPage page, JsonElement root, Func<long> nextRow, BrandRegistry registry)
    {
        switch (page.Endpoint)
        {
            case "thread":
                if (JsonRecords.Child(root, "thread") is not { ValueKind: JsonValueKind.Object } thread)
                {
                    yield return Malformed(page, nextRow(), "thread");
                    yield break;
                }

                foreach (var outcome in Thread(page.File, thread, "thread", nextRow, registry, 0))
                {
                    yield return outcome;
                }

                break;
            case "search":
                if (JsonRecords.Child(root, "posts") is not { ValueKind: JsonValueKind.Array } posts)
                {
                    yield return Malformed(page, nextRow(), "posts");
                    yield break;
                }

                var i = 0;
                foreach (var post in posts.EnumerateArray())
                {
                    yield return PostView(page.File, nextRow(), $"posts[{i++}]", post, registry);
                }

                break;
            default:
                if (JsonRecords.Child(root, "feed") is not { ValueKind: JsonValueKind.Array } feed)
                {
                    yield return Malformed(page, nextRow(), "feed");
                    yield break;
                }

                var j = 0;
                foreach (var item in feed.EnumerateArray())
                {
                    var path = $"feed[{j++}]";
                    yield return JsonRecords.Child(item, "post") is { } post
                        ? PostView(page.File, nextRow(), path + ".post", post, registry)
                        : Malformed(page, nextRow(), path + ".post");
                }

                break;
        }
    }

    private static IEnumerable<ReadOutcome> Thread(string file, JsonElement node, string path, Func<long> nextRow, BrandRegistry registry, int depth)
    {
        if (depth > 200)
        {
            yield break;
        }

        var type = JsonRecords.String(node, "$type") ?? string.Empty;
        if (type.EndsWith("#notFoundPost", StringComparison.Ordinal) || type.EndsWith("#blockedPost", StringComparison.Ordinal))
        {
            var r = nextRow();
            yield return new ReadOutcome(r, 1, null, new RejectedRow(file, r, 1, path, RejectReason.DeletedPost, JsonRecords.Clip(JsonRecords.String(node, "uri"))));
            yield break;
        }

        if (JsonRecords.Child(node, "parent") is { ValueKind: JsonValueKind.Object } parent)
        {
            foreach (var outcome in Thread(file, parent, path + ".parent", nextRow, registry, depth + 1))
            {
                yield return outcome;
            }
        }

        yield return JsonRecords.Child(node, "post") is { } post
            ? PostView(file, nextRow(), path + ".post", post, registry)
            : Reject(file, nextRow(), path + ".post", RejectReason.MalformedRecord, string.Empty);

        var i = 0;
        foreach (var reply in JsonRecords.Array(node, "replies"))
        {
            foreach (var outcome in Thread(file, reply, $"{path}.replies[{i}]", nextRow, registry, depth + 1))
            {
                yield return outcome;
            }

            i++;
        }
    }

    private static ReadOutcome PostView(string file, long row, string path, JsonElement post, BrandRegistry registry)
    {
        var uri = JsonRecords.String(post, "uri");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return Reject(file, row, path + ".uri", RejectReason.MissingId, string.Empty);
        }

        if (!uri.StartsWith("at://", StringComparison.Ordinal))
        {
            return Reject(file, row, path + ".uri", RejectReason.MalformedRecord, JsonRecords.Clip(uri));
        }

        var handle = JsonRecords.Child(post, "author") is { } author ? JsonRecords.String(author, "handle") : null;
        if (string.IsNullOrWhiteSpace(handle))
        {
            return Reject(file, row, path + ".author.handle", RejectReason.EmptyAuthor, string.Empty);
        }

        if (JsonRecords.Child(post, "record") is not { ValueKind: JsonValueKind.Object } record)
        {
            return Reject(file, row, path + ".record", RejectReason.MalformedRecord, string.Empty);
        }

        if (JsonRecords.String(record, "text") is not { } text)
        {
            return Reject(file, row, path + ".record.text", RejectReason.MalformedRecord, string.Empty);
        }

        var createdAt = JsonRecords.String(record, "createdAt");
        if (!JsonRecords.TryParseTime(createdAt, out var created))
        {
            return Reject(file, row, path + ".record.createdAt", RejectReason.BadTimestamp, JsonRecords.Clip(createdAt));
        }

        if (JsonRecords.TryParseTime(JsonRecords.String(post, "indexedAt"), out var indexed) && created > indexed)
        {
            created = indexed;
        }

        string? parent = null;
        string? root = null;
        if (JsonRecords.Child(record, "reply") is { } reply)
        {
            parent = JsonRecords.Child(reply, "parent") is { } p ? JsonRecords.String(p, "uri") : null;
            root = JsonRecords.Child(reply, "root") is { } r ? JsonRecords.String(r, "uri") : null;
            if (parent is null)
            {
                return Reject(file, row, path + ".record.reply.parent.uri", RejectReason.MalformedRecord, string.Empty);
            }
        }

        var brand = registry.FindByHandle(Platform.Bluesky, handle);
        return new ReadOutcome(row, 1, new Post(Platform.Bluesky, uri, handle.Trim(), brand?.Id, created, text, parent, root ?? (parent is null ? uri : null), null), null);
    }

    private static ReadOutcome Malformed(LandedPage page, long row, string field) => Reject(page.File, row, field, RejectReason.MalformedRecord, "unexpected shape");

    private static ReadOutcome Reject(string file, long row, string field, RejectReason reason, string value) =>
        new(row, 1, null, new RejectedRow(file, row, 1, field, reason, value));
}
