using System.Text;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// One CSV record read from <see cref="PhysicalLines"/>: its fields, the physical lines it spans and whether its quoting
/// is well formed. A quoted field may run over line breaks; when one does, <see cref="QuoteLine"/> and
/// <see cref="QuoteField"/> say where the quote that ran on opened.
/// </summary>
/// <param name="Fields">The fields, unquoted; a trailing <c>\r</c> of a CRLF line ending is not part of the last one.</param>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Lines">Physical lines the record spans (1 unless a quoted field holds line breaks).</param>
/// <param name="Quoting">Whether the quoting is well formed.</param>
/// <param name="QuoteLine">Line where the last quoted field that crossed a line break opened; 0 when none did.</param>
/// <param name="QuoteField">0-based index of that field; -1 when none did.</param>
internal sealed record CsvRecord(List<string> Fields, long Line, int Lines, CsvQuoting Quoting, long QuoteLine, int QuoteField)
{
    /// <summary>
    /// Lines a quoted field may span before it is taken for a quoting error. The posts CareBench reads are short (a
    /// tweet holds at most 280 characters), so a field running past this many line breaks is an open quote, not text.
    /// </summary>
    public const int MaxLines = 300;

    /// <summary>Whether the record is one blank line (which is a rejected record, never skipped).</summary>
    public bool IsBlank => Lines == 1 && Fields.Count == 1 && Fields[0].Trim().Length == 0;

    /// <summary>Reads the record that starts at line <paramref name="first"/>, which must exist.</summary>
    public static CsvRecord Read(PhysicalLines lines, long first)
    {
        if (!lines.TryGet(first, out var text))
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "The line does not exist.");
        }

        var fields = new List<string>(8);
        var quoting = CsvQuoting.WellFormed;
        var line = first;
        var pos = 0;
        long quoteLine = 0;
        var quoteField = -1;
        StringBuilder? quoted = null;
        while (true)
        {
            if (pos < text.Length && text[pos] == '"')
            {
                quoted ??= new StringBuilder();
                quoted.Clear();
                var openedOn = line;
                pos++;
                while (true)
                {
                    var close = text.IndexOf('"', pos);
                    if (close < 0)
                    {
                        // The quoted field holds a line break: continue on the next line.
                        quoted.Append(text, pos, text.Length - pos);
                        (quoteLine, quoteField) = (openedOn, fields.Count);
                        var spanned = (int)(line - first + 1);
                        if (spanned >= MaxLines)
                        {
                            return new CsvRecord(fields, first, spanned, CsvQuoting.TooLong, quoteLine, quoteField);
                        }

                        if (!lines.TryGet(line + 1, out text))
                        {
                            return new CsvRecord(fields, first, spanned, CsvQuoting.Unterminated, quoteLine, quoteField);
                        }

                        line++;
                        pos = 0;
                        quoted.Append('\n');
                        continue;
                    }

                    quoted.Append(text, pos, close - pos);
                    if (close + 1 < text.Length && text[close + 1] == '"')
                    {
                        quoted.Append('"');
                        pos = close + 2;
                        continue;
                    }

                    pos = close + 1;
                    break;
                }

                if (pos < text.Length && text[pos] != ',' && !IsLineEnd(text, pos))
                {
                    // Characters after the closing quote: keep them in the field, up to the next comma.
                    quoting = CsvQuoting.Stray;
                    var stop = text.IndexOf(',', pos) is var c && c < 0 ? text.Length : c;
                    quoted.Append(text, pos, stop - pos);
                    pos = stop;
                }

                fields.Add(quoted.ToString());
            }
            else
            {
                var comma = text.IndexOf(',', pos);
                var stop = comma < 0 ? (text.EndsWith('\r') ? text.Length - 1 : text.Length) : comma;
                var field = text.Substring(pos, Math.Max(0, stop - pos));
                if (field.Contains('"', StringComparison.Ordinal))
                {
                    quoting = CsvQuoting.Stray;
                }

                fields.Add(field);
                pos = comma < 0 ? text.Length : comma;
            }

            if (pos >= text.Length || IsLineEnd(text, pos))
            {
                return new CsvRecord(fields, first, (int)(line - first + 1), quoting, quoteLine, quoteField);
            }

            pos++; // the comma
        }
    }

    private static bool IsLineEnd(string text, int pos) => pos == text.Length - 1 && text[pos] == '\r';
}
