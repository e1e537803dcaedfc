using System.Globalization;
using System.Text;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Writes rejected rows as CSV (<c>file,row,line,column,reason,value,fix</c>). Cells that a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) are prefixed with an apostrophe; control characters are
/// written as <c>\uXXXX</c> escapes (<see cref="ControlCharacters"/>).
/// </summary>
internal sealed class RejectsWriter : IDisposable
{
    private readonly StreamWriter writer;
    private bool disposed;

    public RejectsWriter(string path)
    {
        writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("file,row,line,column,reason,value,fix");
    }

    public void Write(RejectedRow row)
    {
        writer.WriteLine(string.Join(',',
            Cell(row.File),
            row.Row.ToString(CultureInfo.InvariantCulture),
            row.Line.ToString(CultureInfo.InvariantCulture),
            Cell(row.Column),
            row.Reason.Code(),
            Cell(row.Value),
            Cell(row.Reason.Fix())));
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            writer.Dispose();
        }
    }

    internal static string Cell(string value)
    {
        value = ControlCharacters.Escape(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
