using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>Reads what a store holds, for comparing pulls.</summary>
internal static class StoredPosts
{
    /// <summary>Every stored post as <c>platform|post_id|author|brand|created_at|in_reply_to|content_hash</c>, sorted.</summary>
    public static List<string> Rows(string store)
    {
        using var warehouse = Warehouse.Open(store);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"""
            SELECT platform || '|' || post_id || '|' || author || '|' || coalesce(brand_id, '-') || '|' || strftime(created_at, '%Y-%m-%dT%H:%M:%S') || '|' || coalesce(in_reply_to_id, '-') || '|' || {ContentHash.Stored}
            FROM posts ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Every checkpoint as <c>brand|platform|endpoint|last_id|last_time</c>, sorted.</summary>
    public static List<string> Checkpoints(string store)
    {
        using var warehouse = Warehouse.Open(store);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT brand_id || '|' || platform || '|' || endpoint || '|' || coalesce(last_id, '-') || '|' || coalesce(CAST(last_time AS VARCHAR), '-') FROM pull_checkpoints ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
