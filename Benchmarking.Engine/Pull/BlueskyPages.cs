using System.Text;
using System.Text.Json;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Turns landed Bluesky AppView pages (<c>getAuthorFeed</c>, <c>getPostThread</c>, <c>searchPosts</c>) into posts.
/// </summary>
/// <remarks>
/// The id is the post's AT URI; the author its handle (the DID when the AppView shows <c>handle.invalid</c>), with the
/// DID kept as the stable author id and matched first against the registry's ids; the parent
/// <c>record.reply.parent.uri</c> and the conversation <c>record.reply.root.uri</c> (the post's own URI for a thread
/// root). An author-feed item also carries its parent and root as post views (<c>feed[].reply.parent</c>,
/// <c>reply.root</c>): they are read as posts too, each URI once per page, so a brand reply is linked without a
/// thread request; a parent that is <c>notFoundPost</c> or <c>blockedPost</c> is a <c>deleted-post</c> rejection.
/// Mentions come from the record's mention facets when it has any (see <see cref="FacetMentions"/>), else from the
/// text. A quote post is a post of its own: the quoted post is not its parent. The time is the client's <c>record.createdAt</c>,
/// except when it is later than the AppView's <c>indexedAt</c> — a post cannot be written after it was indexed, so the
/// client clock was ahead and <c>indexedAt</c> is used. Both stay in the landed pages. A thread node that is
/// <c>notFoundPost</c> or <c>blockedPost</c> is counted as a <c>deleted-post</c> rejection.
/// </remarks>
internal static class BlueskyPages
{
    /// <summary>The handle the AppView shows for an account whose handle no longer resolves to its DID.</summary>
    private const string InvalidHandle = "handle.invalid";

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
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in feed.EnumerateArray())
                {
                    var path = $"feed[{j++}]";
                    if (JsonRecords.Child(item, "post") is not { } post)
                    {
                        yield return Malformed(page, nextRow(), path + ".post");
                        continue;
                    }

                    if (JsonRecords.String(post, "uri") is { } uri && !seen.Add(uri))
                    {
                        continue; // carried earlier on this page as another item's parent or root
                    }

                    yield return PostView(page.File, nextRow(), path + ".post", post, registry);

                    // The parent and root the item carries: a brand reply is linked without a thread request.
                    if (JsonRecords.Child(item, "reply") is { ValueKind: JsonValueKind.Object } reply)
                    {
                        foreach (var side in (string[])["parent", "root"])
                        {
                            if (JsonRecords.Child(reply, side) is not { ValueKind: JsonValueKind.Object } node
                                || JsonRecords.String(node, "uri") is not { } nodeUri
                                || !seen.Add(nodeUri))
                            {
                                continue;
                            }

                            var type = JsonRecords.String(node, "$type") ?? string.Empty;
                            if (type.EndsWith("#notFoundPost", StringComparison.Ordinal) || type.EndsWith("#blockedPost", StringComparison.Ordinal))
                            {
                                yield return Reject(page.File, nextRow(), $"{path}.reply.{side}", RejectReason.DeletedPost, JsonRecords.Clip(nodeUri));
                            }
                            else
                            {
                                yield return PostView(page.File, nextRow(), $"{path}.reply.{side}", node, registry);
                            }
                        }
                    }
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

        var author = JsonRecords.Child(post, "author");
        var did = author is { } a ? JsonRecords.String(a, "did") : null;
        var handle = author is { } h ? JsonRecords.String(h, "handle") : null;
        if (string.Equals(handle, InvalidHandle, StringComparison.Ordinal))
        {
            handle = did; // the handle no longer resolves: the DID is the only name that stays this author's
        }

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

        var brand = (did is not null ? registry.FindByAccountId(Platform.Bluesky, did) : null) ?? registry.FindByHandle(Platform.Bluesky, handle);
        return new ReadOutcome(row, 1, new Post(Platform.Bluesky, uri, handle.Trim(), brand?.Id, created, text, parent, root ?? (parent is null ? uri : null), null)
        {
            AuthorId = did,
            Mentions = FacetMentions(record, text, registry),
        }, null);
    }

    /// <summary>
    /// The handles the record's mention facets point at, lower case in text order: the text the facet spans (its UTF-8
    /// byte range, without the <c>@</c>), or the brand's handle when the registry lists the facet's DID. Null when the
    /// record has no mention facet, so the mentions are read from the text.
    /// </summary>
    internal static IReadOnlyList<string>? FacetMentions(JsonElement record, string text, BrandRegistry registry)
    {
        List<string>? handles = null;
        byte[]? bytes = null;
        foreach (var facet in JsonRecords.Array(record, "facets"))
        {
            foreach (var feature in JsonRecords.Array(facet, "features"))
            {
                if (!string.Equals(JsonRecords.String(feature, "$type"), "app.bsky.richtext.facet#mention", StringComparison.Ordinal))
                {
                    continue;
                }

                handles ??= [];
                var did = JsonRecords.String(feature, "did");
                var brandHandle = did is not null ? registry.HandleOfAccount(Platform.Bluesky, did) : null;
                if (brandHandle is not null)
                {
                    handles.Add(brandHandle.ToLowerInvariant());
                    continue;
                }

                bytes ??= Encoding.UTF8.GetBytes(text);
                if (JsonRecords.Child(facet, "index") is { } index
                    && index.TryGetProperty("byteStart", out var startElement) && startElement.TryGetInt32(out var start)
                    && index.TryGetProperty("byteEnd", out var endElement) && endElement.TryGetInt32(out var end)
                    && start >= 0 && end <= bytes.Length && start < end)
                {
                    var span = Encoding.UTF8.GetString(bytes, start, end - start).Trim().TrimStart('@');
                    if (span.Length > 0)
                    {
                        handles.Add(span.ToLowerInvariant());
                    }
                }
                else if (did is not null)
                {
                    handles.Add(did); // the span is unusable; the DID still names the account
                }
            }
        }

        return handles;
    }

    private static ReadOutcome Malformed(LandedPage page, long row, string field) => Reject(page.File, row, field, RejectReason.MalformedRecord, "unexpected shape");

    private static ReadOutcome Reject(string file, long row, string field, RejectReason reason, string value) =>
        new(row, 1, null, new RejectedRow(file, row, 1, field, reason, value));
}
