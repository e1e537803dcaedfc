namespace Benchmarking.Engine.Ingest;

/// <summary>How well a CSV record's quotes are formed (RFC 4180).</summary>
internal enum CsvQuoting
{
    /// <summary>Every quoted field is closed and followed by a comma or the end of the line.</summary>
    WellFormed,

    /// <summary>A quote inside an unquoted field, or characters after a closing quote.</summary>
    Stray,

    /// <summary>A quoted field is still open at the end of the file.</summary>
    Unterminated,

    /// <summary>A quoted field is still open after <see cref="CsvRecord.MaxLines"/> lines.</summary>
    TooLong,
}
