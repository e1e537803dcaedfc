using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>Reads and writes the <c>pull_checkpoints</c> table of the store (see <c>docs/schema.md</c>).</summary>
internal sealed class CheckpointStore(Warehouse warehouse)
{
    /// <summary>Every checkpoint of a brand on a platform, by endpoint.</summary>
    public IReadOnlyDictionary<string, PullCheckpoint> Load(string brandId, string platform)
    {
        var result = new Dictionary<string, PullCheckpoint>(StringComparer.Ordinal);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT endpoint, last_id, last_time FROM pull_checkpoints WHERE brand_id = $brand AND platform = $platform";
        command.Parameters.Add(new DuckDBParameter("brand", brandId));
        command.Parameters.Add(new DuckDBParameter("platform", platform));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var endpoint = reader.GetString(0);
            var lastId = reader.IsDBNull(1) ? null : reader.GetString(1);
            var lastTime = DuckDbTime.Utc(reader, 2);
            result[endpoint] = new PullCheckpoint(brandId, platform, endpoint, lastId, lastTime);
        }

        return result;
    }

    /// <summary>Inserts or replaces checkpoints; call inside the ingest transaction so they commit with the posts.</summary>
    public void Save(IEnumerable<PullCheckpoint> checkpoints, DateTimeOffset now)
    {
        foreach (var checkpoint in checkpoints)
        {
            using var command = warehouse.Connection.CreateCommand();
            command.CommandText = """
                DELETE FROM pull_checkpoints WHERE brand_id = $brand AND platform = $platform AND endpoint = $endpoint;
                INSERT INTO pull_checkpoints VALUES ($brand, $platform, $endpoint, $id, $time, $now);
                """;
            command.Parameters.Add(new DuckDBParameter("brand", checkpoint.BrandId));
            command.Parameters.Add(new DuckDBParameter("platform", checkpoint.Platform));
            command.Parameters.Add(new DuckDBParameter("endpoint", checkpoint.Endpoint));
            command.Parameters.Add(new DuckDBParameter("id", (object?)checkpoint.LastId ?? DBNull.Value));
            command.Parameters.Add(new DuckDBParameter("time", checkpoint.LastTime is { } t ? t.UtcDateTime : DBNull.Value));
            command.Parameters.Add(new DuckDBParameter("now", now.UtcDateTime));
            command.ExecuteNonQuery();
        }
    }
}
