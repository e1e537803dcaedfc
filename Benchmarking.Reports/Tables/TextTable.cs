namespace Benchmarking.Reports.Tables;

/// <summary>
/// A table of already-formatted cells, rendered the same way to HTML and Markdown so both formats always show the same
/// figures. Cells are plain text: each renderer encodes them for its format.
/// </summary>
/// <remarks>
/// Public only because Razor components are always public and take it as a parameter; only this assembly creates one.
/// </remarks>
public sealed record TextTable
{
    /// <summary>Creates a table.</summary>
    /// <exception cref="ArgumentException">A row or the alignment list does not have one entry per header column.</exception>
    internal TextTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool> rightAligned)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rightAligned);
        if (rightAligned.Count != header.Count)
        {
            throw new ArgumentException($"alignment has {rightAligned.Count} entries but the header has {header.Count} columns", nameof(rightAligned));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != header.Count)
            {
                throw new ArgumentException($"row {i + 1} has {rows[i].Count} cells but the header has {header.Count} columns", nameof(rows));
            }
        }

        Header = header;
        Rows = rows;
        RightAligned = rightAligned;
    }

    /// <summary>Column headings.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Rows of cells, one per column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Whether each column holds figures (right-aligned).</summary>
    public IReadOnlyList<bool> RightAligned { get; }
}
