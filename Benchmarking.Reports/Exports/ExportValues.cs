using System.Globalization;

namespace Benchmarking.Reports.Exports;

/// <summary>Culture- and time-zone-independent text forms of export values, shared by the CSV and JSON writers.</summary>
internal static class ExportValues
{
    /// <summary>ISO 8601 in UTC with a <c>Z</c>; fractional seconds only when present (trailing zeros dropped).</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>The shortest text that parses back (invariant culture) to exactly the same double.</summary>
    public static string Real(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Checks that <paramref name="value"/> fits <paramref name="column"/>; a mismatch is a bug in the table builder.</summary>
    public static void Check(ExportColumn column, object? value)
    {
        var ok = value is null || column.Type switch
        {
            ExportColumnType.Text => value is string,
            ExportColumnType.Integer => value is long,
            ExportColumnType.Real => value is double,
            ExportColumnType.Boolean => value is bool,
            ExportColumnType.Timestamp => value is DateTimeOffset { Offset.Ticks: 0 },
            _ => false,
        };
        if (!ok)
        {
            throw new InvalidOperationException($"Column '{column.Name}' is {column.Type} but got {value!.GetType().Name}.");
        }
    }
}
