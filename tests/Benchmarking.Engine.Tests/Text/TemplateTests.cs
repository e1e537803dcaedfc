using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>Reply normalisation, template hashes and near-duplicate grouping.</summary>
public sealed class TemplateTests
{
    private readonly ReplyNormalizer normalizer = new(TextFixtures.Rules);

    [Theory]
    [InlineData("@115712 Please DM us your booking ref 12345 https://t.co/abc ^CK", "please dm us your booking ref #")]
    [InlineData("@116395 Hey there! Can you send us the Spotify URI? /AG", "hey can you send us the spotify uri")]
    [InlineData("@117185 Thank you for helping us to be better. *AFC", "thank you for helping us to be better")]
    [InlineData("@116173 Hey Tiffany! Can you shoot us a DM? -ResolutionSup DC", "hey can you shoot us a dm")]
    [InlineData("@1 We're on it &amp; we'll update you. (1/2)", "were on it well update you")]
    public void Normalise_strips_handles_urls_numbers_and_sign_offs(string reply, string expected) =>
        Assert.Equal(expected, normalizer.Normalize(reply));

    [Fact]
    public void Replies_differing_only_in_handle_number_and_agent_share_a_hash()
    {
        var a = normalizer.Normalize("@115712 Please DM us your order number 112-334 so we can look into this. ^CK");
        var b = normalizer.Normalize("@998877 Please DM us your order number 9 so we can look into this. ^MB https://t.co/x");

        Assert.Equal(ReplyNormalizer.Hash(a), ReplyNormalizer.Hash(b));
        Assert.Equal(16, ReplyNormalizer.Hash(a).Length);
    }

    [Fact]
    public void Real_templated_replies_from_twcs_normalise_identically()
    {
        // Uber_Support's "Here to help. Send us a note at <link> so our team can connect." to different customers
        // with different agent sign-offs, and Postmates_Help's "Can you DM us…" (TWCS head).
        var head = TextFixtures.TwcsHead;
        string[][] groups = [["2402", "2435", "2456"], ["5711", "5715", "5721"]];
        foreach (var ids in groups)
        {
            var hashes = ids.Select(id => ReplyNormalizer.Hash(normalizer.Normalize(head[id]))).Distinct().ToList();
            Assert.Single(hashes);
        }

        Assert.NotEqual(normalizer.Normalize(head["2402"]), normalizer.Normalize(head["5711"]));
    }

    [Fact]
    public void Normalise_and_hash_equal_the_reference_on_real_replies_and_long_or_broken_text()
    {
        var texts = Directory.GetFiles(TestPaths.SharedData("twcs-brand-outbound-excel"), "*.csv")
            .SelectMany(ReplyTexts)
            .Concat(TextFixtures.TwcsHead.Values)
            .ToList();
        var longest = texts.MaxBy(t => t.Length)!;
        // Past the stack buffers (512 characters, 1,024 UTF-8 bytes): a long reply, one of multi-byte characters, and
        // lone surrogates (encoded as U+FFFD either way).
        texts.AddRange([string.Concat(Enumerable.Repeat(longest, 4)), string.Concat(Enumerable.Repeat("Très bien, 1 2 3 ünd ✈ ", 60)), "Sorry \ud83d about 1 2 \ude0d that", string.Empty]);

        foreach (var text in texts)
        {
            var norm = normalizer.Normalize(text);
            Assert.Equal(ReferenceNormalize(text), norm);
            Assert.Equal(ReferenceHash(norm), ReplyNormalizer.Hash(norm));
        }
    }

    /// <summary>The template hash as first written: SHA-256 of the UTF-8 bytes, hex, first 16 digits.</summary>
    private static string ReferenceHash(string normalized) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(normalized)))[..16];

    /// <summary>The end of the normalisation as first written (a StringBuilder), after the same regex steps.</summary>
    private static string ReferenceNormalize(string text)
    {
        var s = text.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal);
        s = System.Text.RegularExpressions.Regex.Replace(s, @"https?://\S+", " ");
        s = System.Text.RegularExpressions.Regex.Replace(s, "@[A-Za-z0-9_]+", " ");
        s = System.Text.RegularExpressions.Regex.Replace(s, @"\(?\b\d/\d\)?\s*$|^\s*\(?\d/\d\)?", " ").TrimEnd();
        s = TextFixtures.Rules.SignOff.Replace(s, string.Empty);
        s = System.Text.RegularExpressions.Regex.Replace(s, @"^\s*(hi|hey|hello|dear|thanks|thank you)\s+[A-Z][A-Za-z'\-]{1,20}\s*([,!.:]|$)", "$1 ", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var builder = new System.Text.StringBuilder();
        var space = false;
        var digit = false;
        foreach (var c in s.Select(char.ToLowerInvariant))
        {
            if (char.IsDigit(c))
            {
                if (!digit)
                {
                    builder.Append(space ? " #" : "#");
                    space = false;
                }

                digit = true;
                continue;
            }

            digit = false;
            if (char.IsLetter(c))
            {
                builder.Append(space ? " " : string.Empty).Append(c);
                space = false;
            }
            else if (c != '\'')
            {
                space = builder.Length > 0;
            }
        }

        var result = builder.ToString();
        while (result.Contains("# #", StringComparison.Ordinal))
        {
            result = result.Replace("# #", "#", StringComparison.Ordinal);
        }

        return result;
    }

    [Fact]
    public void Near_duplicates_join_the_group_of_the_most_used_text()
    {
        var texts = new List<(string, int)>
        {
            ("please send us a dm with your order number and we will look into this for you", 5),
            ("please send us a dm with your order number and we will look into this for you today", 2),
            ("your flight has been rebooked on the next departure", 3),
        };

        var group = NearDuplicates.Group(texts, threshold: 0.7);

        Assert.Equal([0, 0, 2], group);
        Assert.True(NearDuplicates.Similarity(texts[0].Item1, texts[1].Item1) >= 0.7);
        Assert.True(NearDuplicates.Similarity(texts[0].Item1, texts[2].Item1) < 0.1);
    }

    [Fact]
    public void Grouping_does_not_depend_on_input_order()
    {
        var texts = new List<(string, int)> { ("a b c d e", 1), ("a b c d f", 1), ("x y z", 4) };
        var reversed = texts.AsEnumerable().Reverse().ToList();

        var g1 = NearDuplicates.Group(texts, 0.3);
        var g2 = NearDuplicates.Group(reversed, 0.3);

        Assert.Equal(texts[g1[0]].Item1, reversed[g2[2]].Item1);
        Assert.Equal(texts[g1[1]].Item1, reversed[g2[1]].Item1);
    }

    [Fact]
    public void Grouping_equals_the_string_trigram_reference_on_real_replies()
    {
        var texts = new[] { "McDonalds.csv", "NikeSupport.csv", "Walmart.csv", "AirAsiaSupport.csv" }
            .SelectMany(f => ReplyTexts(TestPaths.SharedData("twcs-brand-outbound-excel", f)))
            .Select(normalizer.Normalize)
            .GroupBy(t => t, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

        foreach (var threshold in new[] { 0.5, 0.7 })
        {
            var group = NearDuplicates.Group(texts, threshold);
            Assert.Equal(ReferenceGroup(texts, threshold, 50), group);
            Assert.Contains(Enumerable.Range(0, texts.Count), i => group[i] != i);
        }
    }

    [Fact]
    public void Grouping_equals_the_string_trigram_reference_on_random_texts_with_many_ties()
    {
        var random = new Random(7);
        string[] vocabulary = ["a", "b", "c", "d", "e", "f", "g", "h"];
        for (var round = 0; round < 5; round++)
        {
            var texts = Enumerable.Range(0, 600)
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(0, 7)).Select(_ => vocabulary[random.Next(vocabulary.Length)])))
                .Distinct(StringComparer.Ordinal)
                .Select(t => (t, random.Next(1, 4)))
                .ToList();
            foreach (var (threshold, candidates) in new[] { (0.3, 3), (0.5, 50), (0.7, 1) })
            {
                Assert.Equal(ReferenceGroup(texts, threshold, candidates), NearDuplicates.Group(texts, threshold, candidates));
            }
        }
    }

    /// <summary>The grouping as first written: string trigram sets, an index of representatives by trigram, LINQ ordering.</summary>
    private static int[] ReferenceGroup(IReadOnlyList<(string Text, int Count)> texts, double threshold, int maxCandidates)
    {
        static HashSet<string> Shingles(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length < 3
                ? [string.Join(' ', words)]
                : Enumerable.Range(0, words.Length - 2).Select(i => string.Join(' ', words[i], words[i + 1], words[i + 2])).ToHashSet(StringComparer.Ordinal);
        }

        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => texts[i].Count).ThenBy(i => texts[i].Text, StringComparer.Ordinal);
        var group = new int[texts.Count];
        var sets = new HashSet<string>[texts.Count];
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var mine = sets[i] = Shingles(texts[i].Text);
            var candidates = mine.SelectMany(s => index.GetValueOrDefault(s) ?? [])
                .GroupBy(r => r).Select(g => (Rep: g.Key, Shared: g.Count()))
                .OrderByDescending(c => c.Shared).ThenBy(c => c.Rep)
                .Take(maxCandidates);
            var (best, bestSimilarity) = (-1, 0.0);
            foreach (var (rep, shared) in candidates)
            {
                var similarity = shared / (double)(mine.Count + sets[rep].Count - shared);
                if (similarity >= threshold && similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (rep, similarity);
                }
            }

            group[i] = best >= 0 ? best : i;
            if (best < 0)
            {
                foreach (var shingle in mine)
                {
                    (index.TryGetValue(shingle, out var reps) ? reps : index[shingle] = []).Add(i);
                }
            }
        }

        return group;
    }

    private static List<string> ReplyTexts(string path)
    {
        using var reader = new StreamReader(path);
        var configuration = new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n", MissingFieldFound = null, BadDataFound = null };
        using var csv = new CsvHelper.CsvReader(reader, configuration);
        csv.Read();
        csv.ReadHeader();
        var texts = new List<string>();
        while (csv.Read())
        {
            texts.Add(csv.GetField("text") ?? string.Empty);
        }

        return texts;
    }
}
