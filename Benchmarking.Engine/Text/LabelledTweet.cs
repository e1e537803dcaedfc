namespace Benchmarking.Engine.Text;

/// <summary>One labelled tweet: its id, label, the labellers' confidence in it (0–1; 1 when not given), text, and whether it comes from the airline (customer-care) set.</summary>
internal sealed record LabelledTweet(string TweetId, Sentiment Label, double Confidence, string Text, bool Airline = false);
