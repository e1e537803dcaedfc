using System.Globalization;
using System.Text;
using Benchmarking.Engine.Ingest;
using CsvHelper;
using CsvHelper.Configuration;

namespace Benchmarking.Engine.Text;

/// <summary>
/// Reads a labelled file for <c>carebench evaluate</c>: CSV (<c>.csv</c>) or tab-separated (any other name) with a text
/// and a label column, or a text-per-line file paired with a label-per-line file. Every row is counted as read or
/// skipped (blank text or label, a <see cref="LabelledTextOptions.SkipWhere"/> match, outside the held-out split);
/// a missing column throws <see cref="InputFileException"/> naming the file and what to pass.
/// </summary>
internal static class LabelledTextFile
{
    private static readonly string[] TextNames = ["text", "tweet", "content", "message", "body"];
    private static readonly string[] LabelNames = ["label", "sentiment", "airline_sentiment", "polarity", "class", "target", "complaint"];

    /// <summary>The labelled rows in file order; <paramref name="skipped"/> counts the rows left out.</summary>
    public static IReadOnlyList<LabelledText> Read(string path, LabelledTextOptions options, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, null, "the file does not exist", "Pass a CSV or tab-separated file with a text and a label column.");
        }

        skipped = 0;
        if (options.LabelsPath is { } labelsPath)
        {
            if (!File.Exists(labelsPath))
            {
                throw new InputFileException(labelsPath, null, "the labels file does not exist", "Pass a file with one label per line, paired with the text file.");
            }

            var texts = File.ReadAllLines(path, Encoding.UTF8);
            var labels = File.ReadAllLines(labelsPath, Encoding.UTF8);
            if (texts.Length != labels.Length)
            {
                throw new InputFileException(labelsPath, null, $"it has {labels.Length} lines but the text file has {texts.Length}", "The two files must pair line by line.");
            }

            var paired = new List<LabelledText>(texts.Length);
            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i].Trim().Length == 0 || labels[i].Trim().Length == 0)
                {
                    skipped++;
                    continue;
                }

                paired.Add(new LabelledText(i + 1, texts[i], labels[i].Trim()));
            }

            return paired;
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "," : "\t",
            HasHeaderRecord = !options.NoHeader,
            BadDataFound = null,
            MissingFieldFound = null,
            Mode = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CsvMode.RFC4180 : CsvMode.NoEscape,
        };
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvReader(reader, configuration);
        string[] header = [];
        if (!options.NoHeader)
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } h)
            {
                throw new InputFileException(path, 1, "no header row", "Add a header row naming the text and label columns, or pass --no-header with column numbers.");
            }

            header = h;
        }

        var text = Column(path, header, options.TextColumn, TextNames, "text", "--text-column");
        var label = Column(path, header, options.LabelColumn, LabelNames, "label", "--label-column");
        var (skipColumn, skipValues) = options.SkipWhere is { } where
            ? (Column(path, header, where[..where.IndexOf('=', StringComparison.Ordinal)], [], "skip", "--skip-where"), where[(where.IndexOf('=', StringComparison.Ordinal) + 1)..].Split(',').ToHashSet(StringComparer.Ordinal))
            : (-1, []);
        var id = options.AirlineHeldOutOnly ? Column(path, header, "tweet_id", [], "tweet_id", "a tweet_id column") : -1;
        var (hashColumn, hashFrom, hashTo) = options.IdHashRange is { } range
            ? (Column(path, header, range.Column, [], "id", "--keep-id-hash"), range.From, range.To)
            : (-1, 0, 99);

        var rows = new List<LabelledText>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var t = csv.TryGetField<string>(text, out var tv) ? tv ?? string.Empty : string.Empty;
            var l = csv.TryGetField<string>(label, out var lv) ? lv?.Trim() ?? string.Empty : string.Empty;
            if (t.Trim().Length == 0 || l.Length == 0
                || (skipColumn >= 0 && csv.TryGetField<string>(skipColumn, out var sv) && sv is not null && skipValues.Contains(sv.Trim()))
                || (id >= 0 && !(csv.TryGetField<string>(id, out var iv) && iv is not null && AirlineSentimentData.IsHeldOut(iv, 20)))
                || (hashColumn >= 0 && !(csv.TryGetField<string>(hashColumn, out var hv) && hv is not null && AirlineSentimentData.IdBucket(hv.Trim()) is var b && b >= hashFrom && b <= hashTo)))
            {
                skipped++;
                continue;
            }

            rows.Add(new LabelledText(line, t, l));
        }

        return rows;
    }

    private static int Column(string path, string[] header, string? given, string[] defaults, string what, string option)
    {
        if (given is not null && int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 ? number - 1 : throw new InputFileException(path, null, $"column number {given} for the {what} is not ≥ 1", $"Pass {option} 1 for the first column.");
        }

        var names = given is null ? defaults : [given];
        for (var i = 0; i < header.Length; i++)
        {
            if (names.Contains(header[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new InputFileException(path, 1, $"no {what} column (looked for {string.Join(", ", names)}; the header has {string.Join(", ", header.Select(h => h.Trim()))})", $"Name it with {option}, by header name or 1-based number.");
    }
}
