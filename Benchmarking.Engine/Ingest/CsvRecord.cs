namespace Benchmarking.Engine.Ingest;

/// <summary>
/// One CSV record read from <see cref="PhysicalLines"/>: its fields, the physical lines it spans and whether its quoting
/// is well formed. A quoted field may run over line breaks; when one does, <see cref="QuoteLine"/> and
/// <see cref="QuoteField"/> say where the quote that ran on opened.
/// </summary>
/// <remarks>
/// One instance is reused for every record of a file: <see cref="Read"/> overwrites it, and the fields are spans of its
/// own buffer of unquoted characters, so reading a record creates no string; the reader makes strings only of the
/// values it keeps.
/// </remarks>
internal sealed class CsvRecord
{
    /// <summary>
    /// Lines a quoted field may span before it is taken for a quoting error. The posts CareBench reads are short (a
    /// tweet holds at most 280 characters), so a field running past this many line breaks is an open quote, not text.
    /// </summary>
    public const int MaxLines = 300;

    private char[] content = new char[1024];
    private int used;
    private (int Start, int Length)[] fields = new (int, int)[16];

    /// <summary>Number of fields.</summary>
    public int Count { get; private set; }

    /// <summary>1-based physical line where the record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Physical lines the record spans (1 unless a quoted field holds line breaks).</summary>
    public int Lines { get; private set; }

    /// <summary>Whether the quoting is well formed.</summary>
    public CsvQuoting Quoting { get; private set; }

    /// <summary>Line where the last quoted field that crossed a line break opened; 0 when none did.</summary>
    public long QuoteLine { get; private set; }

    /// <summary>0-based index of that field; -1 when none did.</summary>
    public int QuoteField { get; private set; }

    /// <summary>
    /// Field <paramref name="index"/>, unquoted; a trailing <c>\r</c> of a CRLF line ending is not part of the last one.
    /// Valid until the next <see cref="Read"/>.
    /// </summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var (start, length) = fields[index];
            return content.AsSpan(start, length);
        }
    }

    /// <summary>Whether the record is one blank line (which is a rejected record, never skipped).</summary>
    public bool IsBlank => Lines == 1 && Count == 1 && this[0].Trim().IsEmpty;

    /// <summary>Reads the record that starts at line <paramref name="first"/>, which must exist, into this instance.</summary>
    public void Read(PhysicalLines lines, long first)
    {
        if (!lines.TryGet(first, out var text))
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "The line does not exist.");
        }

        Count = 0;
        used = 0;
        Line = first;
        Quoting = CsvQuoting.WellFormed;
        QuoteLine = 0;
        QuoteField = -1;
        var line = first;
        var pos = 0;
        while (true)
        {
            var fieldStart = used;
            if (pos < text.Length && text[pos] == '"')
            {
                var openedOn = line;
                pos++;
                while (true)
                {
                    var close = text[pos..].IndexOf('"');
                    if (close < 0)
                    {
                        // The quoted field holds a line break: continue on the next line. The span of this line is
                        // copied before the next is fetched, which may move the lines' buffer.
                        Append(text[pos..]);
                        (QuoteLine, QuoteField) = (openedOn, Count);
                        var spanned = (int)(line - first + 1);
                        if (spanned >= MaxLines)
                        {
                            (Lines, Quoting) = (spanned, CsvQuoting.TooLong);
                            return;
                        }

                        if (!lines.TryGet(line + 1, out text))
                        {
                            (Lines, Quoting) = (spanned, CsvQuoting.Unterminated);
                            return;
                        }

                        line++;
                        pos = 0;
                        Append("\n");
                        continue;
                    }

                    close += pos;
                    Append(text[pos..close]);
                    if (close + 1 < text.Length && text[close + 1] == '"')
                    {
                        Append("\"");
                        pos = close + 2;
                        continue;
                    }

                    pos = close + 1;
                    break;
                }

                if (pos < text.Length && text[pos] != ',' && !IsLineEnd(text, pos))
                {
                    // Characters after the closing quote: keep them in the field, up to the next comma.
                    Quoting = CsvQuoting.Stray;
                    var stop = text[pos..].IndexOf(',') is var c && c < 0 ? text.Length : pos + c;
                    Append(text[pos..stop]);
                    pos = stop;
                }
            }
            else
            {
                var comma = text[pos..].IndexOf(',') is var c && c < 0 ? -1 : pos + c;
                var stop = comma < 0 ? (text.EndsWith('\r') ? text.Length - 1 : text.Length) : comma;
                var field = text[pos..Math.Max(pos, stop)];
                if (field.Contains('"'))
                {
                    Quoting = CsvQuoting.Stray;
                }

                Append(field);
                pos = comma < 0 ? text.Length : comma;
            }

            EndField(fieldStart);
            if (pos >= text.Length || IsLineEnd(text, pos))
            {
                Lines = (int)(line - first + 1);
                return;
            }

            pos++; // the comma
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (used + chars.Length > content.Length)
        {
            Array.Resize(ref content, Math.Max(content.Length * 2, used + chars.Length));
        }

        chars.CopyTo(content.AsSpan(used));
        used += chars.Length;
    }

    private void EndField(int start)
    {
        if (Count == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[Count++] = (start, used - start);
    }

    private static bool IsLineEnd(ReadOnlySpan<char> text, int pos) => pos == text.Length - 1 && text[pos] == '\r';
}
