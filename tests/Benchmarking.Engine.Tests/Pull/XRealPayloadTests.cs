using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>The X API v2 reader on real responses published by others (see <c>Fixtures/SOURCES.md</c>).</summary>
public sealed class XRealPayloadTests
{
    private static string Fixture(string name) => PayloadStore.Fixture("x", name);

    [Fact]
    public void Replies_are_linked_to_parents_that_only_includes_tweets_carries()
    {
        using var store = new PayloadStore();

        var withheld = store.IngestFile(Fixture("twarc-csv-withheld.jsonl"));
        var brexit = store.IngestFile(Fixture("twarc-csv-brexit.jsonl"));

        // 215 tweets in data plus the 39 distinct parents found only in includes.tweets; 100 + 10 for brexit.
        Assert.Equal((254L, 254L, 0L), (withheld.Read, withheld.Accepted, withheld.Rejected));
        Assert.Equal((110L, 110L, 0L), (brexit.Read, brexit.Accepted, brexit.Rejected));
        // Of the 62 replies in withheld.jsonl, 42 now have their parent stored (1 before: the others' parents were only in includes).
        Assert.Equal("42/62", Linked(store, Fixture("twarc-csv-withheld.jsonl")));
        Assert.Equal("10/10", Linked(store, Fixture("twarc-csv-brexit.jsonl")));
    }

    [Fact]
    public void Error_entries_are_counted_as_api_errors_not_as_rejected_posts()
    {
        using var store = new PayloadStore();

        var summary = store.IngestFile(Fixture("twarc-csv-withheld.jsonl"));

        // 2 deleted referenced tweets and 3 suspended mentioned users: none of them is a post of the page.
        Assert.Equal(5, summary.ApiErrors);
        Assert.Equal(0, summary.RejectedByReason.GetValueOrDefault(RejectReason.DeletedPost));
        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Empty(summary.Warnings);
        Assert.Equal("read 254 = accepted 254 + rejected 0; 5 API error entries (not posts)", summary.AccountingLine);
        Assert.Equal("5", store.Scalar("SELECT sum(api_errors) FROM sources"));
    }

    [Fact]
    public void A_response_that_is_only_an_error_is_warned_about_and_reads_nothing()
    {
        using var store = new PayloadStore();

        var summary = store.IngestFile(Fixture("twitter-dart-rate-limit-exceeded-error.json"));

        Assert.Equal((0L, 0L, 0L, 1L), (summary.Read, summary.Accepted, summary.Rejected, summary.ApiErrors));
        var warning = Assert.Single(summary.Warnings);
        Assert.Contains("the response is an API error, not posts (1 error entry, first: 'Rate limit exceeded')", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Withheld_substitute_text_is_not_stored_and_mentions_nobody()
    {
        using var store = new PayloadStore();

        store.IngestFile(Fixture("twarc-csv-withheld.jsonl"));

        // 11 tweets withheld with scope "user" carry X's sentence "@irshad_rathi's account has been withheld in India …".
        var withheldIds = "'1404396331897085955', '1404393119253250054', '1404392948771561479', '1404392933915201544', '1404392676510814211', '1404392575235145734', '1404388728617975811', '1404377210786652163', '1404376638620684288', '1404376139158675469', '1404374446257934336'";
        Assert.All(store.Column("text || '|' || len(mentions)", $"post_id IN ({withheldIds})"), v => Assert.Equal("|0", v));
        Assert.Equal("0", store.Scalar("SELECT count(*) FROM posts WHERE list_contains(mentions, 'irshad_rathi') OR list_contains(mentions, 'chandiajamil')"));
        // Withheld in some countries only (no user scope): the author's own words, kept.
        Assert.StartsWith("When the pandemic first hit", store.Column("text", "post_id = '1388424788171841537'").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_are_decoded()
    {
        using var store = new PayloadStore();

        store.IngestFile(Fixture("twarc-csv-withheld.jsonl"));

        Assert.Equal("0", store.Scalar("SELECT count(*) FROM posts WHERE text LIKE '%&amp;%' OR text LIKE '%&gt;%' OR text LIKE '%&lt;%'"));
        Assert.NotEqual("0", store.Scalar("SELECT count(*) FROM posts WHERE text LIKE '%&%'"));
    }

    [Fact]
    public void An_edited_tweet_is_stored_once_under_its_first_id_with_its_latest_text()
    {
        using var store = new PayloadStore();

        // Requested by the latest id, by the first id, and as the parent of a reply to the latest version.
        var latest = store.IngestFile(Fixture("twarc-csv-edited.jsonl"));
        var first = store.IngestFile(Fixture("twarc-csv-edited_before.jsonl"));
        var reply = store.IngestFile(Fixture("twarc-csv-quoted_edit.jsonl"));

        Assert.Equal((1L, 1L), (latest.Read, latest.NewPosts));
        Assert.Equal((1L, 1L), (first.Read, first.AlreadyStored));
        Assert.Equal((2L, 1L, 1L), (reply.Read, reply.NewPosts, reply.AlreadyStored));
        Assert.Equal(
            ["1576994746135764992|wongmjane|hey :) https://t.co/rnwEIoNuqd|2022-10-03 17:57:01|2022-10-03 17:57:11|1576994746135764992|-", "1576995594388000768|dappdavid99|@wongmjane Test \nhttps://t.co/rBFwqjVr6B|2022-10-03 18:00:23|-|1576994746135764992|1576994746135764992"],
            store.Column("concat_ws('|', post_id, author, text, created_at, coalesce(CAST(edited_at AS VARCHAR), '-'), conversation_id, coalesce(in_reply_to_id, '-'))"));
    }

    [Fact]
    public void Another_version_of_an_edited_tweet_in_the_same_response_is_rejected_as_an_edit_version()
    {
        using var store = new PayloadStore();
        // The real edited.jsonl with both versions in data (as a search could return them): the post is kept once.
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Fixture("twarc-csv-edited.jsonl")))!.AsObject();
        document["data"]!.AsArray().Add(document["includes"]!["tweets"]![0]!.DeepClone());

        var summary = store.IngestFile(store.Derived("edited-both.json", document));

        Assert.Equal((2L, 1L, 1L), (summary.Read, summary.NewPosts, summary.Rejected));
        Assert.Equal(1, summary.RejectedByReason[RejectReason.EditVersion]);
        Assert.Equal(["hey :) https://t.co/rnwEIoNuqd"], store.Column("text"));
    }

    [Fact]
    public void A_page_requested_without_author_and_time_fields_is_rejected_with_a_hint_not_as_empty_authors()
    {
        using var store = new PayloadStore();

        var summary = store.IngestFile(Fixture("tweepy-home-timeline.json"));

        Assert.Equal((98L, 0L, 98L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.Equal(98, summary.RejectedByReason[RejectReason.FieldsNotRequested]);
        Assert.Equal(0, summary.RejectedByReason.GetValueOrDefault(RejectReason.EmptyAuthor));
        Assert.Equal("data[0].author_id", summary.FirstRejects[0].Column);
        Assert.Contains("tweet.fields=author_id,created_at", RejectReason.FieldsNotRequested.Fix(), StringComparison.Ordinal);
        var warning = Assert.Single(summary.Warnings); // one hint for the response, not only a reason per row
        Assert.Contains("the response was requested without tweet.fields=author_id,created_at: none of its 98 tweet(s) has them", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_authors_in_includes_users_is_read_whole()
    {
        using var store = new PayloadStore();

        var summary = store.IngestFile(Fixture("twitter-dart-lookup-home-timeline.json"));

        Assert.Equal((5L, 5L, 0L), (summary.Read, summary.Accepted, summary.Rejected));
        Assert.All(store.Column("author || '|' || author_account_id"), a => Assert.Equal("TwitterDev|2244994945", a));
    }

    [Fact]
    public void Mentions_and_authors_are_matched_by_user_id_so_a_renamed_brand_is_still_found()
    {
        // The registry knows the brand under a new handle, and by its user id.
        var registry = BrandRegistry.Create([new Brand("mj", "MJ", "retail", [new BrandHandle(Platform.Twitter, "mj_renamed")]) { AccountIds = [new BrandAccountId(Platform.Twitter, "337119125")] }], ["retail"]);
        using var store = new PayloadStore(registry);

        store.IngestFile(Fixture("twarc-csv-quoted_edit.jsonl"));

        Assert.Equal(
            ["1576994746135764992|wongmjane|mj|-", "1576995594388000768|dappdavid99|-|[mj_renamed]"],
            store.Column("concat_ws('|', post_id, author, coalesce(brand_id, '-'), coalesce(CAST(mentions AS VARCHAR), '-'))"));
    }

    [Fact]
    public void A_long_post_is_read_from_note_tweet()
    {
        // No published response with a note_tweet was found (SOURCES.md); this is the real edited.jsonl with one field added.
        using var store = new PayloadStore();
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Fixture("twarc-csv-edited.jsonl")))!.AsObject();
        document["data"]![0]!["note_tweet"] = new System.Text.Json.Nodes.JsonObject { ["text"] = "hey :) the whole long text &amp; more" };

        store.IngestFile(store.Derived("note.json", document));

        Assert.Equal(["hey :) the whole long text & more"], store.Column("text"));
    }

    /// <summary>"linked/replies": replies in the fixture's data whose stored parent exists in the store.</summary>
    private static string Linked(PayloadStore store, string fixture)
    {
        var replies = File.ReadLines(fixture)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("data").EnumerateArray()
                .Where(t => t.TryGetProperty("referenced_tweets", out var r) && r.EnumerateArray().Any(x => x.GetProperty("type").GetString() == "replied_to"))
                .Select(t => t.GetProperty("id").GetString()!).ToList())
            .SelectMany(x => x)
            .ToList();
        var ids = string.Join(",", replies.Select(r => $"'{r}'"));
        var linked = store.Scalar($"SELECT count(*) FROM posts r JOIN posts p ON p.platform = r.platform AND p.post_id = r.in_reply_to_id WHERE r.post_id IN ({ids})");
        return $"{linked}/{replies.Count}";
    }
}
