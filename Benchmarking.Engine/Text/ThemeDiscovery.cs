using System.Text;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Recurring issues discovered from the inbound text of every brand, beside the keyword themes of the rules file: word
/// bigrams and trigrams, each counted once per mention, ranked per brand by how much more often its customers use them
/// than the customers of every other brand (<c>docs/text-quality.md</c>).
/// </summary>
/// <remarks>
/// <para><b>Tokens.</b> HTML entities decoded; URLs, @handles and #hashtag marks removed; lower case; a token is a run of
/// letters, digits and inner apostrophes; tokens that are only digits become <c>#</c>. A phrase is 2 or 3 consecutive
/// tokens whose first and last tokens are not stop words (<see cref="StopWords"/>) nor <c>#</c>: "waste of time" counts,
/// "of the" does not.</para>
/// <para><b>Distinctiveness</b> (Monroe, Colaresi &amp; Quinn 2008, log-odds with an informative Dirichlet prior):
/// with y the brand's mentions containing the phrase, n its mentions, y′ and n′ the same over every other brand, a the
/// prior α₀ × (y + y′) ÷ (n + n′) with α₀ = 100, δ = ln((y + a) ÷ (n + α₀ − y − a)) − ln((y′ + a) ÷ (n′ + α₀ − y′ − a))
/// and z = δ ÷ √(1 ÷ (y + a) + 1 ÷ (y′ + a)). A phrase is kept when y ≥ <see cref="MinMentions"/> and z ≥ 1.96; the top
/// ones by z (then count, then phrase, ordinal) are reported, skipping a phrase that shares a bigram with one already
/// chosen.</para>
/// </remarks>
public sealed class ThemeDiscovery(int examples)
{
    /// <summary>Least mentions containing a phrase for it to be reported.</summary>
    public const int MinMentions = 3;

    /// <summary>z-score at or above which a phrase is distinctive (95%, one-sided at 97.5%).</summary>
    public const double MinDistinctiveness = 1.96;

    private const double PriorMentions = 100.0;

    private readonly Dictionary<string, BrandPhrases> brands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> total = new(StringComparer.Ordinal);
    private long totalMentions;

    /// <summary>Adds one inbound mention of a brand (mentions of a brand must arrive in time order for the examples).</summary>
    public void Add(string brandId, string postId, DateTime at, string text)
    {
        if (!brands.TryGetValue(brandId, out var brand))
        {
            brands[brandId] = brand = new BrandPhrases();
        }

        brand.Mentions++;
        totalMentions++;
        brand.First ??= at;
        brand.Last = at;
        foreach (var phrase in Phrases(text))
        {
            if (!brand.Phrases.TryGetValue(phrase, out var p))
            {
                brand.Phrases[phrase] = p = new Phrase();
            }

            p.Count++;
            if (p.Ids.Count < examples)
            {
                p.Ids.Add(postId);
            }

            p.Times.Add(at);
            total[phrase] = total.GetValueOrDefault(phrase) + 1;
        }
    }

    /// <summary>The brand's most distinctive phrases, at most <paramref name="top"/>; empty for a brand never added.</summary>
    public IReadOnlyList<DiscoveredTheme> Top(string brandId, int top)
    {
        if (!brands.TryGetValue(brandId, out var brand) || brand.First is not { } first || brand.Last is not { } last)
        {
            return [];
        }

        var n = (double)brand.Mentions;
        var nOther = (double)(totalMentions - brand.Mentions);
        var scored = new List<(string Phrase, Phrase P, double Z)>();
        foreach (var (phrase, p) in brand.Phrases)
        {
            if (p.Count < MinMentions)
            {
                continue;
            }

            var z = Distinctiveness(p.Count, n, total[phrase] - p.Count, nOther);
            if (z >= MinDistinctiveness)
            {
                scored.Add((phrase, p, z));
            }
        }

        var chosen = new List<DiscoveredTheme>();
        var usedBigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (phrase, p, z) in scored.OrderByDescending(s => s.Z).ThenByDescending(s => s.P.Count).ThenBy(s => s.Phrase, StringComparer.Ordinal))
        {
            if (chosen.Count == top)
            {
                break;
            }

            var bigrams = Bigrams(phrase);
            if (bigrams.Any(usedBigrams.Contains))
            {
                continue;
            }

            usedBigrams.UnionWith(bigrams);
            chosen.Add(new DiscoveredTheme(phrase, p.Count, z, Weekly(p.Times, first, last), p.Ids));
        }

        return chosen;
    }

    /// <summary>The z-score of the log-odds ratio with an informative Dirichlet prior (see the type's remarks).</summary>
    internal static double Distinctiveness(double y, double n, double yOther, double nOther)
    {
        var a = PriorMentions * (y + yOther) / Math.Max(n + nOther, 1.0);
        var delta = Math.Log((y + a) / (n + PriorMentions - y - a)) - Math.Log((yOther + a) / (nOther + PriorMentions - yOther - a));
        return delta / Math.Sqrt((1.0 / (y + a)) + (1.0 / (yOther + a)));
    }

    /// <summary>The distinct phrases (bigrams and trigrams) of one post, in order of first occurrence.</summary>
    internal static IReadOnlyList<string> Phrases(string text)
    {
        var tokens = Tokens(text);
        var phrases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var length = 2; length <= 3 && i + length <= tokens.Count; length++)
            {
                var firstToken = tokens[i];
                var lastToken = tokens[i + length - 1];
                if (!Content(firstToken) || !Content(lastToken) || (length == 3 && tokens[i + 1] == "#"))
                {
                    continue;
                }

                var phrase = string.Join(' ', tokens.Skip(i).Take(length));
                if (seen.Add(phrase))
                {
                    phrases.Add(phrase);
                }
            }
        }

        return phrases;
    }

    /// <summary>The tokens of a post (see the type's remarks).</summary>
    internal static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal);
        var tokens = new List<string>();
        var word = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '@' || (c == 'h' && (string.CompareOrdinal(s, i, "http://", 0, 7) == 0 || string.CompareOrdinal(s, i, "https://", 0, 8) == 0)))
            {
                Flush();
                while (i < s.Length && !char.IsWhiteSpace(s[i]))
                {
                    i++;
                }

                continue;
            }

            if (char.IsLetterOrDigit(c) || (c is '\'' or '’' && word.Length > 0 && i + 1 < s.Length && char.IsLetter(s[i + 1])))
            {
                word.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }

            i++;
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            var token = word.ToString();
            tokens.Add(token.All(char.IsDigit) ? "#" : token);
            word.Clear();
        }
    }

    private static bool Content(string token) => token != "#" && token.Length > 1 && !StopWords.Contains(token);

    private static string[] Bigrams(string phrase)
    {
        var words = phrase.Split(' ');
        return [.. Enumerable.Range(0, words.Length - 1).Select(i => words[i] + " " + words[i + 1])];
    }

    private static IReadOnlyList<WeekCount> Weekly(List<DateTime> times, DateTime first, DateTime last)
    {
        var start = WeekStart(first);
        var weeks = ((WeekStart(last).DayNumber - start.DayNumber) / 7) + 1;
        var counts = new long[weeks];
        foreach (var t in times)
        {
            counts[(WeekStart(t).DayNumber - start.DayNumber) / 7]++;
        }

        return [.. counts.Select((c, w) => new WeekCount(start.AddDays(7 * w), c))];
    }

    private static DateOnly WeekStart(DateTime at)
    {
        var day = DateOnly.FromDateTime(at);
        var offset = ((int)day.DayOfWeek + 6) % 7; // Monday = 0
        return day.AddDays(-offset);
    }

    private sealed class BrandPhrases
    {
        public Dictionary<string, Phrase> Phrases { get; } = new(StringComparer.Ordinal);

        public long Mentions { get; set; }

        public DateTime? First { get; set; }

        public DateTime? Last { get; set; }
    }

    private sealed class Phrase
    {
        public long Count { get; set; }

        public List<string> Ids { get; } = [];

        public List<DateTime> Times { get; } = [];
    }
}
