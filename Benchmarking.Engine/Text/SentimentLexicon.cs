using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The VADER sentiment lexicon (Hutto and Gilbert 2014; MIT licence; 7,500 words, emoticons and slang with a mean
/// human valence from −4 to +4), embedded in the engine as <c>Text/vader-lexicon.tsv</c> (source and commit in its
/// first line) and keyed by the featurizer's word key, so a lookup costs one dictionary probe and no allocation.
/// </summary>
internal static class SentimentLexicon
{
    private static readonly Lazy<Dictionary<ulong, float>> Entries = new(Load);

    /// <summary>The valence of the word whose <see cref="SentimentFeaturizer"/> key is <paramref name="key"/>, if listed.</summary>
    public static bool TryGet(ulong key, out float valence) => Entries.Value.TryGetValue(key, out valence);

    /// <summary>Words in the lexicon.</summary>
    public static int Count => Entries.Value.Count;

    private static Dictionary<ulong, float> Load()
    {
        using var stream = typeof(SentimentLexicon).Assembly.GetManifestResourceStream("vader-lexicon.tsv")
            ?? throw new InvalidOperationException("The embedded VADER lexicon is missing from the engine assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new Dictionary<ulong, float>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            entries[SentimentFeaturizer.WordKey(line.AsSpan(0, tab))] = float.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return entries;
    }
}
