using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Output;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Writes the data exports of a run to <c>&lt;out&gt;/export/&lt;table&gt;.&lt;csv|json|parquet|arrow&gt;</c>, each file
/// atomically (temporary file, then move). CSV and JSON are byte-identical for the same data whatever the culture or
/// time zone. See <c>docs/exports.md</c>.
/// </summary>
public static class DataExporter
{
    /// <summary>Sub-folder of the output folder holding the exports.</summary>
    internal const string Folder = "export";

    /// <summary>
    /// Writes the tables of <paramref name="options"/> in its formats; <paramref name="mentions"/> is enumerated once per
    /// format when the mentions table is asked for. Returns the full paths written, table by table, format by format.
    /// </summary>
    public static IReadOnlyList<string> Write(
        BenchmarkResult result, IEnumerable<MentionFact> mentions, string outputDirectory, ExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var directory = Path.Combine(Path.GetFullPath(outputDirectory), Folder);
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var kind in options.Tables.Distinct())
        {
            var table = kind switch
            {
                ExportTableKind.Brands => ExportTables.Brands(result),
                ExportTableKind.Rankings => ExportTables.Rankings(result),
                _ => ExportTables.Mentions(mentions, options),
            };
            foreach (var format in options.Formats.Distinct())
            {
                var path = Path.Combine(directory, $"{table.Name}.{Extension(format)}");
                AtomicFile.Write(path, temp => WriteOne(table, format, temp, cancellationToken));
                paths.Add(path);
            }
        }

        return paths;
    }

    /// <summary>The file extension of a format (<c>csv</c>, <c>json</c>, <c>parquet</c>, <c>arrow</c>).</summary>
    internal static string Extension(ExportFormat format) => format.ToString().ToLowerInvariant();

    private static void WriteOne(ExportTable table, ExportFormat format, string path, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Parquet)
        {
            ParquetExport.Write(table, path, cancellationToken);
            return;
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        switch (format)
        {
            case ExportFormat.Csv:
                CsvExport.Write(table, stream, cancellationToken);
                break;
            case ExportFormat.Json:
                JsonExport.Write(table, stream, cancellationToken);
                break;
            default:
                ArrowExport.Write(table, stream, cancellationToken);
                break;
        }

        stream.Flush(flushToDisk: true);
    }
}
