using System.Numerics;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Turns a post's text into the sparse feature vector of the sentiment model, identically in training (fed to ML.NET)
/// and in scoring (a dot product in <see cref="SentimentModel"/>). Specification "cb-hash-4"
/// (<c>docs/text-quality.md</c> § Sentiment model):
/// <list type="number">
/// <item>Normalisation, one pass, no regular expressions: <c>&amp;amp;</c>, <c>&amp;gt;</c>, <c>&amp;lt;</c> decoded;
/// a URL (<c>http://</c> or <c>https://</c>, ASCII case ignored, up to the next white space) and an @handle (<c>@</c>
/// followed by ASCII letters, digits or <c>_</c>) are removed (they act as white space), so a prediction does not
/// depend on whether or where a post addresses someone or links; every other character is lower-cased with the
/// invariant culture, and a character other than a digit repeated more than twice in a row is kept twice ("sooo" → "soo"); runs of white
/// space become one space, none at either end.</item>
/// <item>Words: maximal runs of letters, digits, <c>'</c>, <c>#</c> and <c>_</c>; every other non-space character run
/// (punctuation, emoji) is a word of its own. Features: each word and each pair of adjacent words. Negation scope: a
/// word after a negator (<c>not</c>, <c>no</c>, <c>never</c>, <c>cannot</c>, a word ending in <c>n't</c>, …) up to the
/// next run holding <c>. , ; : ! ?</c> is hashed as a negated word (its own seed), so "not good" and "good" differ.</item>
/// <item>Character 3-, 4- and 5-grams of the normalised text framed by U+0002 and U+0003 (the whole text, spaces
/// included), each occurrence weighted 0.5 against a word feature.</item>
/// <item>Hashing into 2^bits buckets: a word's key is 64-bit FNV-1a over its UTF-16 code units; a bigram's key is
/// <c>key(first) × 1099511628211 + key(second)</c>; a trigram's key packs its three code units into bits 0–47, a
/// 4-gram's into bits 0–63 (one rolling window); a 5-gram's key is <c>(key(last four) XOR seed) × 1099511628211 +
/// first unit</c>. The bucket is the top <c>bits</c> bits of MurmurHash3's 64-bit finaliser of <c>key XOR seed</c>,
/// with one seed per kind (word, negated word, bigram, trigram, 4-gram, 5-gram, lexicon). Stable on every machine and process (never
/// <see cref="string.GetHashCode()"/>).</item>
/// <item>Weights: a bucket hit <c>n</c> times in the post by one block (character n-grams, or the rest) gets
/// <c>w (1 + ln n)</c> with w = 0.5 for character n-grams and 1 otherwise, summed when both blocks hit it; the vector
/// is scaled to unit L2 norm (an empty text gives the empty vector). Hits are counted in a per-post hash table, so
/// the features come out in the order first seen (<see cref="FeaturizeSorted"/> for ascending buckets).</item>
/// </list>
/// Thread-safe: all state is in the caller's <see cref="SentimentFeatureBuffer"/>.
/// </summary>
internal static class SentimentFeaturizer
{
    /// <summary>Name of this specification, stored in the model file; a model of another spec is refused.</summary>
    public const string Spec = "cb-hash-4";

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong WordSeed = 0x5157_4f52_4431_0001UL;
    private const ulong BigramSeed = 0x4249_4752_414d_0002UL;
    private const ulong TrigramSeed = 0x4348_4152_3347_0003UL;
    private const ulong NegatedSeed = 0x4e45_4741_5445_0004UL;
    private const ulong LexiconSeed = 0x4c45_5849_434f_0006UL;
    private const double NegationDamping = 0.74;
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const ulong FourGramSeed = 0x4348_4152_3447_0007UL;
    private const ulong FiveGramSeed = 0x4348_4152_3547_0008UL;

    /// <summary>Weight of a character n-gram occurrence relative to a word, bigram or lexicon feature.</summary>
    internal const float CharGramWeight = 0.5f;

    private const int WordBlock = 0;
    private const int CharBlock = 1;

    /// <summary>
    /// Fills <paramref name="buffer"/> with the post's features: <see cref="SentimentFeatureBuffer.Indices"/> (ascending
    /// bucket numbers, distinct) and <see cref="SentimentFeatureBuffer.Values"/>; returns how many.
    /// </summary>
    public static int Featurize(ReadOnlySpan<char> text, int bits, SentimentFeatureBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.EnsureCapacity(text.Length);
        var normalized = buffer.Chars;
        var length = Normalize(text, normalized);
        var s = normalized.AsSpan(0, length);
        var shift = 64 - bits;
        var counts = new Counter(buffer);

        // Character 3-, 4- and 5-grams over STX + text + ETX, keyed by one rolling window of the last four code units.
        if (length > 0)
        {
            ulong window = Start, fifthBack = 0;
            for (var j = 1; j <= length + 1; j++)
            {
                ulong c = j <= length ? s[j - 1] : End;
                if (j >= 4)
                {
                    // The code unit that leaves the 4-unit window is the first of the 5-gram ending here.
                    fifthBack = window >> 48;
                }

                window = (window << 16) | c;
                if (j >= 2)
                {
                    counts.Add(Bucket((window & 0xFFFF_FFFF_FFFFUL) ^ TrigramSeed, shift), CharBlock);
                }

                if (j >= 3)
                {
                    counts.Add(Bucket(window ^ FourGramSeed, shift), CharBlock);
                }

                if (j >= 4)
                {
                    counts.Add(Bucket(((window ^ FiveGramSeed) * FnvPrime) + fifthBack, shift), CharBlock);
                }
            }
        }

        // Words (negated within a negation scope) and adjacent pairs.
        var hasPrevious = false;
        var previousKey = 0UL;
        var negated = false;
        var lexiconSum = 0.0;
        var lexiconHits = 0;
        var p = 0;
        while (p < length)
        {
            var c = s[p];
            if (c == ' ')
            {
                p++;
                continue;
            }

            var word = IsWordChar(c);
            var key = FnvOffset;
            var start = p;
            while (p < length && s[p] != ' ' && IsWordChar(s[p]) == word)
            {
                key = (key ^ s[p]) * FnvPrime;
                p++;
            }

            if (SentimentLexicon.TryGet(key, out var valence))
            {
                var v = negated && word ? -NegationDamping * valence : valence;
                counts.Add(Bucket((ulong)(Math.Clamp((int)Math.Round(v), -4, 4) + 8) ^ LexiconSeed, shift), WordBlock);
                lexiconSum += v;
                lexiconHits++;
            }

            if (word)
            {
                counts.Add(Bucket(key ^ (negated ? NegatedSeed : WordSeed), shift), WordBlock);
                negated = negated || IsNegator(s[start..p]);
            }
            else
            {
                counts.Add(Bucket(key ^ WordSeed, shift), WordBlock);
                if (negated && EndsScope(s[start..p]))
                {
                    negated = false;
                }
            }

            if (hasPrevious)
            {
                counts.Add(Bucket(((previousKey * FnvPrime) + key) ^ BigramSeed, shift), WordBlock);
            }

            previousKey = key;
            hasPrevious = true;
        }

        if (lexiconHits > 0)
        {
            counts.Add(Bucket((ulong)(Math.Clamp((int)Math.Round(lexiconSum), -4, 4) + 32) ^ LexiconSeed, shift), WordBlock);
        }

        return counts.Finish();
    }

    /// <summary>
    /// <see cref="Featurize"/> with the features in ascending bucket order, as ML.NET's sparse vectors need them (the
    /// values are the same; scoring does not need the order).
    /// </summary>
    public static int FeaturizeSorted(ReadOnlySpan<char> text, int bits, SentimentFeatureBuffer buffer)
    {
        var count = Featurize(text, bits, buffer);
        Array.Sort(buffer.Indices, buffer.Values, 0, count);
        return count;
    }

    /// <summary>Writes the normalised text (step 1 of the spec) into <paramref name="destination"/>; returns its length.</summary>
    /// <remarks><paramref name="destination"/> needs 3 × the text's length + 8 characters (a 2-character handle becomes 5).</remarks>
    public static int Normalize(ReadOnlySpan<char> text, char[] destination)
    {
        var length = 0;
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            if (c == '&')
            {
                var rest = text[i..];
                if (rest.StartsWith("&amp;", StringComparison.Ordinal))
                {
                    Put('&', 5);
                    continue;
                }

                if (rest.StartsWith("&gt;", StringComparison.Ordinal))
                {
                    Put('>', 4);
                    continue;
                }

                if (rest.StartsWith("&lt;", StringComparison.Ordinal))
                {
                    Put('<', 4);
                    continue;
                }
            }
            else if (c is 'h' or 'H' && IsUrlStart(text[i..], out var scheme))
            {
                i += scheme;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                space = true;
                continue;
            }
            else if (c == '@' && i + 1 < text.Length && IsHandleChar(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && IsHandleChar(text[i]))
                {
                    i++;
                }

                space = true;
                continue;
            }

            Put(c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : char.ToLowerInvariant(c), 1);
        }

        return length;

        void Put(char value, int consumed)
        {
            i += consumed;
            if (space && length > 0)
            {
                destination[length++] = ' ';
            }
            else if (!space && length >= 2 && !char.IsAsciiDigit(value) && destination[length - 1] == value && destination[length - 2] == value)
            {
                return;
            }

            space = false;
            destination[length++] = value;
        }
    }

    /// <summary>The key of a word: 64-bit FNV-1a over its UTF-16 code units (the lexicon is keyed by it too).</summary>
    internal static ulong WordKey(ReadOnlySpan<char> word)
    {
        var key = FnvOffset;
        foreach (var c in word)
        {
            key = (key ^ c) * FnvPrime;
        }

        return key;
    }

    /// <summary>True for a word that opens a negation scope.</summary>
    private static bool IsNegator(ReadOnlySpan<char> word) =>
        word is "not" or "no" or "never" or "cannot" or "nothing" or "nobody" or "none" or "nor" or "neither" or "nowhere"
            or "cant" or "dont" or "wont" or "didnt" or "doesnt" or "isnt" or "wasnt" or "arent" or "havent" or "hasnt" or "couldnt" or "wouldnt" or "shouldnt"
        || word.EndsWith("n't") || word.EndsWith("n\u2019t");

    /// <summary>True for a punctuation run that closes a negation scope.</summary>
    private static bool EndsScope(ReadOnlySpan<char> run) => run.IndexOfAny(".,;:!?") >= 0;

    private static bool IsUrlStart(ReadOnlySpan<char> text, out int scheme)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            scheme = 7;
            return true;
        }

        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            scheme = 8;
            return true;
        }

        scheme = 0;
        return false;
    }

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019' or '#' or '_';

    /// <summary>
    /// Counts the occurrences of each bucket per block in an open-addressing table (linear probing) instead of sorting
    /// them, then writes each distinct bucket once, in the order first seen, with its weight, L2-normalised.
    /// </summary>
    private ref struct Counter(SentimentFeatureBuffer buffer)
    {
        private readonly int[] slots = buffer.Slots;
        private readonly int[] indices = buffer.Indices;
        private readonly int[] wordCounts = buffer.WordCounts;
        private readonly int[] charCounts = buffer.CharCounts;
        private readonly int[] slotOf = buffer.SlotOf;
        private readonly int slotShift = 32 - BitOperations.Log2((uint)buffer.Slots.Length);
        private int count;

        public void Add(int bucket, int block)
        {
            var slot = (int)(((uint)bucket * 0x9E3779B1u) >> slotShift);
            var mask = slots.Length - 1;
            while (true)
            {
                var entry = slots[slot] - 1;
                if (entry < 0)
                {
                    slots[slot] = count + 1;
                    slotOf[count] = slot;
                    indices[count] = bucket;
                    wordCounts[count] = block == WordBlock ? 1 : 0;
                    charCounts[count] = block == CharBlock ? 1 : 0;
                    count++;
                    return;
                }

                if (indices[entry] == bucket)
                {
                    if (block == WordBlock)
                    {
                        wordCounts[entry]++;
                    }
                    else
                    {
                        charCounts[entry]++;
                    }

                    return;
                }

                slot = (slot + 1) & mask;
            }
        }

        /// <summary>Writes the weights, empties the table for the next post and returns the number of features.</summary>
        public readonly int Finish()
        {
            var values = buffer.Values;
            var sumSquares = 0.0;
            for (var i = 0; i < count; i++)
            {
                var value = Weight(wordCounts[i]) + (CharGramWeight * Weight(charCounts[i]));
                values[i] = value;
                sumSquares += (double)value * value;
                slots[slotOf[i]] = 0;
            }

            if (count > 0)
            {
                var scale = (float)(1.0 / Math.Sqrt(sumSquares));
                for (var i = 0; i < count; i++)
                {
                    values[i] *= scale;
                }
            }

            return count;
        }

        private static float Weight(int n) => n switch
        {
            0 => 0f,
            1 => 1f,
            _ => (float)(1.0 + Math.Log(n)),
        };
    }

    private static int Bucket(ulong key, int shift)
    {
        // MurmurHash3 fmix64.
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        key *= 0xc4ceb3fe1a85ec53UL;
        key ^= key >> 33;
        return (int)(key >> shift);
    }
}
