using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Reads and writes <c>evaluation_cache</c>, the evaluations of earlier weekly runs kept for reuse
/// (Pipeline/EvaluationCache.cs); the per-week fingerprints they are checked against are <see cref="WeekChanges"/>.
/// </summary>
internal static class EvaluationCacheTable
{
    /// <summary>The entry stored under <paramref name="key"/>, or null.</summary>
    public static CachedEvaluation? Read(Warehouse warehouse, string key)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT period_end, fingerprint, as_of_ticks, pending, payload FROM evaluation_cache WHERE cache_key = $key";
        command.Parameters.Add(new DuckDBParameter("key", key));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new CachedEvaluation(
                DuckDbTime.Utc(reader.GetDateTime(0)),
                reader.GetString(1),
                new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero),
                reader.GetInt64(3),
                reader.GetString(4))
            : null;
    }

    /// <summary>Stores <paramref name="entry"/> under <paramref name="key"/>, replacing an earlier entry, in one transaction.</summary>
    public static void Write(Warehouse warehouse, string key, CachedEvaluation entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(entry);
        var connection = warehouse.Connection;
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM evaluation_cache WHERE cache_key = $key";
            delete.Parameters.Add(new DuckDBParameter("key", key));
            delete.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO evaluation_cache VALUES ($key, $end, $fingerprint, $asof, $pending, $payload, $now)";
            insert.Parameters.Add(new DuckDBParameter("key", key));
            insert.Parameters.Add(new DuckDBParameter("end", entry.PeriodEnd.UtcDateTime));
            insert.Parameters.Add(new DuckDBParameter("fingerprint", entry.Fingerprint));
            insert.Parameters.Add(new DuckDBParameter("asof", entry.AsOf.UtcTicks));
            insert.Parameters.Add(new DuckDBParameter("pending", entry.Pending));
            insert.Parameters.Add(new DuckDBParameter("payload", entry.Payload));
            insert.Parameters.Add(new DuckDBParameter("now", now.UtcDateTime));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Deletes the entries of periods ending at or before <paramref name="before"/>; returns how many there were.</summary>
    public static long Prune(Warehouse warehouse, DateTimeOffset before)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "DELETE FROM evaluation_cache WHERE period_end <= $before";
        command.Parameters.Add(new DuckDBParameter("before", before.UtcDateTime));
        return command.ExecuteNonQuery();
    }

    /// <summary>Deletes every entry; returns how many there were.</summary>
    public static long Clear(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "DELETE FROM evaluation_cache";
        return command.ExecuteNonQuery();
    }
}
