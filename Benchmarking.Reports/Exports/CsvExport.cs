using System.Globalization;
using System.Text;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Writes a table as RFC 4180 CSV: UTF-8 without BOM, "\n" line ends, a header row, cells quoted only when they hold a
/// comma, a quote, CR or LF. Text cells starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR are prefixed
/// with <c>'</c> so spreadsheets do not run them as formulas; numbers are never prefixed. Null is an empty cell.
/// </summary>
internal static class CsvExport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write(string.Join(',', table.Columns.Select(c => Quote(c.Name))));
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                ExportValues.Check(table.Columns[i], row[i]);
                writer.Write(Cell(row[i]));
            }

            writer.Write('\n');
        }
    }

    /// <summary>One cell's text: invariant, round-trip numbers; neutralised and quoted text.</summary>
    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string text => Quote(Neutralise(text)),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => ExportValues.Real(number),
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => ExportValues.Timestamp(time),
        _ => throw new InvalidOperationException($"Unsupported export value type {value.GetType().Name}."),
    };

    /// <summary>Prefixes <c>'</c> to text a spreadsheet would read as a formula (starts with = + - @ tab CR).</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
