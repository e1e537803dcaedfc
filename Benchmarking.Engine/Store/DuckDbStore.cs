using System.Globalization;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The embedded DuckDB backend of <see cref="ICareStore"/>: one file (see <c>docs/schema.md</c>) opened by one process.
/// The conversation facts of the last <see cref="BuildConversations"/> are the temporary table
/// <c>conversation_facts</c>; the handle it returns is checked on every read.
/// </summary>
internal sealed class DuckDbStore : ICareStore
{
    private const string FactsTable = "conversation_facts";

    private ConversationSet? current;
    private long generation;

    private DuckDbStore(Warehouse warehouse) => Warehouse = warehouse;

    /// <summary>The store over an open warehouse (tests and benchmarks that prepare the warehouse themselves); disposing it closes the warehouse.</summary>
    internal static DuckDbStore Over(Warehouse warehouse) => new(warehouse);

    /// <summary>The warehouse behind the store (connection, schema and ingest).</summary>
    internal Warehouse Warehouse { get; }

    /// <inheritdoc/>
    public string Location => Warehouse.Path;

    /// <summary>Opens (creating if needed) the DuckDB file at <paramref name="path"/>.</summary>
    /// <exception cref="StoreException">The store cannot be opened (e.g. another run holds it).</exception>
    public static DuckDbStore Open(string path) => new(Warehouse.Open(path));

    /// <inheritdoc/>
    public void ApplyRegistry(BrandRegistry registry)
    {
        current = null; // the facts depend on the registry's handles
        Warehouse.ApplyRegistry(registry);
    }

    /// <inheritdoc/>
    public IngestSummary Ingest(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, IReadOnlyList<PullCheckpoint>? checkpoints = null, string? rejectsName = null)
    {
        current = null; // new posts can change any set of facts
        Action? beforeCommit = checkpoints is null ? null : () => new CheckpointStore(Warehouse).Save(checkpoints, time.GetUtcNow());
        return Warehouse.Ingest(source, options, time, progress, cancellationToken, beforeCommit, rejectsName);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, PullCheckpoint> Checkpoints(string brandId, string platform) =>
        new CheckpointStore(Warehouse).Load(brandId, platform);

    /// <inheritdoc/>
    public void SaveCheckpoints(IReadOnlyList<PullCheckpoint> checkpoints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        using var transaction = Warehouse.Connection.BeginTransaction();
        new CheckpointStore(Warehouse).Save(checkpoints, now);
        transaction.Commit();
    }

    /// <inheritdoc/>
    public StoreTotals Totals() => Warehouse.Totals();

    /// <inheritdoc/>
    public DateTimeOffset? LatestPostTime() => Warehouse.LatestPostTime() is { } latest ? DuckDbTime.Utc(latest) : null;

    /// <inheritdoc/>
    public long PostsBetween(DateTimeOffset from, DateTimeOffset to) => SnapshotTables.PostsBetween(Warehouse, from, to);

    /// <inheritdoc/>
    public ConversationSet BuildConversations(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        current = null; // if the build fails, no old handle may read the half-replaced table
        using (var command = Command(SqlResource.Get("conversation-facts"), scope))
        {
            command.ExecuteNonQuery();
        }

        current = new ConversationSet(scope, FactsTable, ++generation);
        return current;
    }

    /// <inheritdoc/>
    public IEnumerable<ConversationFact> ReadConversations(ConversationSet set, bool withAuthors = false)
    {
        CheckCurrent(set);
        return Rows(withAuthors ? "conversation-facts-read-authors" : "conversation-facts-read", set.Scope, reader =>
        {
            var mentionAt = DuckDbTime.Utc(reader.GetDateTime(3));
            DateTimeOffset? firstReplyAt = DuckDbTime.Utc(reader, 4);
            return new ConversationFact(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                mentionAt,
                firstReplyAt,
                set.Scope.StatusOf(mentionAt, firstReplyAt),
                reader.GetInt32(5),
                withAuthors ? reader.GetString(6) : null);
        });
    }

    /// <inheritdoc/>
    public ConversationChecks CheckConversations(ConversationSet set)
    {
        CheckCurrent(set);
        using var command = Command(SqlResource.Get("conversation-checks"), set.Scope);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ConversationChecks(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, long> CountBrandPosts(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = Command(SqlResource.Get("brand-posts"), scope);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <inheritdoc/>
    public IEnumerable<ReplyDelay> ReadReplyDelays(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Rows("reply-delays", scope, reader => new ReplyDelay(reader.GetString(0), reader.GetInt64(1)));
    }

    /// <inheritdoc/>
    public bool TextFeaturesCurrent(string version) => TextFeatureStore.IsCurrent(Warehouse, version);

    /// <inheritdoc/>
    public long CountTextFeatures(string version) => TextFeatureStore.Count(Warehouse, version);

    /// <inheritdoc/>
    public TextFeatureUpdate UpdateTextFeatures(TextAnalyzer analyzer, int batchSize, IProgress<TextFeatureProgress>? progress, CancellationToken cancellationToken) =>
        TextFeatureStore.Update(Warehouse, analyzer, batchSize, progress, cancellationToken);

    /// <inheritdoc/>
    public bool IsTextAnalysed(ConversationScope scope)
    {
        TextFeatureStore.EnsureCreated(Warehouse);
        using var command = Command(SqlResource.Get("text-analysed"), scope);
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(0) > 0 && reader.GetInt64(1) == 0;
    }

    /// <inheritdoc/>
    public IReadOnlyList<(string BrandId, ReplyTemplate Template)>? ReadReplyTemplates(ConversationScope scope)
    {
        TextFeatureStore.EnsureCreated(Warehouse);
        var list = new List<(string, ReplyTemplate)>();
        using var command = Command(SqlResource.Get("reply-templates"), scope);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt64(5) > 0)
            {
                return null;
            }

            list.Add((reader.GetString(0), new ReplyTemplate(reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4))));
        }

        return list;
    }

    /// <inheritdoc/>
    public IEnumerable<MentionTextRow> ReadMentionTexts(ConversationSet set)
    {
        CheckCurrent(set);
        TextFeatureStore.EnsureCreated(Warehouse);
        return Rows("mention-texts", set.Scope, reader =>
        {
            var at = reader.GetDateTime(2);
            DateTimeOffset? firstReplyAt = DuckDbTime.Utc(reader, 3);
            return new MentionTextRow(
                reader.GetString(0),
                reader.GetString(1),
                set.Scope.StatusOf(DuckDbTime.Utc(at), firstReplyAt),
                at,
                NullableString(reader, 4),
                NullableString(reader, 5),
                reader.GetString(6),
                NullableString(reader, 7));
        });
    }

    /// <inheritdoc/>
    public IEnumerable<BrandReplyRow> ReadBrandReplies(ConversationScope scope)
    {
        TextFeatureStore.EnsureCreated(Warehouse);
        return Rows("brand-replies", scope, reader =>
            new BrandReplyRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
    }

    /// <inheritdoc/>
    public IEnumerable<FollowUpRow> ReadFollowUps(ConversationSet set)
    {
        CheckCurrent(set);
        TextFeatureStore.EnsureCreated(Warehouse);
        return Rows("follow-ups", set.Scope, reader => (
                Answered: set.Scope.StatusOf(DuckDbTime.Utc(reader.GetDateTime(2)), DuckDbTime.Utc(reader.GetDateTime(3))) == MentionStatus.Answered,
                Row: new FollowUpRow(reader.GetString(0), reader.GetString(1), NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6))))
            .Where(x => x.Answered)
            .Select(x => x.Row);
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredPost> ReadPosts(IReadOnlyCollection<string> postIds)
    {
        ArgumentNullException.ThrowIfNull(postIds);
        var posts = new List<StoredPost>();
        if (postIds.Count == 0)
        {
            return posts;
        }

        Warehouse.Execute("CREATE OR REPLACE TEMP TABLE quality_examples (post_id VARCHAR)");
        try
        {
            using (var appender = Warehouse.Connection.CreateAppender("temp", "main", "quality_examples"))
            {
                foreach (var id in postIds)
                {
                    appender.CreateRow().AppendValue(id).EndRow();
                }
            }

            using var command = Warehouse.Connection.CreateCommand();
            command.CommandText = SqlResource.Get("example-posts");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                posts.Add(new StoredPost(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), DuckDbTime.Utc(reader.GetDateTime(3)), reader.GetString(4)));
            }
        }
        finally
        {
            Warehouse.Execute("DROP TABLE IF EXISTS temp.quality_examples");
        }

        return posts;
    }

    /// <inheritdoc/>
    public void ReplaceSnapshot(WeeklySnapshot snapshot) => SnapshotTables.Replace(Warehouse, snapshot);

    /// <summary>Test seam of <see cref="ReplaceSnapshot(WeeklySnapshot)"/>: <paramref name="beforeCommit"/> runs inside the transaction.</summary>
    internal void ReplaceSnapshot(WeeklySnapshot snapshot, Action? beforeCommit) => SnapshotTables.Replace(Warehouse, snapshot, beforeCommit);

    /// <inheritdoc/>
    public bool DeleteSnapshot(IsoWeek week) => SnapshotTables.Delete(Warehouse, week);

    /// <inheritdoc/>
    public IReadOnlyList<WeeklySnapshot> Snapshots() => SnapshotTables.LoadAll(Warehouse);

    /// <inheritdoc/>
    public IReadOnlyList<AliasSuggestion> AliasCandidates(AliasSuggestionOptions options) => Store.AliasCandidates.Find(Warehouse, options);

    /// <inheritdoc/>
    public IReadOnlyDictionary<DateTimeOffset, string>? WeekFingerprints(DateTimeOffset from, DateTimeOffset to) =>
        WeekChanges.Fingerprints(Warehouse, from, to);

    /// <inheritdoc/>
    public CachedEvaluation? CachedEvaluation(string key) => EvaluationCacheTable.Read(Warehouse, key);

    /// <inheritdoc/>
    public void CacheEvaluation(string key, CachedEvaluation entry, DateTimeOffset now) => EvaluationCacheTable.Write(Warehouse, key, entry, now);

    /// <inheritdoc/>
    public long PruneEvaluationCache(DateTimeOffset before) => EvaluationCacheTable.Prune(Warehouse, before);

    /// <inheritdoc/>
    public long ClearEvaluationCache() => EvaluationCacheTable.Clear(Warehouse);

    /// <inheritdoc/>
    /// <remarks>The table created on first use (<c>text_features</c>) is created here first, on this connection, so that the
    /// two connections never race to create it.</remarks>
    public ICareStore? OpenConcurrent()
    {
        TextFeatureStore.EnsureCreated(Warehouse);
        return new DuckDbStore(Warehouse.Another());
    }

    /// <inheritdoc/>
    public void Dispose() => Warehouse.Dispose();

    private void CheckCurrent(ConversationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!ReferenceEquals(set, current))
        {
            throw new InvalidOperationException(
                $"The conversation facts for {set.Scope} (build {set.Generation}) are no longer in the store: build them again with BuildConversations.");
        }
    }

    /// <summary>Streams the rows of the resource <paramref name="name"/> for <paramref name="scope"/>, one at a time.</summary>
    private IEnumerable<T> Rows<T>(string name, ConversationScope scope, Func<DuckDBDataReader, T> map)
    {
        using var command = Command(SqlResource.Get(name), scope);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    private DuckDBCommand Command(string sql, ConversationScope scope)
    {
        var command = Warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$from", StringComparison.Ordinal))
        {
            command.Parameters.Add(new DuckDBParameter("from", scope.FromUtc));
            command.Parameters.Add(new DuckDBParameter("to", scope.ToUtc));
        }

        return command;
    }

    private static string? NullableString(DuckDBDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

}
