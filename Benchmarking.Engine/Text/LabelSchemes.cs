using System.Globalization;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Reads the labels of a labelled file in the common schemes. Sentiment: names (<c>negative</c>/<c>neutral</c>/
/// <c>positive</c>, <c>neg</c>/<c>neu</c>/<c>pos</c>, any case) or numbers, the numeric scheme told apart by the values
/// present: −1/0/1, 0/1/2 (SemEval-2017 / TweetEval), 0/2/4 (Sentiment140); or named with <c>scheme</c>. Complaint:
/// 1/0, true/false, yes/no, complaint / not complaint (or non-complaint, other).
/// </summary>
internal static class LabelSchemes
{
    /// <summary>The sentiment schemes <c>--scheme</c> accepts.</summary>
    public static readonly string[] SentimentSchemes = ["auto", "names", "-1/0/1", "0/1/2", "0/2/4"];

    /// <summary>The sentiment of every row, in order.</summary>
    /// <exception cref="InputFileException">A label outside the scheme (naming the line), or numbers whose scheme cannot be told.</exception>
    public static Sentiment[] Sentiments(IReadOnlyList<LabelledText> rows, string path, string scheme = "auto")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var values = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).ToList();
        if (scheme == "auto")
        {
            var numbers = values.All(v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                ? values.Select(v => int.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToHashSet()
                : null;
            scheme = numbers switch
            {
                null => "names",
                _ when numbers.Contains(-1) => "-1/0/1",
                _ when numbers.Contains(4) || (numbers.Contains(2) && !numbers.Contains(1)) => "0/2/4",
                _ when numbers.Contains(2) && numbers.Contains(1) => "0/1/2",
                _ => throw new InputFileException(path, null, $"the numeric labels {string.Join(", ", numbers.Order())} fit more than one scheme", "Pass --scheme -1/0/1, 0/1/2 or 0/2/4."),
            };
        }

        return [.. rows.Select(r => Sentiment(r, path, scheme))];
    }

    /// <summary>True for every row labelled a complaint, in order.</summary>
    /// <exception cref="InputFileException">A label that is not a complaint / not-complaint value (naming the line).</exception>
    public static bool[] Complaints(IReadOnlyList<LabelledText> rows, string path) =>
        [.. rows.Select(r => r.Label.ToLowerInvariant() switch
        {
            "1" or "true" or "yes" or "complaint" => true,
            "0" or "false" or "no" or "not complaint" or "not_complaint" or "non-complaint" or "other" => false,
            _ => throw new InputFileException(path, r.Line, "the label column holds a value that is not complaint / not complaint", "Use 1/0, true/false, yes/no or complaint/not complaint."),
        })];

    private static Sentiment Sentiment(LabelledText row, string path, string scheme)
    {
        var label = row.Label.ToLowerInvariant();
        Sentiment? sentiment = scheme switch
        {
            "names" => label switch
            {
                "negative" or "neg" => Text.Sentiment.Negative,
                "neutral" or "neu" => Text.Sentiment.Neutral,
                "positive" or "pos" => Text.Sentiment.Positive,
                _ => null,
            },
            "-1/0/1" => label switch { "-1" => Text.Sentiment.Negative, "0" => Text.Sentiment.Neutral, "1" => Text.Sentiment.Positive, _ => null },
            "0/1/2" => label switch { "0" => Text.Sentiment.Negative, "1" => Text.Sentiment.Neutral, "2" => Text.Sentiment.Positive, _ => null },
            "0/2/4" => label switch { "0" => Text.Sentiment.Negative, "2" => Text.Sentiment.Neutral, "4" => Text.Sentiment.Positive, _ => null },
            _ => throw new ArgumentException($"unknown label scheme '{scheme}'; expected one of {string.Join(", ", SentimentSchemes)}"),
        };
        return sentiment ?? throw new InputFileException(path, row.Line, $"the label column holds a value outside the {scheme} scheme", $"Use {(scheme == "names" ? "negative/neutral/positive or neg/neu/pos" : scheme)}, or pass --scheme.");
    }
}
