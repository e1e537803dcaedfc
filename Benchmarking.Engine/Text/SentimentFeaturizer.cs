namespace Benchmarking.Engine.Text;

/// <summary>
/// Turns a post's text into the sparse feature vector of the sentiment model, identically in training (fed to ML.NET)
/// and in scoring (a dot product in <see cref="SentimentModel"/>). Specification "cb-hash-3"
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
/// <c>key(first) × 1099511628211 + key(second)</c>; a trigram's key packs its three code units into bits 0–47; a 4- or
/// 5-gram's key is FNV-1a over its code units starting from the FNV offset XOR n. The bucket is the top <c>bits</c>
/// bits of MurmurHash3's 64-bit finaliser of <c>key XOR seed</c>, with one seed per kind (word, negated word, bigram,
/// trigram, longer character n-gram, lexicon). Stable on every machine and process (never
/// <see cref="string.GetHashCode()"/>).</item>
/// <item>Weights: a bucket hit <c>n</c> times in the post by one block (character n-grams, or the rest) gets
/// <c>w (1 + ln n)</c> with w = 0.5 for character n-grams and 1 otherwise, summed when both blocks hit it; the vector
/// is scaled to unit L2 norm (an empty text gives the empty vector).</item>
/// </list>
/// Thread-safe: all state is in the caller's <see cref="SentimentFeatureBuffer"/>.
/// </summary>
internal static class SentimentFeaturizer
{
    /// <summary>Name of this specification, stored in the model file; a model of another spec is refused.</summary>
    public const string Spec = "cb-hash-3";

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
    private const ulong CharGramSeed = 0x4348_4152_4e47_0007UL;

    /// <summary>Weight of a character n-gram occurrence relative to a word, bigram or lexicon feature.</summary>
    private const double CharGramWeight = 0.5;

    /// <summary>Features of a character n-gram carry this tag in the low bits of their scratch bucket.</summary>
    private const int CharTag = 1;

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
        var buckets = buffer.Buckets;
        var n = 0;
        var shift = 64 - bits;

        // Character trigrams over STX + text + ETX.
        if (length > 0)
        {
            ulong previous = Start, current = s[0];
            for (var i = 1; i <= length; i++)
            {
                ulong next = i < length ? s[i] : End;
                buckets[n++] = Tag((previous | (current << 16) | (next << 32)) ^ TrigramSeed, shift) | CharTag;
                previous = current;
                current = next;
            }

            // 4- and 5-grams: FNV-1a over the code units (framed the same way), seeded with the length.
            for (var g = 4; g <= 5; g++)
            {
                for (var i = -1; i + g - 1 <= length; i++)
                {
                    var key = FnvOffset ^ (ulong)g;
                    for (var j = i; j < i + g; j++)
                    {
                        ulong ch = j < 0 ? Start : j >= length ? End : s[j];
                        key = (key ^ ch) * FnvPrime;
                    }

                    buckets[n++] = Tag(key ^ CharGramSeed, shift) | CharTag;
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
                buckets[n++] = Tag((ulong)(Math.Clamp((int)Math.Round(v), -4, 4) + 8) ^ LexiconSeed, shift);
                lexiconSum += v;
                lexiconHits++;
            }

            if (word)
            {
                buckets[n++] = Tag(key ^ (negated ? NegatedSeed : WordSeed), shift);
                negated = negated || IsNegator(s[start..p]);
            }
            else
            {
                buckets[n++] = Tag(key ^ WordSeed, shift);
                if (negated && EndsScope(s[start..p]))
                {
                    negated = false;
                }
            }

            if (hasPrevious)
            {
                buckets[n++] = Tag(((previousKey * FnvPrime) + key) ^ BigramSeed, shift);
            }

            previousKey = key;
            hasPrevious = true;
        }

        if (lexiconHits > 0)
        {
            buckets[n++] = Tag((ulong)(Math.Clamp((int)Math.Round(lexiconSum), -4, 4) + 32) ^ LexiconSeed, shift);
        }

        // Distinct buckets: per (bucket, block) 1 + ln(count), × the block's weight, summed over the blocks sharing a
        // bucket; then L2-normalised.
        var span = buckets.AsSpan(0, n);
        span.Sort();
        var indices = buffer.Indices;
        var values = buffer.Values;
        var count = 0;
        for (var i = 0; i < n;)
        {
            var j = i + 1;
            while (j < n && span[j] == span[i])
            {
                j++;
            }

            var value = j - i == 1 ? 1.0 : 1.0 + Math.Log(j - i);
            if ((span[i] & CharTag) != 0)
            {
                value *= CharGramWeight;
            }

            var b = span[i] >> 2;
            if (count > 0 && indices[count - 1] == b)
            {
                values[count - 1] += (float)value;
            }
            else
            {
                indices[count] = b;
                values[count] = (float)value;
                count++;
            }

            i = j;
        }

        var sumSquares = 0.0;
        for (var i = 0; i < count; i++)
        {
            sumSquares += (double)values[i] * values[i];
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

    /// <summary>The bucket shifted left by 2, leaving the low bits for the block tag (bits ≤ 24, so it fits).</summary>
    private static int Tag(ulong key, int shift) => Bucket(key, shift) << 2;

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
