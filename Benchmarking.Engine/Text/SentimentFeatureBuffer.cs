namespace Benchmarking.Engine.Text;

/// <summary>
/// Scratch arrays for <see cref="SentimentFeaturizer"/>, grown on demand and reused from post to post so scoring does
/// not allocate per post. One per thread; not thread-safe.
/// </summary>
internal sealed class SentimentFeatureBuffer
{
    /// <summary>The normalised text.</summary>
    public char[] Chars { get; private set; } = [];

    /// <summary>Bucket of every feature occurrence (before counting).</summary>
    public int[] Buckets { get; private set; } = [];

    /// <summary>Distinct buckets of the last post, ascending.</summary>
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
        Buckets = new int[3 * chars];
        Indices = new int[3 * chars];
        Values = new float[3 * chars];
    }
}
