using System.Globalization;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Streams the Kaggle "Customer Support on Twitter" CSV, as published (<c>tweet_id,author_id,inbound,created_at,text,
/// response_tweet_id,in_response_to_tweet_id</c>) or as re-written by pandas (an unnamed leading index column, float ids
/// such as <c>3.0</c>). Records end only at <c>\n</c> or <c>\r\n</c>, so a lone carriage return inside a field never
/// splits a record. Every record becomes a post or a rejection; none is skipped.
/// </summary>
/// <remarks>
/// <c>response_tweet_id</c> is not used: threading is rebuilt from <c>in_response_to_tweet_id</c>, which every reply
/// carries, and spreadsheet-damaged copies corrupt the list column but not the parent column.
/// </remarks>
internal sealed class TwcsCsvReader : IPostSource
{
    private static readonly string[] Columns = ["tweet_id", "author_id", "inbound", "created_at", "text", "response_tweet_id", "in_response_to_tweet_id"];

    // Digits and separators, plus what spreadsheets write into damaged id lists ("4,350,434", "5.7E+17", "#####").
    private static readonly System.Buffers.SearchValues<char> ResponseListCharacters = System.Buffers.SearchValues.Create("0123456789,. eE+-#\r");

    private readonly string path;
    private readonly BrandRegistry registry;
    private readonly Encoding encoding;

    public TwcsCsvReader(string path, BrandRegistry registry, Encoding encoding)
    {
        this.path = path;
        this.registry = registry;
        this.encoding = encoding;
    }

    /// <inheritdoc />
    public string Name => path;

    /// <inheritdoc />
    public string IdField => "tweet_id";

    /// <inheritdoc />
    public long Bytes => new FileInfo(path).Length;

    /// <summary>Detected format after the header was read: <c>twcs</c> or <c>twcs-pandas</c>.</summary>
    public string Format { get; private set; } = "twcs";

    /// <summary>SHA-256 of the file's bytes, known once <see cref="Read"/> has been enumerated to the end.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Reads every record. The enumeration throws <see cref="InputFileException"/> for an unusable file.</summary>
    public IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException(path, null, "the file does not exist", "Check the path.");
        }

        using var stream = new HashingReadStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lines = new PhysicalLines(text);
        if (!Exists(lines, 1))
        {
            throw new InputFileException(path, 1, "the file is empty", "A TWCS file starts with the header " + string.Join(',', Columns) + ".");
        }

        var record = new CsvRecord();
        Record(record, lines, 1);
        var header = Enumerable.Range(0, record.Count).Select(i => record[i].ToString().Trim().Trim('\uFEFF').TrimEnd('\r')).ToArray();
        var offset = DetectOffset(header);
        var width = Columns.Length + offset;
        long row = 0;
        var line = 1L + record.Lines;
        var authors = new AuthorCache(registry, Platform.Twitter);
        var total = stream.Length;
        var lastReport = 0L;
        progress?.Report(new IngestProgress(path, 0, total, 0));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines.DiscardBefore(line);
            if (!Exists(lines, line))
            {
                break;
            }

            row++;
            if (progress is not null && (row & 0x3FFF) == 0 && stream.Position - lastReport > 0)
            {
                lastReport = stream.Position;
                progress.Report(new IngestProgress(path, stream.Position, total, row));
            }

            Record(record, lines, line);
            if (record.QuoteLine > 0 && IsBrokenQuote(lines, record, offset, width))
            {
                // A quote that ran on over line breaks: the record is everything up to the next line that starts like
                // a record, so one bad quote costs one record, not the rest of the file.
                var next = line + 1;
                while (Exists(lines, next) && !StartsLikeRecord(lines, next, offset))
                {
                    next++;
                    lines.DiscardBefore(next);
                }

                yield return QuotingReject(row, record, offset, next, Exists(lines, next));
                line = next;
                continue;
            }

            var startLine = line;
            line += record.Lines;
            if (record.IsBlank)
            {
                // A blank line is a record with one empty field: count it as rejected, never skip it silently.
                yield return Reject(row, startLine, string.Empty, RejectReason.WrongFieldCount, "blank line");
                continue;
            }

            if (record.Count != width)
            {
                yield return Reject(row, startLine, string.Empty, RejectReason.WrongFieldCount, string.Create(CultureInfo.InvariantCulture, $"{record.Count} fields, expected {width}"));
                continue;
            }

            if (record.Quoting != CsvQuoting.WellFormed)
            {
                yield return Reject(row, startLine, string.Empty, RejectReason.MalformedQuoting, string.Empty);
                continue;
            }

            yield return Parse(record, authors, offset, row, startLine);
        }

        Sha256 = stream.Finish();
        progress?.Report(new IngestProgress(path, total, total, row));
    }

    /// <summary>
    /// Whether a record whose quoted field spans lines is a quote left open rather than a post with line breaks: its
    /// quoting or field count is wrong, or one of the lines it swallowed starts like a record.
    /// </summary>
    private bool IsBrokenQuote(PhysicalLines lines, CsvRecord record, int offset, int width)
    {
        if (record.Quoting != CsvQuoting.WellFormed || record.Count != width)
        {
            return true;
        }

        for (var l = record.Line + 1; l < record.Line + record.Lines; l++)
        {
            if (StartsLikeRecord(lines, l, offset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> starts like a record: an id, an author, an inbound flag and a timestamp, unquoted
    /// and valid, then a comma. Post text practically never holds such a line, so one inside a quoted field means the
    /// quote was left open, and the next one after a broken quote is where reading resumes.
    /// </summary>
    private bool StartsLikeRecord(PhysicalLines lines, long line, int offset)
    {
        if (!Exists(lines, line))
        {
            return false;
        }

        lines.TryGet(line, out var text);

        // The first offset + 4 comma-separated parts, which must all be followed by a comma.
        Span<Range> parts = stackalloc Range[offset + 5];
        if (text.Split(parts, ',') != offset + 5)
        {
            return false;
        }

        for (var i = 0; i < offset + 4; i++)
        {
            if (text[parts[i]].Contains('"'))
            {
                return false;
            }
        }

        return TwcsFields.ParseId(text[parts[offset]], out ReadOnlySpan<char> _) is null
            && TwcsFields.TryParseInbound(text[parts[offset + 2]], out _)
            && TwcsFields.TryParseTimestamp(text[parts[offset + 3]], out _);
    }

    private ReadOutcome QuotingReject(long row, CsvRecord record, int offset, long next, bool resumed)
    {
        var span = next - record.Line;
        var column = record.QuoteField - offset is var c && c >= 0 && c < Columns.Length ? Columns[c] : string.Empty;
        var value = resumed
            ? string.Create(CultureInfo.InvariantCulture, $"quote opened on line {record.QuoteLine} not closed before the next record; {span} line(s) rejected, reading resumed at line {next}")
            : string.Create(CultureInfo.InvariantCulture, $"quote opened on line {record.QuoteLine} never closed; {span} line(s) rejected, to the end of the file");
        return new(row, record.Line, null, new RejectedRow(path, row, record.Line, column, RejectReason.MalformedQuoting, value) { Lines = span });
    }

    private bool Exists(PhysicalLines lines, long line)
    {
        try
        {
            return lines.TryGet(line, out _);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidBytes(line, e);
        }
    }

    private void Record(CsvRecord record, PhysicalLines lines, long line)
    {
        try
        {
            record.Read(lines, line);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidBytes(line, e);
        }
    }

    private InputFileException InvalidBytes(long line, DecoderFallbackException e)
    {
        var name = encoding.WebName;
        return new InputFileException(path, LineOfFirstInvalidBytes() ?? line, $"bytes that are not valid {name}",
            name == "utf-8" ? "The file is probably Windows-1252: rerun with --encoding windows-1252, or convert it to UTF-8." : "Check the file's encoding and pass it with --encoding.", e);
    }

    /// <summary>
    /// The 1-based line holding the first bytes that <see cref="encoding"/> cannot decode. The reader decodes a large
    /// buffer ahead of the parser, so the parser's position when decoding fails is earlier than the bad bytes. Only
    /// called on that failure; a 0x0A byte is a line feed in every supported encoding, so lines are decoded one by one.
    /// </summary>
    private long? LineOfFirstInvalidBytes()
    {
        try
        {
            using var stream = new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read), 1 << 16);
            var bytes = new MemoryStream();
            for (long line = 1; ; line++)
            {
                int b;
                bytes.SetLength(0);
                while ((b = stream.ReadByte()) >= 0 && b != '\n')
                {
                    bytes.WriteByte((byte)b);
                }

                try
                {
                    encoding.GetCharCount(bytes.GetBuffer(), 0, (int)bytes.Length);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }

                if (b < 0)
                {
                    return null;
                }
            }
        }
        catch (IOException)
        {
            return null;
        }
    }

    private int DetectOffset(string[] header)
    {
        if (header.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            Format = "twcs";
            return 0;
        }

        if (header.Length == Columns.Length + 1 && (header[0].Length == 0 || header[0].StartsWith("Unnamed", StringComparison.Ordinal))
            && header.Skip(1).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
        {
            Format = "twcs-pandas";
            return 1;
        }

        throw new InputFileException(path, 1, $"not a TWCS file: the header has {header.Length} column(s) that do not match",
            "Expected the header " + string.Join(',', Columns) + " (optionally after an unnamed pandas index column).");
    }

    // Strings are made only of the values a post keeps (the id, author, text and parent); the rest is parsed from the
    // record's spans.
    private ReadOutcome Parse(CsvRecord record, AuthorCache authors, int offset, long row, long line)
    {
        var rawId = record[offset];
        if (TwcsFields.ParseId(rawId, out ReadOnlySpan<char> postId) is { } idProblem)
        {
            return Reject(row, line, "tweet_id", idProblem, Clip(rawId));
        }

        var author = record[offset + 1].Trim();
        if (author.IsEmpty)
        {
            return Reject(row, line, "author_id", RejectReason.EmptyAuthor, string.Empty);
        }

        if (!TwcsFields.TryParseInbound(record[offset + 2], out var inbound))
        {
            return Reject(row, line, "inbound", RejectReason.BadInboundFlag, Clip(record[offset + 2]));
        }

        if (!TwcsFields.TryParseTimestamp(record[offset + 3], out var createdAt))
        {
            return Reject(row, line, "created_at", RejectReason.BadTimestamp, Clip(record[offset + 3]));
        }

        // response_tweet_id is not used (see remarks), but words in it mean the fields are shifted.
        if (record[offset + 5].IndexOfAnyExcept(ResponseListCharacters) >= 0)
        {
            return Reject(row, line, "response_tweet_id", RejectReason.MisalignedFields, string.Empty);
        }

        var rawParent = record[offset + 6].TrimEnd('\r');
        string? parent = null;
        if (!rawParent.Trim().IsEmpty)
        {
            if (TwcsFields.ParseId(rawParent, out ReadOnlySpan<char> parentId) is { } parentProblem)
            {
                return Reject(row, line, "in_response_to_tweet_id", parentProblem, Clip(rawParent));
            }

            parent = parentId.ToString();
        }

        var (handle, brand) = authors.Find(author);
        var post = new Post(Platform.Twitter, postId.ToString(), handle, brand, new DateTimeOffset(createdAt, TimeSpan.Zero), record[offset + 4].ToString(), parent, null, inbound);
        return new ReadOutcome(row, line, post, null);
    }

    private ReadOutcome Reject(long row, long line, string column, RejectReason reason, string value) =>
        new(row, line, null, new RejectedRow(path, row, line, column, reason, value));

    // Structural values only ever reach rejects; clip them so a misaligned text field cannot leak whole.
    private static string Clip(ReadOnlySpan<char> value)
    {
        var v = value.Trim();
        return v.Length <= 40 ? v.ToString() : string.Concat(v[..40], "…");
    }
}
