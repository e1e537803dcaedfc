using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Reads the SemEval Twitter sentiment files (Task 4, subtask A; <c>../shared/data/semeval-twitter-sentiment</c>): the
/// 2013–2016 files (<c>tweet_id TAB label TAB text</c>, text with <c>\uXXXX</c> escapes), which together are the
/// official SemEval-2017 training and development data, and the SemEval-2017 test set (one text per line, labels 0/1/2
/// in a second file, no tweet ids).
/// </summary>
internal static class SemEvalSentimentData
{
    /// <summary>The 2013–2016 files, in the order they are read (the first occurrence of a tweet id is kept).</summary>
    internal static readonly string[] TrainingFiles =
    [
        "twitter-2013train-A.txt", "twitter-2013dev-A.txt", "twitter-2013test-A.txt", "twitter-2014test-A.txt",
        "twitter-2014sarcasm-A.txt", "twitter-2015train-A.txt", "twitter-2015test-A.txt", "twitter-2016train-A.txt",
        "twitter-2016dev-A.txt", "twitter-2016devtest-A.txt", "twitter-2016test-A.txt",
    ];

    /// <summary>
    /// Every labelled tweet of the 2013–2016 files, one per distinct tweet id; <paramref name="skipped"/> counts the
    /// lines without a tweet id, a known label or text (the files hold a few blank lines and empty labels).
    /// </summary>
    /// <exception cref="TextModelException">A file is missing.</exception>
    public static IReadOnlyList<LabelledTweet> ReadTraining(string folder, out int skipped)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tweets = new List<LabelledTweet>();
        skipped = 0;
        foreach (var name in TrainingFiles)
        {
            foreach (var line in File.ReadLines(Existing(folder, name), Encoding.UTF8))
            {
                var parts = line.Split('\t', 3);
                if (parts.Length < 3 || parts[0].Length == 0 || !TryLabel(parts[1].Trim(), out var label) || parts[2].Trim().Length == 0)
                {
                    skipped++;
                    continue;
                }

                if (seen.Add(parts[0]))
                {
                    tweets.Add(new LabelledTweet(parts[0], label, 1.0, Unescape(parts[2])));
                }
            }
        }

        return tweets;
    }

    /// <summary>The SemEval-2017 test set (12,284 tweets); ids are <c>2017test-</c> + line number (the files carry none).</summary>
    /// <exception cref="TextModelException">A file is missing or the two files disagree.</exception>
    public static IReadOnlyList<LabelledTweet> ReadTest2017(string folder)
    {
        var texts = File.ReadAllLines(Existing(folder, "twitter-2017test-A.text.txt"), Encoding.UTF8);
        var labels = File.ReadAllLines(Existing(folder, "twitter-2017test-A.labels.txt"), Encoding.UTF8);
        if (texts.Length != labels.Length)
        {
            throw new TextModelException($"'{folder}': twitter-2017test-A.text.txt has {texts.Length} lines but the labels file has {labels.Length}; they must pair line by line.");
        }

        var tweets = new List<LabelledTweet>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var label = labels[i].Trim() switch
            {
                "0" => Sentiment.Negative,
                "1" => Sentiment.Neutral,
                "2" => Sentiment.Positive,
                var other => throw new TextModelException($"'{folder}': twitter-2017test-A.labels.txt line {i + 1}: '{other}' is not 0, 1 or 2."),
            };
            tweets.Add(new LabelledTweet(string.Create(CultureInfo.InvariantCulture, $"2017test-{i + 1}"), label, 1.0, texts[i]));
        }

        return tweets;
    }

    /// <summary>Decodes the <c>\uXXXX</c> escapes of the 2013–2016 files (e.g. <c>\u2019</c>, <c>\u002c</c> for a comma).</summary>
    internal static string Unescape(string text)
    {
        if (!text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                result.Append((char)code);
                i += 5;
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static bool TryLabel(string label, out Sentiment sentiment)
    {
        switch (label)
        {
            case "negative": sentiment = Sentiment.Negative; return true;
            case "neutral": sentiment = Sentiment.Neutral; return true;
            case "positive": sentiment = Sentiment.Positive; return true;
            default: sentiment = Sentiment.Neutral; return false;
        }
    }

    private static string Existing(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? path
            : throw new TextModelException($"The SemEval file '{path}' does not exist. Pass the folder of the SemEval Twitter sentiment files (e.g. ../shared/data/semeval-twitter-sentiment, see its SOURCE.md), or --semeval \"\" to train on the airline set alone.");
    }
}
