namespace Benchmarking.Reports.Exports;

/// <summary>Column types of an export table. Every column is nullable.</summary>
public enum ExportColumnType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>64-bit integer (<see cref="long"/>).</summary>
    Integer,

    /// <summary>64-bit floating point (<see cref="double"/>).</summary>
    Real,

    /// <summary>Boolean (<see cref="bool"/>).</summary>
    Boolean,

    /// <summary>An instant in UTC (<see cref="DateTimeOffset"/> with zero offset), microsecond precision.</summary>
    Timestamp,
}
