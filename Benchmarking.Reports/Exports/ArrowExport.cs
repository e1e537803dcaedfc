using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Benchmarking.Reports.Exports;

/// <summary>
/// Writes a table in the Arrow IPC file format (<see cref="ArrowFileWriter"/>: schema, record batches of at most
/// <see cref="BatchRows"/> rows, footer). Types: utf8, int64, float64, bool, timestamp[us, tz=UTC]; every field nullable.
/// </summary>
internal static class ArrowExport
{
    public const int BatchRows = 65_536;

    private static readonly TimestampType UtcMicroseconds = new(TimeUnit.Microsecond, "UTC");

    public static Schema SchemaOf(ExportTable table)
    {
        var builder = new Schema.Builder();
        foreach (var column in table.Columns)
        {
            builder.Field(f => f.Name(column.Name).DataType(TypeOf(column.Type)).Nullable(true));
        }

        return builder.Build();
    }

    public static void Write(ExportTable table, Stream stream, CancellationToken cancellationToken)
    {
        var schema = SchemaOf(table);
        using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);
        var batch = new List<object?[]>(BatchRows);
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(row);
            if (batch.Count == BatchRows)
            {
                writer.WriteRecordBatch(Batch(schema, table.Columns, batch));
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            writer.WriteRecordBatch(Batch(schema, table.Columns, batch));
        }

        writer.WriteEnd();
    }

    private static RecordBatch Batch(Schema schema, IReadOnlyList<ExportColumn> columns, List<object?[]> rows)
    {
        var arrays = new IArrowArray[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            foreach (var row in rows)
            {
                ExportValues.Check(column, row[i]);
            }

            arrays[i] = column.Type switch
            {
                ExportColumnType.Text => Build(new StringArray.Builder(), rows, i, (b, v) => b.Append((string)v)),
                ExportColumnType.Integer => Build(new Int64Array.Builder(), rows, i, (b, v) => b.Append((long)v)),
                ExportColumnType.Real => Build(new DoubleArray.Builder(), rows, i, (b, v) => b.Append((double)v)),
                ExportColumnType.Boolean => Build(new BooleanArray.Builder(), rows, i, (b, v) => b.Append((bool)v)),
                ExportColumnType.Timestamp => Build(new TimestampArray.Builder(UtcMicroseconds), rows, i, (b, v) => b.Append((DateTimeOffset)v)),
                _ => throw new InvalidOperationException($"Unsupported column type {column.Type}."),
            };
        }

        return new RecordBatch(schema, arrays, rows.Count);
    }

    private static IArrowArray Build<TBuilder>(TBuilder builder, List<object?[]> rows, int ordinal, Action<TBuilder, object> append)
        where TBuilder : IArrowArrayBuilder<IArrowArray, TBuilder>
    {
        foreach (var row in rows)
        {
            if (row[ordinal] is { } value)
            {
                append(builder, value);
            }
            else
            {
                builder.AppendNull();
            }
        }

        return builder.Build(default);
    }

    private static IArrowType TypeOf(ExportColumnType type) => type switch
    {
        ExportColumnType.Text => StringType.Default,
        ExportColumnType.Integer => Int64Type.Default,
        ExportColumnType.Real => DoubleType.Default,
        ExportColumnType.Boolean => BooleanType.Default,
        ExportColumnType.Timestamp => UtcMicroseconds,
        _ => throw new InvalidOperationException($"Unsupported column type {type}."),
    };
}
