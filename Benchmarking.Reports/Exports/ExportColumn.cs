namespace Benchmarking.Reports.Exports;

/// <summary>One column of an export table.</summary>
/// <param name="Name">Column name: lower-case snake_case, the same in every format.</param>
/// <param name="Type">Its type.</param>
public sealed record ExportColumn(string Name, ExportColumnType Type);
