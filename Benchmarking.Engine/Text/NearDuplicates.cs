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
    /// <param name="maxCandidates">Most representatives compared per text (those sharing the most trigrams).</param>
    public static int[] Group(IReadOnlyList<(string Text, int Count)> texts, double threshold, int maxCandidates = 50)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var order = Enumerable.Range(0, texts.Count)
            .OrderByDescending(i => texts[i].Count).ThenBy(i => texts[i].Text, StringComparer.Ordinal).ToArray();
        var group = new int[texts.Count];
        var shingles = new HashSet<string>[texts.Count];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var overlap = new Dictionary<int, int>();
        foreach (var i in order)
        {
            var mine = shingles[i] = Shingles(texts[i].Text);
            overlap.Clear();
            foreach (var s in mine)
            {
                if (index.TryGetValue(s, out var reps))
                {
                    foreach (var r in reps)
                    {
                        overlap[r] = overlap.GetValueOrDefault(r) + 1;
                    }
                }
            }

            var best = -1;
            var bestSimilarity = 0.0;
            foreach (var (rep, shared) in overlap.OrderByDescending(o => o.Value).ThenBy(o => o.Key).Take(maxCandidates))
            {
                var similarity = shared / (double)(mine.Count + shingles[rep].Count - shared);
                if (similarity >= threshold && similarity > bestSimilarity)
                {
                    best = rep;
                    bestSimilarity = similarity;
                }
            }

            if (best >= 0)
            {
                group[i] = best;
                continue;
            }

            group[i] = i;
            foreach (var s in mine)
            {
                if (!index.TryGetValue(s, out var reps))
                {
                    index[s] = reps = [];
                }

                reps.Add(i);
            }
        }

        return group;
    }

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
}
