namespace Benchmarking.Reports.Exports;

/// <summary>
/// A table to export: its columns and its rows, one value per column (<see langword="null"/>, <see cref="string"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or UTC <see cref="DateTimeOffset"/>, matching the
/// column type). <see cref="Rows"/> may be a stream from the store: every writer enumerates it once, row by row.
/// </summary>
/// <param name="Name">Table name, the base name of its files (e.g. <c>brands</c>).</param>
/// <param name="Columns">Columns in output order.</param>
/// <param name="Rows">Rows in output order.</param>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IEnumerable<object?[]> Rows);
