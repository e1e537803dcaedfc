using Benchmarking.Engine.Domain;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>
/// Row accounting on every real payload of <c>Fixtures/</c>: <c>read = accepted + rejected</c>, and the API error entries
/// counted apart, with the figures each file gives.
/// </summary>
public sealed class RealPayloadAccountingTests
{
    [Theory]
    [InlineData("twarc-csv-withheld.jsonl", 254, 254, 0, 5)]
    [InlineData("twarc-csv-brexit.jsonl", 110, 110, 0, 0)]
    [InlineData("twarc-csv-edited.jsonl", 1, 1, 0, 0)]
    [InlineData("twarc-csv-edited_before.jsonl", 1, 1, 0, 0)]
    [InlineData("twarc-csv-quoted_edit.jsonl", 2, 2, 0, 0)]
    [InlineData("twarc-csv-mentions_tweet.jsonl", 1, 1, 0, 0)]
    [InlineData("tweepy-home-timeline.json", 98, 0, 98, 0)]
    [InlineData("tweepy-search-recent.json", 10, 0, 10, 0)]
    [InlineData("twitter-dart-search-recent-with-various-fields.json", 6, 0, 6, 0)]
    [InlineData("twitter-dart-lookup-home-timeline.json", 5, 5, 0, 0)]
    [InlineData("twitter-dart-rate-limit-exceeded-error.json", 0, 0, 0, 1)]
    public void X(string file, long read, long accepted, long rejected, long apiErrors)
    {
        using var store = new PayloadStore();

        var summary = store.IngestFile(PayloadStore.Fixture("x", file));

        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Equal((read, accepted, rejected, apiErrors), (summary.Read, summary.Accepted, summary.Rejected, summary.ApiErrors));
        Assert.Equal(apiErrors.ToString(System.Globalization.CultureInfo.InvariantCulture), store.Scalar("SELECT sum(api_errors) FROM sources"));
    }

    [Theory]
    [InlineData(Platform.Bluesky, "author-feed", "lucarne-feed-reply-with-parent-and-root.json", 2, 2, 0)]
    [InlineData(Platform.Bluesky, "author-feed", "lucarne-feed-repost.json", 1, 1, 0)]
    [InlineData(Platform.Bluesky, "author-feed", "lucarne-feed-quote-image-french.json", 4, 4, 0)]
    [InlineData(Platform.Bluesky, "thread", "lucarne-thread-handle-invalid.json", 4, 4, 0)]
    [InlineData(Platform.Bluesky, "thread", "marshalx-thread-media-only-quote.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-account-statuses-page.json", 5, 5, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-status-before-edit.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-status-after-edit.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-boost.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-reply-with-quote.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "statuses", "mastodonpy-reply-with-mention.json", 1, 1, 0)]
    [InlineData(Platform.Mastodon, "context", "mastodonpy-status-context.json", 0, 0, 0)]
    public void Bluesky_and_Mastodon(Platform platform, string endpoint, string file, long read, long accepted, long rejected)
    {
        using var store = new PayloadStore();

        var summary = store.IngestPages(platform, "localhost", (endpoint, PayloadStore.Fixture(platform.ToName(), file)));

        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Equal((read, accepted, rejected, 0L), (summary.Read, summary.Accepted, summary.Rejected, summary.ApiErrors));
    }
}
