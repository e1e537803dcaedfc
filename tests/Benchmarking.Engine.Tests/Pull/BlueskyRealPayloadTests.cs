using System.Text.Json.Nodes;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>The Bluesky page reader on real AppView answers published by others (see <c>Fixtures/SOURCES.md</c>).</summary>
public sealed class BlueskyRealPayloadTests
{
    private static string Fixture(string name) => PayloadStore.Fixture("bluesky", name);

    [Fact]
    public void A_reply_is_linked_to_the_parent_its_feed_item_carries()
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Bluesky, string.Empty, ("author-feed", Fixture("lucarne-feed-reply-with-parent-and-root.json")));

        // The item's post and its parent (which is also its root: one post, read once).
        Assert.Equal((2L, 2L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(
            ["at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzpavbc2m|-|at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzpavbc2m",
             "at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzrswbc2m|at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzpavbc2m|at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzpavbc2m"],
            store.Column("concat_ws('|', post_id, coalesce(in_reply_to_id, '-'), conversation_id)"));
        Assert.Equal("1", store.Scalar("SELECT count(*) FROM posts r JOIN posts p ON p.post_id = r.in_reply_to_id"));
    }

    [Fact]
    public void An_author_shown_as_handle_invalid_is_keyed_by_its_did()
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Bluesky, string.Empty, ("thread", Fixture("lucarne-thread-handle-invalid.json")));

        Assert.Equal((4L, 4L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(
            ["did:plc:f4c6knio6nne7uogp3n4vs4b|mannyb.bsky.social", "did:plc:hank7iv3rp7wf7jttggeff2h|did:plc:hank7iv3rp7wf7jttggeff2h", "did:plc:m2jwplpernhxkzbo4ev5ljwj|vercel.com", "did:plc:nudwookqatbbk7ry3h4dt4ln|doemser.bsky.social"],
            store.Column("author_account_id || '|' || author").Order(StringComparer.Ordinal));
        Assert.Equal("0", store.Scalar("SELECT count(*) FROM posts WHERE author = 'handle.invalid'"));
    }

    [Fact]
    public void A_brand_listed_by_did_is_found_after_its_handle_changed()
    {
        var registry = BrandRegistry.Create(
            [new Brand("vercel", "Vercel", "tech", [new BrandHandle(Platform.Bluesky, "vercel-renamed.bsky.social")]) { AccountIds = [new BrandAccountId(Platform.Bluesky, "did:plc:m2jwplpernhxkzbo4ev5ljwj")] }],
            ["tech"]);
        using var store = new PayloadStore(registry);

        store.IngestPages(Platform.Bluesky, string.Empty, ("thread", Fixture("lucarne-thread-handle-invalid.json")));

        Assert.Equal(["vercel.com|vercel"], store.Column("author || '|' || brand_id", "brand_id IS NOT NULL"));
        Assert.Equal("3", store.Scalar("SELECT count(*) FROM posts WHERE brand_id IS NULL AND in_reply_to_id = 'at://did:plc:m2jwplpernhxkzbo4ev5ljwj/app.bsky.feed.post/3jwvd2i3kms2f'"));
    }

    [Fact]
    public void Reposts_quotes_images_and_media_only_posts_are_read_with_exact_accounting()
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Bluesky, string.Empty,
            ("author-feed", Fixture("lucarne-feed-repost.json")),
            ("author-feed", Fixture("lucarne-feed-quote-image-french.json")),
            ("thread", Fixture("marshalx-thread-media-only-quote.json")));

        Assert.Equal((6L, 6L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        // The quote post ("This 👇") is no reply: the quoted post is not its parent. The media-only post has empty text.
        Assert.Equal(["This 👇|-"], store.Column("text || '|' || coalesce(in_reply_to_id, '-')", "post_id = 'at://did:plc:pdcn3dkmq6t6qtan5fkxoloq/app.bsky.feed.post/3lcqs2vndsu2x'"));
        Assert.Equal([string.Empty], store.Column("text", "post_id = 'at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22'"));
        Assert.StartsWith("2️⃣ Ces dernières semaines, j’ai fait une erreur.", store.Column("text", "post_id LIKE '%3ldngeehd4s2x'").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_come_from_facets_by_did_and_hyphenated_handles_in_the_text_stay_whole()
    {
        // No published Bluesky answer with a mention facet or a hyphenated handle was found (SOURCES.md): this is the
        // real thread above with the root's text and facets changed, the rest as published.
        var thread = JsonNode.Parse(File.ReadAllText(Fixture("lucarne-thread-handle-invalid.json")))!;
        var root = thread["thread"]!["post"]!["record"]!.AsObject();
        root["text"] = "@doemser.bsky.social thanks! cc @jeremy-data.bsky.social";
        root["facets"] = JsonNode.Parse("""[{"index":{"byteStart":0,"byteEnd":20},"features":[{"$type":"app.bsky.richtext.facet#mention","did":"did:plc:nudwookqatbbk7ry3h4dt4ln"}]}]""");
        var reply = thread["thread"]!["replies"]![2]!["post"]!["record"]!.AsObject();
        reply["text"] = "thanks to @jeremy-data.bsky.social and @health-news-from-the-bay-MercNews@flipboard.com";
        var registry = BrandRegistry.Create(
            [new Brand("doemser", "Doemser", "tech", [new BrandHandle(Platform.Bluesky, "doemser-renamed.bsky.social")]) { AccountIds = [new BrandAccountId(Platform.Bluesky, "did:plc:nudwookqatbbk7ry3h4dt4ln")] }],
            ["tech"]);
        using var store = new PayloadStore(registry);

        store.IngestPages(Platform.Bluesky, string.Empty, ("thread", store.Derived("facets.json", thread)));

        // Facets are exact: the one mention facet, resolved by DID to the brand's handle (the text's "@jeremy-data…" has no facet).
        Assert.Equal(["[doemser-renamed.bsky.social]"], store.Column("CAST(mentions AS VARCHAR)", "post_id LIKE '%3jwvd2i3kms2f'"));
        // Without facets the text is read, and hyphenated handles stay whole.
        Assert.Equal(["[jeremy-data.bsky.social, health-news-from-the-bay-mercnews@flipboard.com]"], store.Column("CAST(mentions AS VARCHAR)", "post_id LIKE '%3jx4kwefiu22k'"));
    }

    [Fact]
    public void A_deleted_parent_a_feed_item_carries_is_a_deleted_post_rejection()
    {
        // The real feed item with its parent replaced by the notFoundPost view the AppView gives for a deleted post.
        var page = JsonNode.Parse(File.ReadAllText(Fixture("lucarne-feed-reply-with-parent-and-root.json")))!;
        var reply = page["feed"]![0]!["reply"]!.AsObject();
        reply["parent"] = JsonNode.Parse("""{"$type":"app.bsky.feed.defs#notFoundPost","uri":"at://did:plc:3m7whmaunxrql57w42mqubay/app.bsky.feed.post/3le7nzpavbc2m","notFound":true}""");
        reply.Remove("root");
        using var store = new PayloadStore();

        var summary = store.IngestPages(Platform.Bluesky, string.Empty, ("author-feed", store.Derived("deleted.json", page)));

        Assert.Equal((2L, 1L, 1L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(1, summary.RejectedByReason[RejectReason.DeletedPost]);
    }
}
