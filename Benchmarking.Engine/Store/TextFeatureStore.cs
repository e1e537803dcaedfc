using System.Diagnostics;
using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Text;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The <c>text_features</c> table: one row per post for the current feature version, so re-scoring and reports read
/// stored features instead of re-running the model. <see cref="Update"/> is incremental and idempotent: it computes
/// only posts without a row of the current version (streamed from <c>posts</c> in batches on a second connection) and
/// appends them with the DuckDB appender. Besides the table it keeps one marker in <c>meta</c> (see <see cref="IsCurrent"/>).
/// </summary>
/// <remarks>
/// Invariants <see cref="IsCurrent"/> relies on: at most one row per post (<see cref="Update"/> appends only posts without
/// a row, and nothing else writes the table); every row's post exists (posts are never deleted, and a failed ingest
/// rolls back); and a post's brand status (<c>brand_id IS NOT NULL</c>) changes only when a different registry is
/// applied, which changes the registry fingerprint in <c>meta</c>.
/// </remarks>
internal static class TextFeatureStore
{
    public const string Table = "text_features";

    /// <summary>The <c>meta</c> key of the registry fingerprint under which every row's brand status was last checked.</summary>
    internal const string RegistryMarker = "text_features_registry";

    // The fingerprint of the registry applied to the store ('' before any), as Warehouse.ApplyRegistry records it.
    private const string RegistrySql = "SELECT coalesce((SELECT value FROM meta WHERE key = 'registry'), '')";

    private const string MarkRegistryCheckedSql = $"INSERT OR REPLACE INTO meta SELECT '{RegistryMarker}', ({RegistrySql})";

    /// <summary>Creates the table when missing.</summary>
    public static void EnsureCreated(Warehouse warehouse) => warehouse.Execute(SqlResource.Get("text-features-schema"));

    /// <summary>
    /// Rows appended before a commit: one DuckDB row group, so DuckDB writes a commit's rows into the database file as
    /// they come (its optimistic write) rather than through the write-ahead log and again at the checkpoint.
    /// </summary>
    internal const int RowsPerCommit = 122_880;

    public static TextFeatureUpdate Update(Warehouse warehouse, TextAnalyzer analyzer, int batchSize = TextQualityOptions.DefaultBatchSize, IProgress<TextFeatureProgress>? progress = null, CancellationToken cancellationToken = default, int rowsPerCommit = RowsPerCommit)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerCommit, 1);
        var stopwatch = Stopwatch.StartNew();
        var version = analyzer.Version;
        EnsureCreated(warehouse);

        long removed;
        using (var transaction = warehouse.Connection.BeginTransaction())
        {
            WeekChanges.MarkTextFeatures(warehouse, version);
            using (var delete = warehouse.Connection.CreateCommand())
            {
                delete.CommandText = SqlResource.Get("text-features-stale-delete");
                delete.Parameters.Add(new DuckDBParameter("version", version));
                removed = delete.ExecuteNonQuery();
            }

            // Every remaining row now matches its post's brand status under the registry applied now.
            warehouse.Execute(MarkRegistryCheckedSql);
            transaction.Commit();
        }

        // Every remaining row belongs to one stored post (the delete above; one row per post), so the posts to analyse
        // are the difference of two counts: no anti-join just to size the progress.
        var total = Math.Max(0, Convert.ToInt64(warehouse.Scalar("SELECT (SELECT count(*) FROM posts) - (SELECT count(*) FROM text_features)"), CultureInfo.InvariantCulture));
        long computed = 0;
        progress?.Report(new TextFeatureProgress(0, total));
        // A second connection to the same database (DuckDB.NET shares one instance per file within a process) streams
        // the posts on a background thread (ReadAhead) while the first appends. One appender takes whole batches until
        // it holds RowsPerCommit rows, then commits; leaving early (cancellation) commits the whole batches appended,
        // so an interrupted update keeps them and the next one continues. Three stages overlap: reading batch n + 1,
        // analysing batch n (on every core) and appending batch n − 1 on the calling thread, which also reports
        // progress, in order.
        using var reading = new DuckDBConnection(warehouse.Connection.ConnectionString);
        reading.Open();
        using var select = reading.CreateCommand();
        select.UseStreamingMode = true;
        select.CommandText = SqlResource.Get("text-features-unanalysed-posts");
        using var reader = select.ExecuteReader();
        using var posts = ReadAhead.Run((_, token) => Read(reader, token), null, cancellationToken).GetEnumerator();
        Task<PostFeatures[]>? analysing = null;
        DuckDBAppender? appender = null;
        var uncommitted = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = new List<PostText>(batchSize);
                while (batch.Count < batchSize && posts.MoveNext())
                {
                    batch.Add(posts.Current);
                }

                var next = batch.Count == 0 ? null : Task.Run(() => analyzer.Analyze(batch), CancellationToken.None);
                if (analysing is not null)
                {
                    var features = analysing.GetAwaiter().GetResult();
                    analysing = null;
                    appender ??= warehouse.Connection.CreateAppender(Table);
                    Append(appender, version, features);
                    computed += features.Length;
                    uncommitted += features.Length;
                    if (uncommitted >= rowsPerCommit)
                    {
                        appender.Dispose();
                        appender = null;
                        uncommitted = 0;
                    }

                    progress?.Report(new TextFeatureProgress(computed, Math.Max(total, computed)));
                }

                analysing = next;
                if (analysing is null)
                {
                    break;
                }
            }
        }
        finally
        {
            // Leaving early (cancellation or a failure): let the analysis in flight finish; its batch is not written.
            if (analysing is not null)
            {
                try
                {
                    analysing.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The failure that ended the update is the one to report.
                }
            }

            // Closing commits the rows appended since the last commit (the rest, or the whole batches before leaving early).
            appender?.Dispose();
        }

        return new TextFeatureUpdate(version, computed, removed, stopwatch.Elapsed);
    }

    private static IEnumerable<PostText> Read(DuckDBDataReader reader, CancellationToken cancellationToken)
    {
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PostText(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.IsDBNull(3) ? string.Empty : reader.GetString(3));
        }
    }

    private static void Append(DuckDBAppender appender, string version, PostFeatures[] features)
    {
        foreach (var f in features)
        {
            var row = appender.CreateRow()
                .AppendValue(f.Platform)
                .AppendValue(f.PostId)
                .AppendValue(version)
                .AppendValue(f.IsBrand);
            row = f.Sentiment is { } s ? row.AppendValue(s.ToName()) : row.AppendNullValue();
            row = f.Polarity is { } p ? row.AppendValue(p) : row.AppendNullValue();
            row = f.Intents is { } i ? row.AppendValue(i.Count == 1 ? i[0].ToName() : string.Join(',', i.Select(x => x.ToName()))) : row.AppendNullValue();
            row = row.AppendValue(f.Themes);
            row = f.ReplyNorm is { } n ? row.AppendValue(n) : row.AppendNullValue();
            row = f.TemplateHash is { } h ? row.AppendValue(h) : row.AppendNullValue();
            row.AppendValue(f.Deflection).AppendValue(f.Hedging).EndRow();
        }
    }

    /// <summary>
    /// True when <see cref="Update"/> with features <paramref name="version"/> would have nothing to do: every post has
    /// a row, every row has that version and matches its post's brand status.
    /// </summary>
    /// <remarks>
    /// O(1) in the usual case: no row of another version, as many rows as posts (with at most one row per post and no
    /// row without its post, that is one row for every post), and the brand statuses were last checked under the
    /// registry applied now (the <c>meta</c> marker <c>text_features_registry</c> equals the registry fingerprint; written
    /// by <see cref="Update"/> in the transaction of its delete). Only when the registry changed since, or the store
    /// predates the marker, does it compare every row with its post, once, and record the marker when all match.
    /// </remarks>
    public static bool IsCurrent(Warehouse warehouse, string version)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(version);
        EnsureCreated(warehouse);
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = SqlResource.Get("text-features-currency");
            command.Parameters.Add(new DuckDBParameter("marker", RegistryMarker));
            command.Parameters.Add(new DuckDBParameter("version", version));
            using var reader = command.ExecuteReader();
            reader.Read();
            if (reader.GetInt64(0) > 0 || reader.GetInt64(1) != reader.GetInt64(2))
            {
                return false;
            }

            if (reader.GetBoolean(3))
            {
                return true;
            }
        }

        using var transaction = warehouse.Connection.BeginTransaction();
        var mismatched = Convert.ToInt64(warehouse.Scalar(SqlResource.Get("text-features-mismatched")), CultureInfo.InvariantCulture);
        if (mismatched > 0)
        {
            return false;
        }

        warehouse.Execute(MarkRegistryCheckedSql);
        transaction.Commit();
        return true;
    }

    /// <summary>Rows stored for <paramref name="version"/> (for tests and the CLI summary).</summary>
    public static long Count(Warehouse warehouse, string version)
    {
        EnsureCreated(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SqlResource.Get("text-features-count");
        command.Parameters.Add(new DuckDBParameter("version", version));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
