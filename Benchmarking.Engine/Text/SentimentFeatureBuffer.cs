namespace Benchmarking.Engine.Text;

/// <summary>
/// Scratch arrays for <see cref="SentimentFeaturizer"/>, grown on demand and reused from post to post so scoring does
/// not allocate per post. One per thread; not thread-safe.
/// </summary>
internal sealed class SentimentFeatureBuffer
{
    /// <summary>The normalised text.</summary>
    public char[] Chars { get; private set; } = [];

    /// <summary>Open-addressing table of the buckets seen in the current post (entry + 1; 0 = empty); a power of two long.</summary>
    public int[] Slots { get; private set; } = [];

    /// <summary>The slot of each entry, to empty the table after a post.</summary>
    public int[] SlotOf { get; private set; } = [];

    /// <summary>Occurrences of each entry's bucket among the word, bigram and lexicon features.</summary>
    public int[] WordCounts { get; private set; } = [];

    /// <summary>Occurrences of each entry's bucket among the character n-grams.</summary>
    public int[] CharCounts { get; private set; } = [];

    /// <summary>Distinct buckets of the last post, in the order first seen (ascending after <see cref="SentimentFeaturizer.FeaturizeSorted"/>).</summary>
    public int[] Indices { get; private set; } = [];

    /// <summary>Their weights.</summary>
    public float[] Values { get; private set; } = [];

    /// <summary>Makes room for a text of <paramref name="textLength"/> characters.</summary>
    public void EnsureCapacity(int textLength)
    {
        var chars = (3 * textLength) + 8;
        if (Chars.Length >= chars)
        {
            return;
        }

        chars = Math.Max(chars, 1024);
        Chars = new char[chars];
        var features = 3 * chars;
        Slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * features))];
        SlotOf = new int[features];
        WordCounts = new int[features];
        CharCounts = new int[features];
        Indices = new int[features];
        Values = new float[features];
    }
}
