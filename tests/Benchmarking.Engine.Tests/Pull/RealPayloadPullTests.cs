using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>The pull clients answered with real API payloads (see <c>Fixtures/SOURCES.md</c>) by the fake servers.</summary>
public sealed class RealPayloadPullTests
{
    [Fact]
    public void A_boost_asks_for_the_thread_of_the_boosted_status()
    {
        using var harness = new PullHarness();
        harness.Faults.Add("mastodon:statuses:acme", FakeResponse.Json(File.ReadAllText(PayloadStore.Fixture("mastodon", "mastodonpy-boost.json"))));

        harness.Pull(harness.Options(Platform.Mastodon) with { Brands = ["acme"] });

        var contexts = harness.Mastodon.Requests.Select(r => r.Path).Where(p => p.EndsWith("/context", StringComparison.Ordinal)).ToList();
        Assert.Contains("/api/v1/statuses/117020586019094258/context", contexts); // the boosted status
        Assert.DoesNotContain("/api/v1/statuses/117020586027094262/context", contexts); // not the boost's own id
    }

    [Fact]
    public void Statuses_are_paged_with_the_cursor_of_the_link_header()
    {
        using var harness = new PullHarness();
        var header = "<http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&max_id=117020580489281910>; rel=\"next\", <http://localhost:3000/api/v1/accounts/117020565966271181/statuses?limit=5&min_id=117020580518794573>; rel=\"prev\"";
        harness.Faults.Add("mastodon:statuses:acme", FakeResponse.Json(File.ReadAllText(PayloadStore.Fixture("mastodon", "mastodonpy-account-statuses-page.json")), new Dictionary<string, string> { ["Link"] = header }));

        var report = harness.Pull(harness.Options(Platform.Mastodon) with { Brands = ["acme"] });

        var pages = harness.Mastodon.Requests.Where(r => r.Path.EndsWith("/statuses", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 2);
        Assert.Equal("117020580489281910", pages[1]["max_id"]);
        var ingest = report.Summaries.Single().Ingest!;
        Assert.Equal(ingest.Read, ingest.Accepted + ingest.Rejected);
    }

    [Fact]
    public void An_error_answer_from_x_is_an_issue_and_holds_the_checkpoint_back()
    {
        using var harness = new PullHarness();
        harness.Faults.Add("x:mentions:acme", FakeResponse.Json(File.ReadAllText(PayloadStore.Fixture("x", "twitter-dart-rate-limit-exceeded-error.json"))));

        var report = harness.Pull(harness.Options(Platform.Twitter) with { Brands = ["acme"] });

        var summary = report.Summaries.Single();
        Assert.Contains(summary.Issues, i => i.StartsWith("twitter /2/tweets/search/recent (mentions): the answer is an API error, not posts (first: 'Rate limit exceeded')", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Checkpoints, c => c.Endpoint == "mentions");
        Assert.Equal(2, summary.Ingest!.ApiErrors); // the rate-limit entry, and the replies page's error about the deleted mention
        Assert.Single(summary.Ingest.Warnings);
    }

    [Fact]
    public void The_x_request_asks_for_parents_edits_long_text_and_mentioned_users()
    {
        using var harness = new PullHarness();

        harness.Pull(harness.Options(Platform.Twitter) with { Brands = ["acme"] });

        var request = harness.X.Requests.First();
        Assert.Contains("referenced_tweets.id", request["expansions"]!.Split(','));
        Assert.Contains("entities.mentions.username", request["expansions"]!.Split(','));
        Assert.Contains("note_tweet", request["tweet.fields"]!.Split(','));
        Assert.Contains("edit_history_tweet_ids", request["tweet.fields"]!.Split(','));
        Assert.Contains("withheld", request["tweet.fields"]!.Split(','));
    }
}
