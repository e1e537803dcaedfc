using System.Text.Json;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Writes a table as a JSON array of objects, one per row, properties in column order (null values included), indented
/// with "\n" line ends. Numbers use the shortest round-trip form; timestamps are ISO 8601 UTC strings ending in <c>Z</c>;
/// non-finite numbers (never produced by the engine) become null.
/// </summary>
internal static class JsonExport
{
    private const int FlushEvery = 1000;

    public static void Write(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartArray();
        var count = 0;
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                ExportValues.Check(column, row[i]);
                writer.WritePropertyName(column.Name);
                switch (row[i])
                {
                    case null:
                    case double d when !double.IsFinite(d):
                        writer.WriteNullValue();
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case long number:
                        writer.WriteNumberValue(number);
                        break;
                    case double number:
                        writer.WriteNumberValue(number);
                        break;
                    case bool flag:
                        writer.WriteBooleanValue(flag);
                        break;
                    case DateTimeOffset time:
                        writer.WriteStringValue(ExportValues.Timestamp(time));
                        break;
                }
            }

            writer.WriteEndObject();
            if (++count % FlushEvery == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
