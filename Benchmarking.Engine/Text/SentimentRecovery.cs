namespace Benchmarking.Engine.Text;

/// <summary>The one definition of sentiment recovery: compare the classes on the order negative &lt; neutral &lt; positive.</summary>
internal static class SentimentRecovery
{
    public static Recovery Compare(Sentiment mention, Sentiment followUp) =>
        (Recovery)Math.Sign((int)followUp - (int)mention);
}
