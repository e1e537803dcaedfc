using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class SentimentRecoveryTests
{
    [Theory]
    [InlineData(Sentiment.Negative, Sentiment.Positive, Recovery.Improved)]
    [InlineData(Sentiment.Negative, Sentiment.Neutral, Recovery.Improved)]
    [InlineData(Sentiment.Neutral, Sentiment.Neutral, Recovery.Same)]
    [InlineData(Sentiment.Positive, Sentiment.Negative, Recovery.Worsened)]
    [InlineData(Sentiment.Neutral, Sentiment.Negative, Recovery.Worsened)]
    public void Compare_orders_negative_neutral_positive(Sentiment mention, Sentiment followUp, Recovery expected) =>
        Assert.Equal(expected, SentimentRecovery.Compare(mention, followUp));

    [Fact]
    public void Hand_built_conversations_are_counted_per_brand()
    {
        using var store = new TestStore();
        const string t0 = "Tue Oct 31 10:00:00 +0000 2017";
        const string t1 = "Tue Oct 31 10:10:00 +0000 2017";
        const string t2 = "Tue Oct 31 10:20:00 +0000 2017";
        store.Ingest(TwcsCsv.Write(
            store.File("conversations.csv"),
            // 1: angry mention, brand reply, the customer thanks: improved.
            TwcsCsv.Row("1", "111", "True", t0, "@sprintcare my phone has had no service for three days, worst company ever"),
            TwcsCsv.Row("2", "sprintcare", "False", t1, "@111 Please send us a DM so we can fix this.", parent: "1"),
            TwcsCsv.Row("3", "111", "True", t2, "@sprintcare thank you so much, you fixed it, great help!", parent: "2"),
            // 4: happy mention, brand reply, the customer is furious: worsened.
            TwcsCsv.Row("4", "222", "True", t0, "@sprintcare love the new plan, thanks!"),
            TwcsCsv.Row("5", "sprintcare", "False", t1, "@222 Glad to hear it!", parent: "4"),
            TwcsCsv.Row("6", "222", "True", t2, "@sprintcare actually it is a terrible scam and I was overcharged, awful", parent: "5"),
            // 7: answered, but the customer never replies: no follow-up. Another customer's reply does not count.
            TwcsCsv.Row("7", "333", "True", t0, "@sprintcare my bill is wrong again, this is ridiculous"),
            TwcsCsv.Row("8", "sprintcare", "False", t1, "@333 Sorry for any inconvenience.", parent: "7"),
            TwcsCsv.Row("9", "444", "True", t2, "@sprintcare @333 same here, great service lol", parent: "8")));
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

        var sprint = Assert.Single(Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options), q => q.BrandId == "sprint");

        Assert.Equal(1, sprint.Recovery.Improved);
        Assert.Equal(1, sprint.Recovery.Worsened);
        Assert.Equal(1, sprint.Recovery.NoFollowUp);
        Assert.Equal(["6", "3"], sprint.Recovery.ExamplePostIds);
        Assert.Equal([0, 0, 1, 0, 0, 0, 1, 0, 0], sprint.Recovery.Transitions); // negative → positive, positive → negative
        Assert.Equal(3, sprint.Replies);
        Assert.Equal(1, sprint.DeflectedReplies);
        Assert.Equal(1, sprint.HedgedReplies);
    }
}
