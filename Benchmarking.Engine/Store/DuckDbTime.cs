using System.Data.Common;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Times read back from DuckDB: the store writes every <c>TIMESTAMP</c> in UTC, and DuckDB returns it as a
/// <see cref="DateTime"/> of unspecified kind, which must not be taken for local time.
/// </summary>
internal static class DuckDbTime
{
    /// <summary>The stored UTC time <paramref name="time"/>.</summary>
    public static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    /// <summary>The stored UTC time in column <paramref name="ordinal"/>, or null for SQL NULL.</summary>
    public static DateTimeOffset? Utc(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Utc(reader.GetDateTime(ordinal));
}
