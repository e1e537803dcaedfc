using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// The conversations the fake APIs serve, the same on every platform: per brand six customer mentions (Acme answers
/// four, Globex two), a brand announcement with an unanswered customer reply, and a brand reply to a mention that was
/// deleted (a reply whose parent is never seen). <see cref="AddFollowUps"/> adds newer posts for incremental pulls.
/// </summary>
public sealed class PullWorld
{
    /// <summary>The clock of the pull tests.</summary>
    public static readonly DateTimeOffset Now = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The since time of a first pull.</summary>
    public static readonly DateTimeOffset Since = new(2024, 1, 9, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Brand keys, also their X handles.</summary>
    public static readonly string[] BrandKeys = ["acme", "globex"];

    private static readonly DateTimeOffset Start = new(2024, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private readonly List<WorldPost> posts = [];
    private long nextId = 1_750_000_000_000_000_000;

    private PullWorld()
    {
    }

    /// <summary>Every post, oldest first.</summary>
    public IReadOnlyList<WorldPost> Posts => posts;

    /// <summary>The Mastodon instance of the brand accounts.</summary>
    public const string Instance = "social.example";

    /// <summary>A registry with Acme and Globex, each with a handle on X, Mastodon and Bluesky.</summary>
    public static BrandRegistry Registry { get; } = BrandRegistry.Create(
        BrandKeys.Select(k => new Brand(k, char.ToUpperInvariant(k[0]) + k[1..], "retail",
            [new BrandHandle(Platform.Twitter, k), new BrandHandle(Platform.Mastodon, $"{k}@{Instance}"), new BrandHandle(Platform.Bluesky, $"{k}.bsky.social")])),
        ["retail"]);

    /// <summary>Builds the first state of the world.</summary>
    public static PullWorld Create()
    {
        var world = new PullWorld();
        var drafts = new List<(string Key, string Author, string? Brand, DateTimeOffset At, string? Mentions, string Body, string? Parent, bool Deleted)>();
        for (var b = 0; b < BrandKeys.Length; b++)
        {
            var brand = BrandKeys[b];
            var answered = b == 0 ? 4 : 2;
            var t0 = Start.AddHours(b * 5);
            for (var i = 0; i < 6; i++)
            {
                var at = t0.AddMinutes(i * 30);
                drafts.Add(($"{brand}-m{i}", $"cust{i}", null, at, brand, $"my order {i} is late", null, false));
                if (i < answered)
                {
                    drafts.Add(($"{brand}-r{i}", brand, brand, at.AddMinutes((i + 1) * 7), null, $"@cust{i} sorry, we are on it", $"{brand}-m{i}", false));
                }
            }

            drafts.Add(($"{brand}-a", brand, brand, t0.AddHours(4), null, "New opening hours from Monday", null, false));
            drafts.Add(($"{brand}-ac", "cust9", null, t0.AddHours(4).AddMinutes(5), brand, "will you open on Sunday?", $"{brand}-a", false));
            drafts.Add(($"{brand}-d", "cust8", null, t0.AddMinutes(10), brand, "this complaint was deleted", null, true));
            drafts.Add(($"{brand}-dr", brand, brand, t0.AddMinutes(40), null, "@cust8 please DM us", $"{brand}-d", false));
        }

        world.AddDrafts(drafts);
        return world;
    }

    /// <summary>Adds, per brand, one new mention answered by the brand, an hour after <paramref name="after"/>.</summary>
    public void AddFollowUps(DateTimeOffset after)
    {
        var drafts = new List<(string, string, string?, DateTimeOffset, string?, string, string?, bool)>();
        foreach (var brand in BrandKeys)
        {
            drafts.Add(($"{brand}-f", "cust7", null, after.AddHours(1), brand, "still waiting for my refund", null, false));
            drafts.Add(($"{brand}-fr", brand, brand, after.AddHours(1).AddMinutes(20), null, "@cust7 refund sent", $"{brand}-f", false));
        }

        AddDrafts(drafts);
    }

    /// <summary>The post with an id.</summary>
    public WorldPost? Find(long id) => posts.FirstOrDefault(p => p.Id == id);

    private void AddDrafts(List<(string Key, string Author, string? Brand, DateTimeOffset At, string? Mentions, string Body, string? Parent, bool Deleted)> drafts)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var d in drafts.OrderBy(d => d.At).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            ids[d.Key] = nextId += 1000;
        }

        foreach (var d in drafts.OrderBy(d => d.At).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            posts.Add(new WorldPost(ids[d.Key], d.Author, d.Brand, d.At, d.Mentions, d.Body, d.Parent is null ? null : ids[d.Parent], d.Deleted));
        }
    }
}
