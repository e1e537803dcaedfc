using System.Globalization;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Scoring;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Reads and writes weekly snapshots (<c>weekly_snapshots</c>, <c>weekly_brand_results</c>,
/// <c>weekly_brand_components</c>; see <c>docs/schema.md</c>). A week is replaced as a whole in one transaction.
/// </summary>
internal static class SnapshotTables
{
    /// <summary>
    /// Replaces the snapshot of <paramref name="snapshot"/>'s week: deletes every row of that week from the three tables
    /// and inserts the new ones, in one transaction. On any failure the transaction is rolled back and the earlier
    /// snapshot of the week (if any) is left exactly as it was.
    /// </summary>
    /// <param name="warehouse">The store.</param>
    /// <param name="snapshot">The new snapshot.</param>
    /// <param name="beforeCommit">Test seam: called after the inserts, before the commit.</param>
    public static void Replace(Warehouse warehouse, WeeklySnapshot snapshot, Action? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Write(warehouse, snapshot.Week, snapshot, beforeCommit);
    }

    /// <summary>
    /// Deletes the snapshot of <paramref name="week"/> from the three tables in one transaction; returns whether one was
    /// stored. On failure nothing is deleted.
    /// </summary>
    public static bool Delete(Warehouse warehouse, IsoWeek week, Action? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var stored = warehouse.Scalar($"SELECT count(*) FROM weekly_snapshots WHERE week = '{week}'") is long n && n > 0;
        if (stored)
        {
            Write(warehouse, week, null, beforeCommit);
        }

        return stored;
    }

    private static void Write(Warehouse warehouse, IsoWeek weekToReplace, WeeklySnapshot? snapshot, Action? beforeCommit)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var week = weekToReplace.ToString();
        var connection = warehouse.Connection;
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            delete.CommandText = SqlResource.Get("weekly-snapshot-delete");
            delete.Parameters.Add(new DuckDBParameter("week", week));
            delete.ExecuteNonQuery();
        }

        if (snapshot is not null)
        {
            Insert(connection, snapshot, week);
        }

        beforeCommit?.Invoke();
        transaction.Commit();
    }

    private static void Insert(DuckDBConnection connection, WeeklySnapshot snapshot, string week)
    {
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = SqlResource.Get("weekly-snapshot-insert");
            var a = snapshot.Accounting;
            Add(insert, "week", week);
            Add(insert, "start", snapshot.Week.Start.UtcDateTime);
            Add(insert, "end", snapshot.Week.End.UtcDateTime);
            Add(insert, "computed", snapshot.ComputedAt.UtcDateTime);
            Add(insert, "version", snapshot.MethodologyVersion);
            Add(insert, "weights", snapshot.Weights);
            Add(insert, "normalisation", snapshot.Normalisation);
            Add(insert, "window", snapshot.AnswerWindow.TotalSeconds);
            Add(insert, "min", snapshot.MinimumMentions);
            Add(insert, "bootstrap", snapshot.BootstrapResamples);
            Add(insert, "seed", snapshot.Seed);
            Add(insert, "first", snapshot.FirstMention?.UtcDateTime);
            Add(insert, "last", snapshot.LastMention?.UtcDateTime);
            Add(insert, "asof", snapshot.AsOf?.UtcDateTime);
            Add(insert, "wposts", a.WeekPosts);
            Add(insert, "wmentions", a.WeekMentions);
            Add(insert, "wpending", a.WeekPending);
            Add(insert, "sposts", a.StorePosts);
            Add(insert, "ssources", a.StoreSources);
            Add(insert, "read", a.RunRowsRead);
            Add(insert, "accepted", a.RunRowsAccepted);
            Add(insert, "rejected", a.RunRowsRejected);
            Add(insert, "clock", snapshot.Clock);
            insert.ExecuteNonQuery();
        }

        using (var brands = connection.CreateAppender("weekly_brand_results"))
        {
            var position = 0;
            foreach (var b in snapshot.Brands)
            {
                var row = brands.CreateRow().AppendValue(week).AppendValue(++position).AppendValue(b.BrandId).AppendValue(b.Name).AppendValue(b.Industry);
                row = b.Rank is { } rank ? row.AppendValue(rank) : row.AppendNullValue();
                row = b.TieGroup is { } tie ? row.AppendValue(tie) : row.AppendNullValue();
                row = row.AppendValue(b.Mentions).AppendValue(b.Answered).AppendValue(b.Pending);
                row = Nullable(row, b.ResponseRate);
                row = Nullable(row, b.MedianSeconds);
                row = row.AppendValue(b.Score);
                row = Nullable(row, b.ScoreLower);
                Nullable(row, b.ScoreUpper).EndRow();
            }
        }

        using (var components = connection.CreateAppender("weekly_brand_components"))
        {
            foreach (var b in snapshot.Brands)
            {
                var position = 0;
                foreach (var c in b.Components)
                {
                    components.CreateRow().AppendValue(week).AppendValue(b.BrandId).AppendValue(++position)
                        .AppendValue(c.Id).AppendValue(c.Name).AppendValue(c.Score).AppendValue(c.Weight).EndRow();
                }
            }
        }
    }

    /// <summary>Every stored snapshot, earliest week first.</summary>
    public static IReadOnlyList<WeeklySnapshot> LoadAll(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        var connection = warehouse.Connection;
        var components = new Dictionary<(string Week, string Brand), List<ComponentScore>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqlResource.Get("weekly-brand-components");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetString(0), reader.GetString(1));
                if (!components.TryGetValue(key, out var list))
                {
                    components[key] = list = [];
                }

                list.Add(new ComponentScore(reader.GetString(2), reader.GetString(3), reader.GetDouble(4), reader.GetDouble(5)));
            }
        }

        var brands = new Dictionary<string, List<WeeklyBrandResult>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqlResource.Get("weekly-brand-results");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var week = reader.GetString(0);
                if (!brands.TryGetValue(week, out var list))
                {
                    brands[week] = list = [];
                }

                var brandId = reader.GetString(1);
                list.Add(new WeeklyBrandResult(
                    brandId, reader.GetString(2), reader.GetString(3), Int(reader, 4), Int(reader, 5),
                    reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), Double(reader, 9), Double(reader, 10),
                    reader.GetDouble(11), Double(reader, 12), Double(reader, 13),
                    components.TryGetValue((week, brandId), out var c) ? c : []));
            }
        }

        var snapshots = new List<WeeklySnapshot>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqlResource.Get("weekly-snapshots");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var week = reader.GetString(0);
                snapshots.Add(new WeeklySnapshot(
                    IsoWeek.Parse(week),
                    DuckDbTime.Utc(reader.GetDateTime(1)),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    TimeSpan.FromSeconds(reader.GetDouble(5)),
                    reader.GetInt32(6),
                    reader.GetInt32(7),
                    reader.GetInt32(8),
                    DuckDbTime.Utc(reader, 9),
                    DuckDbTime.Utc(reader, 10),
                    DuckDbTime.Utc(reader, 11),
                    new SnapshotAccounting(reader.GetInt64(12), reader.GetInt64(13), reader.GetInt64(14), reader.GetInt64(15),
                        reader.GetInt64(16), reader.GetInt64(17), reader.GetInt64(18), reader.GetInt64(19)),
                    brands.TryGetValue(week, out var list) ? list : []) { Clock = reader.GetString(20) });
            }
        }

        return snapshots;
    }

    /// <summary>Posts in the store timed inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static long PostsBetween(Warehouse warehouse, DateTimeOffset from, DateTimeOffset to)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("posts-between");
        Add(command, "from", from.UtcDateTime);
        Add(command, "to", to.UtcDateTime);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Add(DuckDBCommand command, string name, object? value) =>
        command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));

    private static IDuckDBAppenderRow Nullable(IDuckDBAppenderRow row, double? value) =>
        value is { } v ? row.AppendValue(v) : row.AppendNullValue();

    private static int? Int(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);

    private static double? Double(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
