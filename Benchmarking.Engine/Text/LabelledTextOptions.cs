namespace Benchmarking.Engine.Text;

/// <summary>How <see cref="LabelledTextFile"/> reads a labelled file. Check with <see cref="Validate"/>.</summary>
public sealed record LabelledTextOptions
{
    /// <summary>The text column: a header name, or a 1-based number. Null: the first of text, tweet, content, message, body.</summary>
    public string? TextColumn { get; init; }

    /// <summary>The label column: a header name, or a 1-based number. Null: the first of label, sentiment, airline_sentiment, polarity, class, target, complaint.</summary>
    public string? LabelColumn { get; init; }

    /// <summary>The file has no header row (columns are then given by number). Default false.</summary>
    public bool NoHeader { get; init; }

    /// <summary>
    /// A second file with one label per line, paired line by line with a data file holding one text per line (the
    /// TweetEval / SemEval-2017 layout). The columns are then ignored.
    /// </summary>
    public string? LabelsPath { get; init; }

    /// <summary>Rows whose column (name or 1-based number) equals one of these values are skipped and counted: <c>column=v1,v2</c>.</summary>
    public string? SkipWhere { get; init; }

    /// <summary>Keep only rows whose <c>tweet_id</c> is in the airline held-out split (the tweets the model never trained on).</summary>
    public bool AirlineHeldOutOnly { get; init; }

    /// <summary>
    /// Keep only rows whose id column's hash bucket (<see cref="AirlineSentimentData.IdBucket"/>, 0–99) lies in a
    /// range: <c>column=from-to</c>, e.g. <c>1=50-99</c> for the complaint set's held-out half.
    /// </summary>
    public string? KeepIdHash { get; init; }

    /// <summary>The parsed <see cref="KeepIdHash"/>: column (name or number), first and last bucket; null when absent or malformed.</summary>
    internal (string Column, int From, int To)? IdHashRange =>
        KeepIdHash is { } k && k.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
        && k[(eq + 1)..].Split('-') is [var f, var t]
        && int.TryParse(f, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var from)
        && int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var to)
        && from <= to && to <= 99
            ? (k[..eq], from, to)
            : null;

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (NoHeader && ((TextColumn is not null && !int.TryParse(TextColumn, out _)) || (LabelColumn is not null && !int.TryParse(LabelColumn, out _))))
        {
            problems.Add("without a header row, give the text and label columns by number (1 = first column)");
        }

        if (SkipWhere is not null && (SkipWhere.IndexOf('=', StringComparison.Ordinal) is var eq && (eq <= 0 || eq == SkipWhere.Length - 1)))
        {
            problems.Add($"--skip-where must read column=value1,value2 (was '{SkipWhere}')");
        }

        if (KeepIdHash is not null && IdHashRange is null)
        {
            problems.Add($"--keep-id-hash must read column=from-to with 0 ≤ from ≤ to ≤ 99 (was '{KeepIdHash}')");
        }

        if (LabelsPath is not null && (AirlineHeldOutOnly || SkipWhere is not null || KeepIdHash is not null))
        {
            problems.Add("a labels file pairs lines only: it cannot be combined with the held-out or skip filters");
        }

        return problems;
    }
}
