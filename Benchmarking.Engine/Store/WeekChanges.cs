using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The <c>week_changes</c> table: per ISO week (Monday, UTC), one row for each committed write that changed a row the
/// evaluation of the week reads, so that the evaluation cache (Pipeline/EvaluationCache.cs) checks an entry against a
/// count per week instead of hashing the stored posts of every week it reads.
/// </summary>
/// <remarks>
/// <para>A week's evaluation reads its posts (selected by their UTC time: a business clock measures durations only),
/// every reply to them whenever posted, the posts they reply to and their text features. Every statement that writes
/// <c>posts</c> or <c>text_features</c> marks the weeks it changes in its own transaction, so a failed write marks
/// nothing: the ingest (<see cref="MarkIngest"/>: new and edited posts, the weeks of their stored parents and stored
/// replies), a registry applied to the stored posts (<see cref="MarkAll"/>: it may change any post's brand) and a
/// text-feature update (<see cref="MarkTextFeatures"/>). Rows are never removed, so a week's count only grows and a
/// count once seen never stands for other data. A week with posts has at least one row (the upgrade from schema version
/// 6 gives each one), so a week without rows has no posts.</para>
/// <para>Marking is at least as wide as the data the evaluation reads: a change to a post marks the week of the post,
/// of its parent and of each of its replies, whether or not the changed field is one the evaluation reads.</para>
/// </remarks>
internal static class WeekChanges
{
    /// <summary>Marks the weeks an ingest changes: see <c>Sql/week-changes-ingest.sql</c> for when it runs.</summary>
    public static void MarkIngest(Warehouse warehouse) => warehouse.Execute(SqlResource.Get("week-changes-ingest"));

    /// <summary>Marks every week with posts.</summary>
    public static void MarkAll(Warehouse warehouse) => warehouse.Execute(SqlResource.Get("week-changes-all"));

    /// <summary>Marks the weeks of the posts whose text features of <paramref name="version"/> an update deletes or writes.</summary>
    public static void MarkTextFeatures(Warehouse warehouse, string version)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("week-changes-text-features");
        command.Parameters.Add(new DuckDBParameter("version", version));
        command.ExecuteNonQuery();
    }

    /// <summary>The fingerprint of every week with changes in [<paramref name="from"/>, <paramref name="to"/>), by the week's Monday (UTC).</summary>
    public static IReadOnlyDictionary<DateTimeOffset, string> Fingerprints(Warehouse warehouse, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("week-changes-count");
        command.Parameters.Add(new DuckDBParameter("from", from.UtcDateTime));
        command.Parameters.Add(new DuckDBParameter("to", to.UtcDateTime));
        using var reader = command.ExecuteReader();
        var weeks = new Dictionary<DateTimeOffset, string>();
        while (reader.Read())
        {
            weeks[DuckDbTime.Utc(reader.GetDateTime(0))] = reader.GetString(1);
        }

        return weeks;
    }
}
