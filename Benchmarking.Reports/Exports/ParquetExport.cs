using System.Globalization;
using DuckDB.NET.Data;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Writes a table as Parquet through DuckDB: the rows are appended into a table of a private in-memory DuckDB database
/// (which spills to <c>&lt;file&gt;.duckdb.tmp</c> beyond its memory budget, so the rows never sit in .NET memory), then
/// <c>COPY … TO … (FORMAT PARQUET)</c> writes the file. Types: VARCHAR, BIGINT, DOUBLE, BOOLEAN, TIMESTAMP (UTC).
/// </summary>
internal static class ParquetExport
{
    public static void Write(ExportTable table, string path, CancellationToken cancellationToken)
    {
        var spill = path + ".duckdb.tmp";
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            Execute(connection, $"SET memory_limit = '1GB'; SET temp_directory = {Literal(spill)};");
            var columns = string.Join(", ", table.Columns.Select(c => $"{Identifier(c.Name)} {SqlType(c.Type)}"));
            Execute(connection, $"CREATE TABLE export ({columns})");
            using (var appender = connection.CreateAppender("export"))
            {
                foreach (var row in table.Rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var appended = appender.CreateRow();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        ExportValues.Check(table.Columns[i], row[i]);
                        appended = row[i] switch
                        {
                            null => appended.AppendNullValue(),
                            string text => appended.AppendValue(text),
                            long number => appended.AppendValue((long?)number),
                            double number => appended.AppendValue((double?)number),
                            bool flag => appended.AppendValue((bool?)flag),
                            DateTimeOffset time => appended.AppendValue((DateTime?)time.UtcDateTime),
                            _ => throw new InvalidOperationException($"Unsupported export value type {row[i]!.GetType().Name}."),
                        };
                    }

                    appended.EndRow();
                }
            }

            Execute(connection, $"COPY export TO {Literal(path)} (FORMAT PARQUET)");
        }
        finally
        {
            if (Directory.Exists(spill))
            {
                Directory.Delete(spill, recursive: true);
            }
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string SqlType(ExportColumnType type) => type switch
    {
        ExportColumnType.Text => "VARCHAR",
        ExportColumnType.Integer => "BIGINT",
        ExportColumnType.Real => "DOUBLE",
        ExportColumnType.Boolean => "BOOLEAN",
        ExportColumnType.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, string.Create(CultureInfo.InvariantCulture, $"Unsupported column type {type}.")),
    };
}
