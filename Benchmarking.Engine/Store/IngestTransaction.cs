using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Store;

/// <summary>
/// One ingest into the warehouse as one transaction: stage every record of a source (appender into a staging table),
/// classify it against the source and the store (new, already stored, edited, rejected), insert the new posts, record
/// the source and write the rejects. Idempotent (rows already stored with the same content are counted, not inserted
/// again) and atomic: on any failure the store is left exactly as it was. The warehouse itself (connection, schema,
/// registry) is <see cref="Warehouse"/>.
/// </summary>
internal sealed class IngestTransaction(Warehouse warehouse)
{
    /// <summary>Ingests one file, TWCS CSV or X API v2 JSON/JSONL by its content (the format is detected from the content).</summary>
    public IngestSummary Ingest(string file, BrandRegistry registry, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        Ingest(PostSources.ForFile(file, registry, options.GetEncoding()), options, time, progress, cancellationToken, rejectsName: RejectsName(file));

    /// <summary>
    /// The rejects file name of an input file: its name and the start of the SHA-256 of its full path, so that
    /// <c>a/export.csv</c> and <c>b/export.csv</c> keep separate rejects while a rerun of one path replaces its own.
    /// </summary>
    internal static string RejectsName(string file)
    {
        var full = System.IO.Path.GetFullPath(file).TrimEnd('/', '\\');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..8];
        return $"{System.IO.Path.GetFileName(full)}.{hash}.rejects.csv";
    }

    /// <summary>
    /// Ingests one post source in one transaction: stages every record, classifies it against the source and the store,
    /// inserts the new posts and records the source. <paramref name="beforeCommit"/> runs inside the transaction after
    /// the posts are inserted (a pull saves its checkpoint there), so it is committed or rolled back with them.
    /// The rejects go to <paramref name="rejectsName"/> in the rejects folder (default: the source's name + <c>.rejects.csv</c>).
    /// </summary>
    /// <remarks>
    /// DuckDB runs the ingest's statements on this one thread (<c>threads = 1</c>, reset afterwards). With a worker
    /// thread, the calling thread polls for work in a loop while the worker runs a statement's last tasks (the insert's
    /// compression, the commit), which burns a core for little parallelism; the reader thread keeps the other core.
    /// </remarks>
    public IngestSummary Ingest(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, Action? beforeCommit = null, string? rejectsName = null)
    {
        warehouse.Execute("SET threads = 1");
        try
        {
            return IngestOnOneThread(source, options, time, progress, cancellationToken, beforeCommit, rejectsName);
        }
        finally
        {
            TryExecute("RESET threads");
        }
    }

    private IngestSummary IngestOnOneThread(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, Action? beforeCommit, string? rejectsName)
    {
        var reader = source;
        var file = source.Name;
        Directory.CreateDirectory(options.RejectsDirectory);
        var rejectsPath = System.IO.Path.Combine(options.RejectsDirectory, rejectsName ?? System.IO.Path.GetFileName(file.TrimEnd('/', '\\')) + ".rejects.csv");
        long read = 0;
        var rounded = new RoundedIds();
        using var rejects = new RejectsLog(rejectsPath);

        var now = time.GetUtcNow();
        var committed = false;
        var transaction = warehouse.Connection.BeginTransaction();
        try
        {
            warehouse.Execute("""
                CREATE OR REPLACE TEMP TABLE stage (
                    row_no BIGINT, line_no BIGINT, platform VARCHAR, post_id VARCHAR, author VARCHAR, brand_id VARCHAR,
                    created_at TIMESTAMP, text VARCHAR, in_reply_to_id VARCHAR, conversation_id VARCHAR, declared_inbound BOOLEAN,
                    author_account_id VARCHAR, mentions VARCHAR, edited_at TIMESTAMP);
                """);
            using (var appender = warehouse.Connection.CreateAppender("temp", "main", "stage"))
            {
                foreach (var (outcome, unstorable, mentions) in ReadAhead.Run((p, token) => Prepare(reader.Read(p, token), file, now), progress, cancellationToken))
                {
                    read++;
                    if ((outcome.Rejected ?? unstorable) is { } reject)
                    {
                        rejects.Add(reject);
                        continue;
                    }

                    var post = outcome.Post!;
                    rounded.Add(post.PostId, outcome.Line);
                    var row = appender.CreateRow()
                        .AppendValue(outcome.Row)
                        .AppendValue(outcome.Line)
                        .AppendValue(post.Platform.ToName())
                        .AppendValue(post.PostId)
                        .AppendValue(post.Author)
                        .AppendValue(post.BrandId)
                        .AppendValue(post.CreatedAt.UtcDateTime)
                        .AppendValue(post.Text)
                        .AppendValue(post.InReplyToId)
                        .AppendValue(post.ConversationId);
                    (post.DeclaredInbound is { } inbound ? row.AppendValue(inbound) : row.AppendNullValue())
                        .AppendValue(post.AuthorId)
                        .AppendValue(mentions)
                        .AppendValue(post.EditedAt?.UtcDateTime)
                        .EndRow();
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var sha256 = reader.Sha256 ?? throw new InvalidOperationException("The reader did not finish the file.");
            var knownSource = warehouse.Scalar($"SELECT min(source_id) FROM sources WHERE sha256 = '{sha256}'");
            var sourceId = knownSource is null or DBNull
                ? Convert.ToInt32(warehouse.Scalar("SELECT coalesce(max(source_id), 0) + 1 FROM sources"), CultureInfo.InvariantCulture)
                : Convert.ToInt32(knownSource, CultureInfo.InvariantCulture);

            // Only a CSV can have passed through a spreadsheet; API answers carry ids as strings, and an id of theirs
            // that happens to end in zeros is not a rounding.
            string[] warnings = reader.Format.StartsWith("twcs", StringComparison.Ordinal) && rounded.Warning(file) is { } warning ? [warning] : [];
            var (newPosts, alreadyStored, edited) = ClassifyAndInsert(file, reader.IdField, sourceId, rejects.Add);
            var accepted = read - rejects.Count;
            if (accepted != newPosts + alreadyStored + edited)
            {
                throw new InvalidOperationException($"Row accounting does not balance for {file}: accepted {accepted} ≠ new {newPosts} + already stored {alreadyStored} + edited {edited}.");
            }

            if (knownSource is null or DBNull)
            {
                using var insert = warehouse.Connection.CreateCommand();
                insert.CommandText = "INSERT INTO sources (source_id, path, sha256, bytes, format, rows_read, accepted, new_posts, rejected, ingested_at, api_errors) VALUES ($id, $path, $sha, $bytes, $format, $read, $accepted, $new, $rejected, $at, $apiErrors)";
                insert.Parameters.Add(new DuckDBParameter("id", sourceId));
                insert.Parameters.Add(new DuckDBParameter("path", System.IO.Path.GetFullPath(file)));
                insert.Parameters.Add(new DuckDBParameter("sha", sha256));
                insert.Parameters.Add(new DuckDBParameter("bytes", reader.Bytes));
                insert.Parameters.Add(new DuckDBParameter("format", reader.Format));
                insert.Parameters.Add(new DuckDBParameter("read", read));
                insert.Parameters.Add(new DuckDBParameter("accepted", accepted));
                insert.Parameters.Add(new DuckDBParameter("new", newPosts));
                insert.Parameters.Add(new DuckDBParameter("rejected", rejects.Count));
                insert.Parameters.Add(new DuckDBParameter("at", time.GetUtcNow().UtcDateTime));
                insert.Parameters.Add(new DuckDBParameter("apiErrors", reader.ApiErrors));
                insert.ExecuteNonQuery();
            }

            beforeCommit?.Invoke();
            warehouse.Execute("DROP TABLE IF EXISTS temp.contested; DROP TABLE IF EXISTS temp.stage;");
            rejects.Dispose(); // flushed before the commit: a rejects file that cannot be written fails the ingest
            transaction.Commit();
            committed = true;
            transaction.Dispose();

            var rejectsFile = rejects.Keep();
            return new IngestSummary(file, reader.Format, read, accepted, newPosts, alreadyStored, rejects.Count, rejects.ByReason, rejectsFile, rejects.First)
            {
                ApiErrors = reader.ApiErrors,
                Edited = edited,
                Warnings = [.. reader.Warnings, .. warnings],
                HadUnusableResponse = reader.Warnings.Count > 0,
            };
        }
        catch
        {
            // Clean up without hiding the failure that brought us here: a commit refused for a full disk has already
            // ended the transaction, and the rejects writer cannot flush to a full disk either.
            if (!committed)
            {
                try
                {
                    transaction.Rollback();
                }
                catch (Exception e) when (e is DbException or InvalidOperationException)
                {
                    // The transaction already ended with the failure; nothing of it was stored.
                }
            }

            transaction.Dispose();
            rejects.Abandon();
            TryExecute("DROP TABLE IF EXISTS temp.contested; DROP TABLE IF EXISTS temp.stage;");
            throw;
        }
    }

    /// <summary>
    /// What the reader thread works out for each outcome besides reading it, so it overlaps DuckDB's work on the calling
    /// thread: whether an accepted post is <see cref="Unstorable"/>, and the mentions it stores (<see cref="StagedMentionsText"/>).
    /// </summary>
    private static IEnumerable<(ReadOutcome Outcome, RejectedRow? Unstorable, string? Mentions)> Prepare(IEnumerable<ReadOutcome> outcomes, string file, DateTimeOffset now)
    {
        foreach (var outcome in outcomes)
        {
            var unstorable = outcome.Post is { } post ? Unstorable(file, outcome, post, now) : null;
            yield return (outcome, unstorable, unstorable is null && outcome.Post is { } stored ? StagedMentionsText(stored) : null);
        }
    }

    /// <summary>
    /// How the stage holds <c>posts.mentions</c> (<see cref="StagedMentionsText"/>) and how the insert turns it back into
    /// the list: one string per row is far cheaper to append than a list of strings.
    /// </summary>
    internal const string MentionsFromStage = "string_split(mentions, ' ')[2:]";

    /// <summary>
    /// The <c>posts.mentions</c> of a post as the stage holds it: none (null) for a brand post; else every handle
    /// preceded by a space — those the source gave, else the handles in the text (<see cref="MentionHandles.Staged"/>),
    /// the empty string for none — so that <see cref="MentionsFromStage"/> gives back exactly the list, the empty list
    /// and empty handles included. Extracted handles are word characters; given ones are stored as the space-joined list
    /// split on spaces, the form they have always been staged in, so a stored list never depends on how it reached the
    /// store.
    /// </summary>
    internal static string? StagedMentionsText(Post post) => post switch
    {
        { BrandId: not null } => null,
        { Mentions: null } => MentionHandles.Staged(post.Platform, post.Text),
        { Mentions.Count: 0 } => string.Empty,
        { Mentions: { } given } => " " + string.Join(' ', given),
    };

    /// <summary>
    /// The rejection for a post a reader accepted but the store must not take: a NUL character (DuckDB would cut the
    /// value there, silently losing the rest of the text and any mention after it) or an implausible date
    /// (<see cref="PlausibleDates"/>). Checked here so every reader gets the same rules.
    /// </summary>
    internal static RejectedRow? Unstorable(string file, ReadOutcome outcome, Post post, DateTimeOffset now)
    {
        var nul = post.PostId.Contains('\0', StringComparison.Ordinal) ? "id"
            : post.Author.Contains('\0', StringComparison.Ordinal) ? "author"
            : post.Text.Contains('\0', StringComparison.Ordinal) ? "text"
            : (post.InReplyToId?.Contains('\0', StringComparison.Ordinal) ?? false) || (post.ConversationId?.Contains('\0', StringComparison.Ordinal) ?? false) ? "parent"
            : null;
        if (nul is not null)
        {
            return new RejectedRow(file, outcome.Row, outcome.Line, nul, RejectReason.NulCharacter, string.Empty);
        }

        return PlausibleDates.Problem(post.Platform, post.CreatedAt, now) is { } problem
            ? new RejectedRow(file, outcome.Row, outcome.Line, "created_at", RejectReason.ImplausibleDate, problem)
            : null;
    }

    /// <summary>
    /// Classifies the staged rows against the earlier rows of the file and the store (new, already stored, duplicate row,
    /// duplicate id with other content, conflicting with the stored post), reports the rejections in row order and
    /// inserts the new rows in file order. Returns the new and already-stored counts.
    /// </summary>
    /// <remarks>
    /// Only ids that repeat in the file or are already stored can be anything but new, so only their rows are hashed and
    /// ranked (<c>contested</c>, usually empty or tiny), against the stored posts of those ids alone, hashed here
    /// (<see cref="ContentHash.Stored"/>) as the store does not keep the hash; the rows that are not new are then deleted
    /// from the stage and the rest is inserted with a plain scan, which keeps file order without sorting millions of rows.
    /// The stage and the stored posts are narrowed to the contested keys with an uncorrelated <c>SEMI JOIN</c>, not a
    /// correlated <c>EXISTS</c>: DuckDB plans the latter as a delim join that first buffers every staged row with its
    /// text; the rows selected are the same.
    /// </remarks>
    private (long NewPosts, long AlreadyStored, long Edited) ClassifyAndInsert(string file, string idField, int sourceId, Action<RejectedRow> rejected)
    {
        warehouse.Execute($"""
            CREATE OR REPLACE TEMP TABLE contested AS
            WITH keys AS (
                SELECT platform, post_id FROM stage GROUP BY platform, post_id HAVING count(*) > 1
                UNION
                SELECT s.platform, s.post_id FROM stage s
                WHERE EXISTS (SELECT 1 FROM posts p WHERE p.platform = s.platform AND p.post_id = s.post_id)),
            stored AS (
                SELECT p.platform, p.post_id, p.edited_at, {ContentHash.Stored} AS content_hash
                FROM posts p SEMI JOIN keys k ON k.platform = p.platform AND k.post_id = p.post_id),
            hashed AS (
                SELECT s.row_no, s.line_no, s.platform, s.post_id, s.edited_at, {ContentHash.Sql} AS content_hash
                FROM stage s SEMI JOIN keys k ON k.platform = s.platform AND k.post_id = s.post_id),
            ordered AS (
                SELECT *,
                    row_number() OVER (PARTITION BY platform, post_id ORDER BY row_no) AS occurrence,
                    first_value(content_hash) OVER (PARTITION BY platform, post_id ORDER BY row_no) AS first_hash
                FROM hashed)
            SELECT o.row_no, o.line_no,
                CASE
                    WHEN o.occurrence > 1 AND o.content_hash = o.first_hash THEN 'duplicate-row'
                    WHEN o.occurrence > 1 THEN 'duplicate-id-conflict'
                    WHEN p.post_id IS NOT NULL AND p.content_hash <> o.content_hash
                        AND o.edited_at IS NOT NULL AND (p.edited_at IS NULL OR o.edited_at > p.edited_at) THEN 'edited'
                    WHEN p.post_id IS NOT NULL AND p.content_hash <> o.content_hash THEN 'conflicts-with-stored'
                    WHEN p.post_id IS NOT NULL THEN 'already-stored'
                    ELSE 'new'
                END AS outcome
            FROM ordered o
            LEFT JOIN stored p ON p.platform = o.platform AND p.post_id = o.post_id;
            """);

        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT row_no, line_no, outcome FROM contested WHERE outcome NOT IN ('new', 'already-stored', 'edited') ORDER BY row_no";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var reason = rows.GetString(2) switch
                {
                    "duplicate-row" => RejectReason.DuplicateRow,
                    "duplicate-id-conflict" => RejectReason.DuplicateIdConflict,
                    _ => RejectReason.ConflictsWithStored,
                };
                rejected(new RejectedRow(file, rows.GetInt64(0), rows.GetInt64(1), idField, reason, string.Empty));
            }
        }

        // A later version of an edited post replaces the stored text (its time, author and links stay as first stored);
        // its own hash is kept, as the stored fields no longer hash to it when the version's author or links differ.
        warehouse.Execute($"""
            UPDATE posts SET text = u.text, edited_content_hash = u.content_hash, mentions = u.mentions, edited_at = u.edited_at
            FROM (SELECT platform, post_id, text, edited_at, {ContentHash.Sql} AS content_hash, {MentionsFromStage} AS mentions
                  FROM stage WHERE row_no IN (SELECT row_no FROM contested WHERE outcome = 'edited')) AS u
            WHERE posts.platform = u.platform AND posts.post_id = u.post_id;
            """);
        WeekChanges.MarkIngest(warehouse);
        warehouse.Execute("DELETE FROM stage WHERE row_no IN (SELECT row_no FROM contested WHERE outcome <> 'new')");
        warehouse.Execute($"""
            INSERT INTO posts (platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound, source_id, mentions, is_repost, author_account_id, edited_at)
            SELECT platform, post_id, author, brand_id, created_at, text, in_reply_to_id, conversation_id, declared_inbound, {sourceId},
                {MentionsFromStage}, {Reposts.Sql}, author_account_id, edited_at
            FROM stage;
            """);
        var newPosts = Convert.ToInt64(warehouse.Scalar("SELECT count(*) FROM stage"), CultureInfo.InvariantCulture);
        var alreadyStored = Convert.ToInt64(warehouse.Scalar("SELECT count(*) FROM contested WHERE outcome = 'already-stored'"), CultureInfo.InvariantCulture);
        var edited = Convert.ToInt64(warehouse.Scalar("SELECT count(*) FROM contested WHERE outcome = 'edited'"), CultureInfo.InvariantCulture);
        return (newPosts, alreadyStored, edited);
    }

    private void TryExecute(string sql)
    {
        try
        {
            warehouse.Execute(sql);
        }
        catch (DbException)
        {
            // Best effort clean-up after a failure that is already being reported.
        }
    }
}
