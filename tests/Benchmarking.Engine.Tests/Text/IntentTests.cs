using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class IntentTests
{
    private static IReadOnlyList<Intent> Intents(string text, Sentiment sentiment, double polarity) =>
        TextFixtures.Analyzer.IntentsOf(text, new SentimentScore(sentiment, polarity));

    [Fact]
    public void A_complaint_phrased_as_a_question_is_both()
    {
        Assert.Equal([Intent.Question, Intent.Complaint], Intents("Being charged 2x month. Pls cancel everything! How?", Sentiment.Neutral, -0.2));
    }

    [Fact]
    public void A_neutral_question_is_only_a_question()
    {
        Assert.Equal([Intent.Question], Intents("what time does boarding start?", Sentiment.Neutral, 0.1));
    }

    [Fact]
    public void A_negative_post_is_a_complaint_even_with_thanks()
    {
        Assert.Equal([Intent.Complaint], Intents("thanks for nothing", Sentiment.Negative, -0.8));
    }

    [Theory]
    [InlineData("love it, thank you", Sentiment.Positive, 0.9, new[] { Intent.Praise })]
    [InlineData("ok", Sentiment.Neutral, 0.0, new[] { Intent.Other })]
    [InlineData("my order is missing", Sentiment.Neutral, 0.0, new[] { Intent.Complaint })]
    public void Single_intents(string text, Sentiment sentiment, double polarity, Intent[] expected) =>
        Assert.Equal(expected, Intents(text, sentiment, polarity));
}
