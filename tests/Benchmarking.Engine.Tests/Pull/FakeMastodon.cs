using System.Globalization;
using System.Text.Json;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// A Mastodon instance's public REST API over the <see cref="PullWorld"/>, in the documented shapes: account lookup,
/// account statuses (newest first; <c>since_id</c>, <c>max_id</c>, <c>limit</c> honoured, at most 3 per page so paging is
/// exercised), status context (ancestors, descendants), and v2 search. Fault keys: <c>mastodon:statuses:&lt;brand&gt;</c>,
/// <c>mastodon:context:&lt;id&gt;</c>, <c>mastodon:search:&lt;brand&gt;</c>.
/// </summary>
public sealed class FakeMastodon(PullWorld world, FaultPlan faults)
{
    private const int MaxPage = 3;

    /// <summary>Answers one request.</summary>
    public FakeResponse Handle(FakeRequest request)
    {
        var path = request.Path;
        if (path == "/api/v1/accounts/lookup")
        {
            var acct = request["acct"] ?? string.Empty;
            var index = Array.IndexOf(PullWorld.BrandKeys, acct);
            return index < 0
                ? new FakeResponse(404, """{"error":"Record not found"}""")
                : Ok(JsonSerializer.Serialize(Account(acct, (index + 1).ToString(CultureInfo.InvariantCulture))));
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is ["api", "v1", "accounts", var accountId, "statuses"])
        {
            var brand = PullWorld.BrandKeys[int.Parse(accountId, CultureInfo.InvariantCulture) - 1];
            return faults.Take($"mastodon:statuses:{brand}") ?? Page(request, world.Posts.Where(p => p.Brand == brand && !p.Deleted), p => Status(p)) switch { var json => Ok(json) };
        }

        if (parts is ["api", "v1", "statuses", var statusId, "context"])
        {
            if (faults.Take($"mastodon:context:{statusId}") is { } fault)
            {
                return fault;
            }

            var status = world.Find(long.Parse(statusId, CultureInfo.InvariantCulture));
            if (status is null || status.Deleted)
            {
                return new FakeResponse(404, """{"error":"Record not found"}""");
            }

            var ancestors = new List<WorldPost>();
            for (var parent = status.ParentId is { } p ? world.Find(p) : null; parent is { Deleted: false }; parent = parent.ParentId is { } q ? world.Find(q) : null)
            {
                ancestors.Insert(0, parent);
            }

            var descendants = world.Posts.Where(p => p.ParentId == status.Id && !p.Deleted).ToList();
            return Ok(JsonSerializer.Serialize(new { ancestors = ancestors.Select(Status), descendants = descendants.Select(Status) }));
        }

        if (path == "/api/v2/search")
        {
            var brand = (request["q"] ?? string.Empty).TrimStart('@').Split('@')[0];
            if (faults.Take($"mastodon:search:{brand}") is { } fault)
            {
                return fault;
            }

            var statuses = Page(request, world.Posts.Where(p => p.Mentions == brand && !p.Deleted), Status);
            return Ok($$"""{"accounts":[],"statuses":{{statuses}},"hashtags":[]}""");
        }

        return new FakeResponse(404, """{"error":"Not found"}""");
    }

    private static FakeResponse Ok(string body) => FakeResponse.Json(body, new Dictionary<string, string>
    {
        ["X-RateLimit-Limit"] = "300",
        ["X-RateLimit-Remaining"] = "299",
        ["X-RateLimit-Reset"] = PullWorld.Now.AddMinutes(5).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    });

    private static string Page(FakeRequest request, IEnumerable<WorldPost> source, Func<WorldPost, object> render)
    {
        var since = request["since_id"] is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : long.MinValue;
        var max = request["max_id"] is { } m ? long.Parse(m, CultureInfo.InvariantCulture) : long.MaxValue;
        var limit = Math.Min(MaxPage, int.Parse(request["limit"] ?? "20", CultureInfo.InvariantCulture));
        var page = source.Where(p => p.Id > since && p.Id < max).OrderByDescending(p => p.Id).Take(limit).Select(render);
        return JsonSerializer.Serialize(page);
    }

    private static object Account(string name, string id) => new
    {
        id,
        username = name,
        acct = name,
        display_name = name,
        url = $"https://{PullWorld.Instance}/@{name}",
    };

    private object Status(WorldPost post)
    {
        var isBrand = post.Brand is not null;
        var acct = isBrand ? post.Author : $"{post.Author}@other.example";
        var mentionUrl = post.Mentions is { } brand ? $"https://{PullWorld.Instance}/@{brand}" : null;
        var mention = mentionUrl is null ? string.Empty : $"""<span class="h-card" translate="no"><a href="{mentionUrl}" class="u-url mention">@<span>{post.Mentions}</span></a></span> """;
        var parent = post.ParentId is { } p ? world.Find(p) : null;
        return new Dictionary<string, object?>
        {
            ["id"] = post.Id.ToString(CultureInfo.InvariantCulture),
            ["created_at"] = post.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["in_reply_to_id"] = post.ParentId?.ToString(CultureInfo.InvariantCulture),
            ["in_reply_to_account_id"] = parent is null ? null : (parent.Brand is null ? "9" + parent.Author[4..] : "1"),
            ["sensitive"] = false,
            ["spoiler_text"] = string.Empty,
            ["visibility"] = "public",
            ["language"] = "en",
            ["uri"] = $"https://{PullWorld.Instance}/users/{post.Author}/statuses/{post.Id}",
            ["url"] = $"https://{PullWorld.Instance}/@{acct}/{post.Id}",
            ["replies_count"] = 0,
            ["reblogs_count"] = 0,
            ["favourites_count"] = 0,
            ["content"] = $"<p>{mention}{System.Net.WebUtility.HtmlEncode(post.Body)}</p>",
            ["reblog"] = null,
            ["account"] = Account(acct, isBrand ? "1" : "9" + post.Author[4..]),
            ["mentions"] = post.Mentions is { } b ? new[] { new { id = "1", username = b, url = mentionUrl, acct = b } } : Array.Empty<object>(),
            ["media_attachments"] = Array.Empty<object>(),
            ["tags"] = Array.Empty<object>(),
            ["emojis"] = Array.Empty<object>(),
        };
    }
}
