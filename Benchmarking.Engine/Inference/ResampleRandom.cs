using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Benchmarking.Engine.Inference;

/// <summary>
/// The bootstrap's random stream: xoshiro256** (Blackman &amp; Vigna 2018) seeded by four SplitMix64 outputs from a
/// 64-bit seed, with unbiased bounded integers by Lemire's multiply-and-reject method. Fully specified here (not .NET's
/// <see cref="Random"/>), so replicates are the same on every platform and runtime version; cheaper per draw than the
/// legacy seeded <see cref="Random"/>, which matters for millions of draws per replicate. Not thread-safe.
/// </summary>
internal sealed class ResampleRandom
{
    private ulong s0, s1, s2, s3;

    /// <summary>Seeds the state: sᵢ = SplitMix64 output i + 1 starting from <paramref name="seed"/>.</summary>
    public ResampleRandom(ulong seed)
    {
        s0 = SplitMix(ref seed);
        s1 = SplitMix(ref seed);
        s2 = SplitMix(ref seed);
        s3 = SplitMix(ref seed);
    }

    /// <summary>The next 64 random bits (xoshiro256**).</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>
    /// Uniform double in the open interval (0, 1): (the high 52 bits of the next output + ½) × 2⁻⁵², so neither 0 nor 1
    /// can occur.
    /// </summary>
    public double NextDouble() => ((NextUInt64() >> 12) + 0.5) * (1.0 / (1UL << 52));

    /// <summary>
    /// Uniform integer in [0, <paramref name="n"/>): the high 32 bits x of the next output, m = x·n; accept when the
    /// low half of m is at least 2³² mod n (else draw again), and return the high half of m.
    /// </summary>
    public int Next(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        var bound = (ulong)n;
        var product = (NextUInt64() >> 32) * bound;
        var low = (uint)product;
        if (low < bound)
        {
            var threshold = (uint)((0x1_0000_0000UL - bound) % bound);
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * bound;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>
    /// Draws <paramref name="n"/> indices with <see cref="Next"/> from a stream seeded with <paramref name="seed"/> and
    /// counts them: index j &lt; <paramref name="counts"/>.Length − 1 adds one to counts[j], any other index one to the
    /// last counter. The same draws as calling <see cref="Next"/> n times, in a loop that keeps the state in registers
    /// and counts without a branch on the index (a tail of 40 % of the draws would mispredict one draw in three).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is empty or has more than n + 1 counters.</exception>
    public static void CountDraws(ulong seed, int n, Span<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (counts.IsEmpty || counts.Length > n + 1)
        {
            throw new ArgumentException("Between 1 and n + 1 counters are needed.", nameof(counts));
        }

        if (n == 0)
        {
            return;
        }

        var x0 = SplitMix(ref seed);
        var x1 = SplitMix(ref seed);
        var x2 = SplitMix(ref seed);
        var x3 = SplitMix(ref seed);
        var bound = (ulong)n;
        var threshold = (uint)((0x1_0000_0000UL - bound) % bound);
        var last = (uint)counts.Length - 1;
        ref var first = ref MemoryMarshal.GetReference(counts);
        for (var i = 0; i < n; i++)
        {
            ulong product;
            do
            {
                var result = BitOperations.RotateLeft(x1 * 5, 7) * 9;
                var t = x1 << 17;
                x2 ^= x0;
                x3 ^= x1;
                x1 ^= x2;
                x0 ^= x3;
                x2 ^= t;
                x3 = BitOperations.RotateLeft(x3, 45);
                product = (result >> 32) * bound;
            }
            while ((uint)product < threshold);

            // k = min(j, last) by bit arithmetic (the JIT keeps a branch for Math.Min in a loop); k ≤ last, so the
            // unchecked access stays inside counts. j and last are below 2³¹, so last − j is negative exactly when j > last.
            var j = (uint)(product >> 32);
            var beyond = (uint)((int)(last - j) >> 31);
            var k = j ^ ((j ^ last) & beyond);
            Unsafe.Add(ref first, (nint)k)++;
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
