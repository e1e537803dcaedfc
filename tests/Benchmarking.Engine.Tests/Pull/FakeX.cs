using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// The X API v2 recent search (<c>GET /2/tweets/search/recent</c>) over the <see cref="PullWorld"/>, in the documented
/// shape (<c>data</c>, <c>includes.users</c>, <c>meta</c> with <c>newest_id</c>/<c>next_token</c>, <c>errors</c> for a deleted
/// referenced tweet), honouring <c>since_id</c>, <c>start_time</c> and <c>next_token</c> with 3 tweets a page. Answers 401
/// without the bearer token. Queries understood: <c>@brand -is:retweet</c> and <c>from:brand is:reply</c>. Fault keys:
/// <c>x:mentions:&lt;brand&gt;</c>, <c>x:replies:&lt;brand&gt;</c>.
/// </summary>
public sealed class FakeX(PullWorld world, FaultPlan faults, string token)
{
    private const int MaxPage = 3;

    /// <summary>Answers one request.</summary>
    public FakeResponse Handle(FakeRequest request)
    {
        if (request.Path != "/2/tweets/search/recent")
        {
            return new FakeResponse(404, """{"title":"Not Found Error","detail":"Not found","type":"about:blank","status":404}""");
        }

        if (request.Authorization != "Bearer " + token)
        {
            return new FakeResponse(401, """{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""");
        }

        var query = request["query"] ?? string.Empty;
        var replies = query.StartsWith("from:", StringComparison.Ordinal);
        var brand = replies ? query[5..].Split(' ')[0] : query.TrimStart('@').Split(' ')[0];
        if (faults.Take($"x:{(replies ? "replies" : "mentions")}:{brand}") is { } fault)
        {
            return fault;
        }

        var since = request["since_id"] is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : long.MinValue;
        var start = request["start_time"] is { } t ? DateTimeOffset.Parse(t, CultureInfo.InvariantCulture) : DateTimeOffset.MinValue;
        var matches = world.Posts
            .Where(p => !p.Deleted && p.Id > since && p.CreatedAt >= start)
            .Where(p => replies ? p.Brand == brand && p.ParentId is not null : p.Mentions == brand)
            .OrderByDescending(p => p.Id)
            .ToList();
        var offset = int.Parse(request["next_token"] ?? "0", CultureInfo.InvariantCulture);
        var page = matches.Skip(offset).Take(MaxPage).ToList();
        var headers = new Dictionary<string, string>
        {
            ["x-rate-limit-limit"] = "450",
            ["x-rate-limit-remaining"] = "449",
            ["x-rate-limit-reset"] = PullWorld.Now.AddMinutes(15).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        };
        if (page.Count == 0)
        {
            return FakeResponse.Json("""{"meta":{"result_count":0}}""", headers);
        }

        var meta = new Dictionary<string, object>
        {
            ["newest_id"] = Id(page[0].Id),
            ["oldest_id"] = Id(page[^1].Id),
            ["result_count"] = page.Count,
        };
        if (offset + MaxPage < matches.Count)
        {
            meta["next_token"] = (offset + MaxPage).ToString(CultureInfo.InvariantCulture);
        }

        var response = new Dictionary<string, object>
        {
            ["data"] = page.Select(Tweet).ToList(),
            ["includes"] = new { users = page.Select(p => p.Author).Distinct().Select(a => new { id = UserId(a), name = a, username = a }).ToList() },
            ["meta"] = meta,
        };
        var deleted = page.Select(p => p.ParentId is { } parent ? world.Find(parent) : null).Where(p => p is { Deleted: true }).ToList();
        if (deleted.Count > 0)
        {
            response["errors"] = deleted.Select(d => new
            {
                value = Id(d!.Id),
                detail = $"Could not find tweet with referenced_tweets.id: [{Id(d.Id)}].",
                title = "Not Found Error",
                resource_type = "tweet",
                parameter = "referenced_tweets.id",
                resource_id = Id(d.Id),
                type = "https://api.twitter.com/2/problems/resource-not-found",
            }).ToList();
        }

        return FakeResponse.Json(JsonSerializer.Serialize(response), headers);
    }

    /// <summary>The numeric user id of an author.</summary>
    public static string UserId(string author) => "77" + string.Concat(author.Select(c => ((int)c % 10).ToString(CultureInfo.InvariantCulture)));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private object Tweet(WorldPost post)
    {
        var text = post.Mentions is { } brand ? $"@{brand} {post.Body}" : post.Body;
        var tweet = new Dictionary<string, object?>
        {
            ["id"] = Id(post.Id),
            ["text"] = text,
            ["author_id"] = UserId(post.Author),
            ["created_at"] = post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["conversation_id"] = Id(Root(post).Id),
            ["edit_history_tweet_ids"] = new[] { Id(post.Id) },
        };
        if (post.ParentId is { } parentId)
        {
            var parent = world.Find(parentId)!;
            tweet["in_reply_to_user_id"] = UserId(parent.Author);
            tweet["referenced_tweets"] = new[] { new { type = "replied_to", id = Id(parentId) } };
        }

        return tweet;
    }

    private WorldPost Root(WorldPost post)
    {
        var root = post;
        while (root.ParentId is { } up && world.Find(up) is { } above)
        {
            root = above;
        }

        return root;
    }
}
