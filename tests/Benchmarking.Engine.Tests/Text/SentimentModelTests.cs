using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>Trains the model twice with the shipped settings (about 30 s each), for the floor and determinism tests.</summary>
public sealed class TrainedTwice
{
    public TrainedTwice()
    {
        var options = new SentimentTrainingOptions { DataPath = TestPaths.SharedData("twitter-us-airline-sentiment", "Tweets.csv") };
        First = SentimentTrainer.Train(options).Evaluation;
        Second = SentimentTrainer.Train(options).Evaluation;
    }

    public SentimentEvaluation First { get; }

    public SentimentEvaluation Second { get; }
}

public sealed class SentimentModelTests(TrainedTwice trained) : IClassFixture<TrainedTwice>
{
    [Fact]
    public void Held_out_macro_f1_is_above_the_floor()
    {
        // Measured: accuracy 0.8031, macro-F1 0.7521 on 2,961 held-out tweets (docs/text-quality.md).
        Assert.Equal(2961, trained.First.TestCount);
        Assert.True(trained.First.MacroF1 >= 0.73, $"macro-F1 {trained.First.MacroF1:0.0000} fell below the floor 0.73");
        Assert.True(trained.First.Accuracy >= 0.78, $"accuracy {trained.First.Accuracy:0.0000} fell below the floor 0.78");
    }

    [Fact]
    public void Same_seed_gives_the_same_figures()
    {
        Assert.Equal(trained.First.MacroF1, trained.Second.MacroF1);
        Assert.Equal(trained.First.Accuracy, trained.Second.Accuracy);
        Assert.Equal(trained.First.Confusion.SelectMany(r => r), trained.Second.Confusion.SelectMany(r => r));
    }

    [Fact]
    public void Split_is_by_tweet_id_hash_and_never_overlaps()
    {
        var tweets = AirlineSentimentData.Read(TestPaths.SharedData("twitter-us-airline-sentiment", "Tweets.csv"));
        var held = tweets.Where(t => AirlineSentimentData.IsHeldOut(t.TweetId, 20)).Select(t => t.TweetId).ToHashSet();

        Assert.Equal(14485, tweets.Count);
        Assert.Equal(2961, held.Count);
        Assert.True(AirlineSentimentData.IsHeldOut(held.First(), 20));
    }

    [Theory]
    [InlineData("@united worst airline ever, lost my bag and nobody helps", Sentiment.Negative)]
    [InlineData("@AppleSupport thank you so much, that fixed it! you are amazing", Sentiment.Positive)]
    [InlineData("@Delta what time does boarding start for flight 123 tomorrow", Sentiment.Neutral)]
    public void Shipped_model_reads_obvious_posts(string text, Sentiment expected) =>
        Assert.Equal(expected, TextFixtures.Model.Predict([text])[0].Sentiment);

    [Fact]
    public void Shipped_model_is_small()
    {
        Assert.True(new FileInfo(Path.Combine(TestPaths.RepoRoot, "data", "text", "sentiment-model.zip")).Length < 5 * 1024 * 1024);
    }

    [Fact]
    public void Missing_model_says_how_to_rebuild_it()
    {
        var e = Assert.Throws<TextModelException>(() => SentimentModel.Load("/nonexistent/model.zip"));
        Assert.Contains("carebench train sentiment", e.Message, StringComparison.Ordinal);
    }
}
