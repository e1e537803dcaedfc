namespace Benchmarking.Reports.Exports;

/// <summary>File format of an export (see <c>docs/exports.md</c>).</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV, UTF-8 without BOM, "\n" line ends, formula-neutralised text cells.</summary>
    Csv,

    /// <summary>A JSON array of objects, one per row, properties in column order.</summary>
    Json,

    /// <summary>Apache Parquet, written by DuckDB's <c>COPY … (FORMAT PARQUET)</c>.</summary>
    Parquet,

    /// <summary>Apache Arrow IPC file format (<c>ArrowFileWriter</c>, random-access, with footer).</summary>
    Arrow,
}
