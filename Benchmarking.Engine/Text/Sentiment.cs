namespace Benchmarking.Engine.Text;

/// <summary>The polarity of a customer post, as labelled in the Twitter US Airline Sentiment set.</summary>
public enum Sentiment
{
    /// <summary>The customer is unhappy (complaint, frustration, sarcasm).</summary>
    Negative = -1,

    /// <summary>Neither (a question, information).</summary>
    Neutral = 0,

    /// <summary>The customer is happy (thanks, praise).</summary>
    Positive = 1,
}
