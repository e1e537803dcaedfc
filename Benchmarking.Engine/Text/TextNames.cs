namespace Benchmarking.Engine.Text;

/// <summary>Lower-case names of <see cref="Sentiment"/> and <see cref="Intent"/> as stored in <c>text_features</c>.</summary>
internal static class TextNames
{
    public static string ToName(this Sentiment sentiment) => sentiment switch
    {
        Sentiment.Negative => "negative",
        Sentiment.Neutral => "neutral",
        Sentiment.Positive => "positive",
        _ => throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "Unknown sentiment."),
    };

    public static Sentiment ParseSentiment(string name) => name switch
    {
        "negative" => Sentiment.Negative,
        "neutral" => Sentiment.Neutral,
        "positive" => Sentiment.Positive,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sentiment label; expected negative, neutral or positive."),
    };

    public static string ToName(this Intent intent) => intent switch
    {
        Intent.Other => "other",
        Intent.Question => "question",
        Intent.Complaint => "complaint",
        Intent.Praise => "praise",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, "Unknown intent."),
    };
}
