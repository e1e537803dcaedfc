namespace Benchmarking.Engine.Inference;

/// <summary>
/// Draws nonparametric bootstrap resamples (n indices uniformly with replacement from 0..n − 1) from one seeded
/// <see cref="Random"/>, so several samples can share one random stream and be resampled jointly per replicate.
/// </summary>
/// <remarks>
/// The draws depend only on the seed and the sequence of calls: <c>new Random(seed)</c> uses .NET's seeded (legacy,
/// version-stable) generator and index i of a resample is <c>Next(n)</c>, drawn in order. Not thread-safe: use one
/// sampler per thread and do the calls in a fixed order.
/// </remarks>
internal sealed class BootstrapSampler(int seed)
{
    private readonly Random random = new(seed);

    /// <summary>The seed the sampler was created with.</summary>
    public int Seed { get; } = seed;

    /// <summary>Draws <paramref name="count"/> indices in 0..<paramref name="count"/> − 1 with replacement (empty for 0).</summary>
    public int[] NextIndices(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = random.Next(count);
        }

        return indices;
    }

    /// <summary>A resample of <paramref name="sample"/> of the same size, drawn with <see cref="NextIndices"/>.</summary>
    public T[] NextResample<T>(IReadOnlyList<T> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var indices = NextIndices(sample.Count);
        var resample = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            resample[i] = sample[indices[i]];
        }

        return resample;
    }
}
