namespace Benchmarking.Engine.Ingest;

/// <summary>
/// One input row that was not stored, with where it is and why. Never carries post text: <see cref="Value"/> holds the
/// offending value only for structural columns (ids, flags, timestamps).
/// </summary>
/// <param name="File">Input file.</param>
/// <param name="Row">1-based data record number (the header is not counted).</param>
/// <param name="Line">1-based physical line where the record starts.</param>
/// <param name="Column">Column at fault, or empty when the whole record is at fault.</param>
/// <param name="Reason">Why the row was rejected.</param>
/// <param name="Value">The offending value for structural columns (never post text), else empty.</param>
public sealed record RejectedRow(string File, long Row, long Line, string Column, RejectReason Reason, string Value)
{
    /// <summary>Physical lines the rejected record spans: 1, or more for a quote left open over line breaks.</summary>
    public long Lines { get; init; } = 1;


    /// <summary>
    /// A one-line, human-readable description naming file, row, line and column and how to fix it. Control characters
    /// in it are escaped (<see cref="ControlCharacters"/>), so it is safe to print to a terminal.
    /// </summary>
    public override string ToString()
    {
        var column = Column.Length > 0 ? $", column '{Column}'" : string.Empty;
        var value = Value.Length > 0 ? $" (value '{Value}')" : string.Empty;
        var lines = Lines > 1 ? $"lines {Line}-{Line + Lines - 1}" : $"line {Line}";
        return ControlCharacters.Escape($"{File}: row {Row} ({lines}){column}: {Reason.Code()}{value}; {Reason.Fix()}");
    }
}
