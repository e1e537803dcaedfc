using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// Bluesky's AppView and PDS XRPC endpoints over the <see cref="PullWorld"/>, in the lexicon shapes:
/// <c>app.bsky.feed.getAuthorFeed</c> (cursor paging, 3 items a page), <c>app.bsky.feed.getPostThread</c> (parents,
/// replies, <c>notFoundPost</c> for a deleted parent), <c>com.atproto.server.createSession</c> and
/// <c>app.bsky.feed.searchPosts</c> (403 without the session's bearer token). Each brand announcement's
/// <c>createdAt</c> is a day ahead of its <c>indexedAt</c> (a client clock that lies). Fault keys:
/// <c>bluesky:feed:&lt;brand&gt;</c>, <c>bluesky:thread:&lt;id&gt;</c>, <c>bluesky:search:&lt;brand&gt;</c>, <c>bluesky:login</c>.
/// </summary>
public sealed class FakeBluesky(PullWorld world, FaultPlan faults, string loginHandle, string appPassword)
{
    private const int MaxPage = 3;

    /// <summary>The access token the fake hands out at login.</summary>
    public const string AccessJwt = "fake-access-jwt-5f1c";

    /// <summary>Answers one request.</summary>
    public FakeResponse Handle(FakeRequest request)
    {
        switch (request.Path)
        {
            case "/xrpc/app.bsky.feed.getAuthorFeed":
            {
                var brand = (request["actor"] ?? string.Empty).Split('.')[0];
                if (faults.Take($"bluesky:feed:{brand}") is { } fault)
                {
                    return fault;
                }

                var items = world.Posts.Where(p => p.Brand == brand && !p.Deleted).OrderByDescending(p => p.Id).ToList();
                var offset = int.Parse(request["cursor"] ?? "0", CultureInfo.InvariantCulture);
                var page = items.Skip(offset).Take(MaxPage).Select(p => new Dictionary<string, object?> { ["post"] = PostView(p) }).ToList();
                var cursor = offset + MaxPage < items.Count ? (offset + MaxPage).ToString(CultureInfo.InvariantCulture) : null;
                return Ok(JsonSerializer.Serialize(cursor is null ? new Dictionary<string, object?> { ["feed"] = page } : new Dictionary<string, object?> { ["feed"] = page, ["cursor"] = cursor }));
            }

            case "/xrpc/app.bsky.feed.getPostThread":
            {
                var id = long.Parse((request["uri"] ?? "/0").Split('/')[^1], CultureInfo.InvariantCulture);
                if (faults.Take($"bluesky:thread:{id}") is { } fault)
                {
                    return fault;
                }

                var post = world.Find(id);
                return post is null || post.Deleted
                    ? new FakeResponse(400, $$"""{"error":"NotFound","message":"Post not found: {{request["uri"]}}"}""")
                    : Ok(JsonSerializer.Serialize(new { thread = Thread(post, withParent: true, withReplies: true) }));
            }

            case "/xrpc/com.atproto.server.createSession":
            {
                if (faults.Take("bluesky:login") is { } fault)
                {
                    return fault;
                }

                using var body = JsonDocument.Parse(request.Body);
                var ok = body.RootElement.GetProperty("identifier").GetString() == loginHandle && body.RootElement.GetProperty("password").GetString() == appPassword;
                return ok
                    ? Ok($$"""{"accessJwt":"{{AccessJwt}}","refreshJwt":"fake-refresh-jwt","handle":"{{loginHandle}}","did":"did:plc:login","active":true}""")
                    : new FakeResponse(401, """{"error":"AuthenticationRequired","message":"Invalid identifier or password"}""");
            }

            case "/xrpc/app.bsky.feed.searchPosts":
            {
                if (request.Authorization != "Bearer " + AccessJwt)
                {
                    return new FakeResponse(403, """{"error":"Forbidden","message":"search requires authentication"}""");
                }

                var brand = (request["mentions"] ?? string.Empty).Split('.')[0];
                if (faults.Take($"bluesky:search:{brand}") is { } fault)
                {
                    return fault;
                }

                var since = DateTimeOffset.Parse(request["since"] ?? "2000-01-01T00:00:00Z", CultureInfo.InvariantCulture);
                var hits = world.Posts.Where(p => p.Mentions == brand && !p.Deleted && Indexed(p) >= since).OrderByDescending(p => p.Id).ToList();
                var offset = int.Parse(request["cursor"] ?? "0", CultureInfo.InvariantCulture);
                var page = hits.Skip(offset).Take(MaxPage).Select(PostView).ToList();
                var next = offset + MaxPage < hits.Count ? (offset + MaxPage).ToString(CultureInfo.InvariantCulture) : null;
                return Ok(JsonSerializer.Serialize(next is null
                    ? new Dictionary<string, object?> { ["posts"] = page, ["hitsTotal"] = hits.Count }
                    : new Dictionary<string, object?> { ["posts"] = page, ["hitsTotal"] = hits.Count, ["cursor"] = next }));
            }

            default:
                return new FakeResponse(400, """{"error":"MethodNotImplemented","message":"Method Not Implemented"}""");
        }
    }

    /// <summary>The AT URI of a world post.</summary>
    public static string Uri(WorldPost post) => $"at://did:plc:{post.Author}/app.bsky.feed.post/{post.Id}";

    private static FakeResponse Ok(string body) => FakeResponse.Json(body, new Dictionary<string, string>
    {
        ["ratelimit-limit"] = "3000",
        ["ratelimit-remaining"] = "2999",
        ["ratelimit-reset"] = PullWorld.Now.AddMinutes(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ["ratelimit-policy"] = "3000;w=300",
    });

    private static DateTimeOffset Indexed(WorldPost post) => post.CreatedAt.AddSeconds(1);

    private static string Handle(WorldPost post) => $"{post.Author}.bsky.social";

    private object Thread(WorldPost post, bool withParent, bool withReplies)
    {
        var node = new Dictionary<string, object?> { ["$type"] = "app.bsky.feed.defs#threadViewPost", ["post"] = PostView(post) };
        if (withParent && post.ParentId is { } parentId)
        {
            var parent = world.Find(parentId)!;
            node["parent"] = parent.Deleted
                ? new Dictionary<string, object?> { ["$type"] = "app.bsky.feed.defs#notFoundPost", ["uri"] = Uri(parent), ["notFound"] = true }
                : Thread(parent, withParent: true, withReplies: false);
        }

        if (withReplies)
        {
            node["replies"] = world.Posts.Where(p => p.ParentId == post.Id && !p.Deleted).Select(p => Thread(p, withParent: false, withReplies: true)).ToList();
        }

        return node;
    }

    private Dictionary<string, object?> PostView(WorldPost post)
    {
        var text = post.Mentions is { } brand ? $"@{brand}.bsky.social {post.Body}" : post.Body;
        var created = post.CreatedAt.AddDays(post.Brand is not null && post.ParentId is null ? 1 : 0); // announcement: the client clock is a day ahead
        var record = new Dictionary<string, object?>
        {
            ["$type"] = "app.bsky.feed.post",
            ["text"] = text,
            ["createdAt"] = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["langs"] = new[] { "en" },
        };
        if (post.ParentId is { } parentId)
        {
            var parent = world.Find(parentId)!;
            var root = parent;
            while (root.ParentId is { } up && world.Find(up) is { } above)
            {
                root = above;
            }

            record["reply"] = new { root = new { uri = Uri(root), cid = "bafyroot" + root.Id }, parent = new { uri = Uri(parent), cid = "bafyparent" + parent.Id } };
        }

        return new Dictionary<string, object?>
        {
            ["uri"] = Uri(post),
            ["cid"] = "bafy" + post.Id.ToString(CultureInfo.InvariantCulture),
            ["author"] = new { did = $"did:plc:{post.Author}", handle = Handle(post), displayName = post.Author },
            ["record"] = record,
            ["replyCount"] = 0,
            ["repostCount"] = 0,
            ["likeCount"] = 0,
            ["quoteCount"] = 0,
            ["indexedAt"] = Indexed(post).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["labels"] = Array.Empty<object>(),
        };
    }
}
