namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// Times as the ClickHouse store keeps them: Int64 microseconds since the Unix epoch, UTC (18.16 has no
/// <c>DateTime64</c>; DuckDB's TIMESTAMP has the same resolution, so both stores hold the same instants).
/// </summary>
internal static class Microseconds
{
    /// <summary>A UTC time from microseconds since the Unix epoch.</summary>
    public static DateTimeOffset ToTime(long us) => DateTimeOffset.UnixEpoch.AddTicks(checked(us * 10));

    /// <summary>Microseconds since the Unix epoch (sub-microsecond ticks dropped, as DuckDB's TIMESTAMP does).</summary>
    public static long From(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
}
