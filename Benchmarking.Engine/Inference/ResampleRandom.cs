using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>Streams that <see cref="CountDraws(ReadOnlySpan{ulong}, ReadOnlySpan{int}, Span{int}, int)"/> draws side by side.</summary>
    public const int Lanes = 4;

    /// <summary>
    /// Draws n = <paramref name="slots"/>.Length indices with <see cref="Next"/> from a stream seeded with
    /// <paramref name="seed"/> and counts them by slot: index j adds one to counts[slots[j]]. The same draws as calling
    /// <see cref="Next"/> n times, in a loop that keeps the state in registers; mapping each index straight to its slot
    /// (e.g. its run of equal outcomes) spares a pass that would add the counts of single indices up.
    /// </summary>
    /// <exception cref="IndexOutOfRangeException">A slot lies outside <paramref name="counts"/>.</exception>
    public static void CountDraws(ulong seed, ReadOnlySpan<int> slots, Span<int> counts)
    {
        var (x0, x1, x2, x3) = (SplitMix(ref seed), SplitMix(ref seed), SplitMix(ref seed), SplitMix(ref seed));
        CountFrom(ref x0, ref x1, ref x2, ref x3, slots.Length, slots, counts);
    }

    /// <summary>
    /// <see cref="CountDraws(ulong, ReadOnlySpan{int}, Span{int})"/> for up to <see cref="Lanes"/> streams at once: the
    /// stream of <paramref name="seeds"/>[l] counts into counts[l × <paramref name="stride"/> + slot], with exactly the
    /// draws it would make alone. With AVX2 the streams advance in the four lanes of one 256-bit vector
    /// (xoshiro256** needs only shifts, rotations, additions and exclusive ors, and Lemire's product of two 32-bit halves
    /// is one vector multiplication); a lane whose draw is rejected (rarely: with probability (2³² mod n) / 2³²) simply
    /// counts nothing at that step and makes up the draws it lacks from its own stream afterwards.
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="Lanes"/> seeds, or a stride smaller than the slots need.</exception>
    public static void CountDraws(ReadOnlySpan<ulong> seeds, ReadOnlySpan<int> slots, Span<int> counts, int stride)
    {
        if (seeds.Length > Lanes || (long)stride * seeds.Length > counts.Length)
        {
            throw new ArgumentException($"At most {Lanes} seeds, each with {stride} counters.", nameof(seeds));
        }

        if (seeds.Length < Lanes || !Avx2.IsSupported || slots.IsEmpty)
        {
            for (var l = 0; l < seeds.Length; l++)
            {
                CountDraws(seeds[l], slots, counts.Slice(l * stride, stride));
            }

            return;
        }

        Span<ulong> state = stackalloc ulong[4 * Lanes];
        for (var l = 0; l < Lanes; l++)
        {
            var seed = seeds[l];
            for (var w = 0; w < 4; w++)
            {
                state[(w * Lanes) + l] = SplitMix(ref seed);
            }
        }

        var s0 = Vector256.Create<ulong>(state[..Lanes]);
        var s1 = Vector256.Create<ulong>(state[Lanes..(2 * Lanes)]);
        var s2 = Vector256.Create<ulong>(state[(2 * Lanes)..(3 * Lanes)]);
        var s3 = Vector256.Create<ulong>(state[(3 * Lanes)..]);
        var n = slots.Length;
        var bound = Vector256.Create((ulong)n).AsUInt32();
        var threshold = Vector256.Create((ulong)(uint)((0x1_0000_0000UL - (ulong)n) % (ulong)n));
        Span<ulong> drawn = stackalloc ulong[Lanes];
        Span<int> missing = stackalloc int[Lanes];
        ref var slot = ref MemoryMarshal.GetReference(slots);
        for (var i = 0; i < n; i++)
        {
            var x = s1 + (s1 << 2);
            x = (x << 7) | (x >> 57);
            var result = x + (x << 3);
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 45) | (s3 >> 19);
            var product = Avx2.Multiply((result >> 32).AsUInt32(), bound);
            (product >> 32).CopyTo(drawn);
            var rejected = Vector256.LessThan(product & Vector256.Create(0xFFFF_FFFFUL), threshold);
            if (rejected == Vector256<ulong>.Zero)
            {
                counts[Unsafe.Add(ref slot, (nint)drawn[0])]++;
                counts[stride + Unsafe.Add(ref slot, (nint)drawn[1])]++;
                counts[(2 * stride) + Unsafe.Add(ref slot, (nint)drawn[2])]++;
                counts[(3 * stride) + Unsafe.Add(ref slot, (nint)drawn[3])]++;
                continue;
            }

            for (var l = 0; l < Lanes; l++)
            {
                if (rejected.GetElement(l) != 0)
                {
                    missing[l]++;
                }
                else
                {
                    counts[(l * stride) + Unsafe.Add(ref slot, (nint)drawn[l])]++;
                }
            }
        }

        for (var l = 0; l < Lanes; l++)
        {
            if (missing[l] > 0)
            {
                var (x0, x1, x2, x3) = (s0.GetElement(l), s1.GetElement(l), s2.GetElement(l), s3.GetElement(l));
                CountFrom(ref x0, ref x1, ref x2, ref x3, missing[l], slots, counts.Slice(l * stride, stride));
            }
        }
    }

    /// <summary>Makes <paramref name="draws"/> draws from the state (x0, x1, x2, x3) and counts them by slot.</summary>
    private static void CountFrom(ref ulong x0, ref ulong x1, ref ulong x2, ref ulong x3, int draws, ReadOnlySpan<int> slots, Span<int> counts)
    {
        var n = slots.Length;
        if (n == 0)
        {
            return;
        }

        var (a0, a1, a2, a3) = (x0, x1, x2, x3);
        var bound = (ulong)n;
        var threshold = (uint)((0x1_0000_0000UL - bound) % bound);
        ref var slot = ref MemoryMarshal.GetReference(slots);
        for (var i = 0; i < draws; i++)
        {
            ulong product;
            do
            {
                var result = BitOperations.RotateLeft(a1 * 5, 7) * 9;
                var t = a1 << 17;
                a2 ^= a0;
                a3 ^= a1;
                a1 ^= a2;
                a0 ^= a3;
                a2 ^= t;
                a3 = BitOperations.RotateLeft(a3, 45);
                product = (result >> 32) * bound;
            }
            while ((uint)product < threshold);

            // The index is below n = slots.Length, so the unchecked read stays inside slots.
            counts[Unsafe.Add(ref slot, (nint)(product >> 32))]++;
        }

        (x0, x1, x2, x3) = (a0, a1, a2, a3);
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
