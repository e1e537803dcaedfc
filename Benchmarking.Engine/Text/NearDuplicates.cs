namespace Benchmarking.Engine.Text;

/// <summary>
/// Groups normalised replies into templates: identical texts first, then near-duplicates by the Jaccard similarity of
/// their word-trigram sets (texts of fewer than three words are compared as one token). Greedy and deterministic:
/// distinct texts are visited by count descending, then text (ordinal); each joins the first earlier group whose
/// representative is at least <c>threshold</c> similar, found through an inverted index of trigrams.
/// </summary>
internal static class NearDuplicates
{
    /// <summary>The group (index of its representative in <paramref name="texts"/>) of every distinct text.</summary>
    /// <param name="texts">Distinct normalised texts with their counts.</param>
    /// <param name="threshold">Minimum Jaccard similarity, 0–1.</param>
    /// <param name="maxCandidates">Most representatives compared per text (those sharing the most trigrams, then the
    /// lowest index).</param>
    /// <remarks>
    /// Trigrams are numbered once (words, then word triples, to integers) and shared trigrams are counted in an array
    /// indexed by representative, so the inner loop neither hashes strings nor allocates.
    /// </remarks>
    public static int[] Group(IReadOnlyList<(string Text, int Count)> texts, double threshold, int maxCandidates = 50)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var order = Enumerable.Range(0, texts.Count)
            .OrderByDescending(i => texts[i].Count).ThenBy(i => texts[i].Text, StringComparer.Ordinal).ToArray();
        var group = new int[texts.Count];
        var sizes = new int[texts.Count];
        var numbering = new Numbering();
        var index = new List<List<int>?>();
        var overlap = new int[texts.Count];
        var touched = new List<int>();
        var top = new int[Math.Max(maxCandidates, 0)];
        foreach (var i in order)
        {
            var mine = numbering.Shingles(texts[i].Text);
            sizes[i] = mine.Length;
            touched.Clear();
            foreach (var s in mine)
            {
                if (s < index.Count && index[s] is { } reps)
                {
                    foreach (var r in reps)
                    {
                        if (overlap[r]++ == 0)
                        {
                            touched.Add(r);
                        }
                    }
                }
            }

            var candidates = Top(touched, overlap, maxCandidates, top);
            var best = -1;
            var bestSimilarity = 0.0;
            for (var k = 0; k < candidates; k++)
            {
                var rep = top[k];
                var shared = overlap[rep];
                var similarity = shared / (double)(mine.Length + sizes[rep] - shared);
                if (similarity >= threshold && similarity > bestSimilarity)
                {
                    best = rep;
                    bestSimilarity = similarity;
                }
            }

            foreach (var r in touched)
            {
                overlap[r] = 0;
            }

            if (best >= 0)
            {
                group[i] = best;
                continue;
            }

            group[i] = i;
            foreach (var s in mine)
            {
                while (index.Count <= s)
                {
                    index.Add(null);
                }

                (index[s] ??= []).Add(i);
            }
        }

        return group;
    }

    /// <summary>
    /// Writes to <paramref name="top"/> the first <paramref name="max"/> of <paramref name="touched"/> by shared count
    /// descending, then index ascending, in that order, and returns how many it wrote.
    /// </summary>
    private static int Top(List<int> touched, int[] overlap, int max, int[] top)
    {
        var n = 0;
        foreach (var r in touched)
        {
            var shared = overlap[r];
            if (n == max && (max == 0 || !Before(r, shared, top[n - 1], overlap)))
            {
                continue;
            }

            // Insert r after every kept entry that comes before it; the last one drops out when full.
            var k = n < max ? n++ : n - 1;
            while (k > 0 && Before(r, shared, top[k - 1], overlap))
            {
                top[k] = top[k - 1];
                k--;
            }

            top[k] = r;
        }

        return n;
    }

    private static bool Before(int r, int shared, int other, int[] overlap) =>
        shared > overlap[other] || (shared == overlap[other] && r < other);

    /// <summary>Jaccard similarity of two texts' word-trigram sets.</summary>
    public static double Similarity(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        var shared = x.Count(y.Contains);
        var union = x.Count + y.Count - shared;
        return union == 0 ? 1.0 : shared / (double)union;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < 3)
        {
            set.Add(string.Join(' ', words));
            return set;
        }

        for (var i = 0; i + 2 < words.Length; i++)
        {
            set.Add(string.Concat(words[i], " ", words[i + 1], " ", words[i + 2]));
        }

        return set;
    }

    /// <summary>
    /// Numbers words and shingles as they are met: a shingle is a word trigram, or for a text of fewer than three words
    /// the whole text (the same sets as <see cref="Shingles"/> gives, as numbers).
    /// </summary>
    private sealed class Numbering
    {
        private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
        private readonly Dictionary<(int, int, int), int> shingles = [];
        private readonly HashSet<int> seen = [];

        /// <summary>The distinct shingle numbers of <paramref name="text"/>.</summary>
        public int[] Shingles(string text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ids = new int[parts.Length];
            for (var w = 0; w < parts.Length; w++)
            {
                if (!words.TryGetValue(parts[w], out ids[w]))
                {
                    ids[w] = words[parts[w]] = words.Count;
                }
            }

            // Word numbers are >= 0, so the keys of short texts (padded with -1) never equal a trigram's.
            if (ids.Length < 3)
            {
                return [Number(ids.Length == 0 ? (-1, -1, -1) : ids.Length == 1 ? (-1, -1, ids[0]) : (-1, ids[0], ids[1]))];
            }

            seen.Clear();
            for (var w = 0; w + 2 < ids.Length; w++)
            {
                seen.Add(Number((ids[w], ids[w + 1], ids[w + 2])));
            }

            return [.. seen];
        }

        private int Number((int, int, int) key)
        {
            if (!shingles.TryGetValue(key, out var id))
            {
                id = shingles[key] = shingles.Count;
            }

            return id;
        }
    }
}
