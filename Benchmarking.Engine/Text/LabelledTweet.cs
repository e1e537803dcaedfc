namespace Benchmarking.Engine.Text;

/// <summary>One row of the Twitter US Airline Sentiment set: its id, crowd label, the crowd's confidence in it (0–1) and text.</summary>
internal sealed record LabelledTweet(string TweetId, Sentiment Label, double Confidence, string Text);
