namespace Benchmarking.Engine.Text;

/// <summary>The model's verdict on one post.</summary>
/// <param name="Sentiment">The most probable class.</param>
/// <param name="Polarity">P(positive) − P(negative), −1..1: a continuous score for averages and recovery.</param>
public readonly record struct SentimentScore(Sentiment Sentiment, double Polarity);
