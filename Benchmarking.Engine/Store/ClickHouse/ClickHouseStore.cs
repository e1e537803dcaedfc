using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// A CareBench store on a ClickHouse cluster (see <c>docs/scale-out.md</c>): posts spread over the shards, the source
/// list on the catalogue node. Ingest is idempotent (rows already stored with the same content are counted, not inserted
/// again) and atomic per file as seen by every reader: posts are written under a batch id, and only batches with a row
/// in <c>sources</c> (written last, one row, on one node) are ever read.
/// </summary>
internal sealed partial class ClickHouseStore : ICareStore
{

    private readonly ClickHouseHttp http;
    private BrandRegistry? applied;
    private ConversationSet? current;
    private long matchedReplies;
    private long generation;

    private ClickHouseStore(ClickHouseHttp http) => this.http = http;

    /// <summary>
    /// The per-shard table holding the facts of the last build of this store instance (its own name, so two runs on one
    /// cluster do not share it); dropped on <see cref="Dispose"/>.
    /// </summary>
    private string FactsTable { get; } = "conversation_facts_" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Posts per insert (and per look-up of already-stored ids): bounded memory, few round trips.</summary>
    internal int ChunkSize { get; set; } = 20_000;

    /// <summary>The store URL (no credentials).</summary>
    public ClickHouseLocation Target => http.Location;

    /// <inheritdoc/>
    public string Location => Target.ToString();

    /// <summary>The registry posts' brands are resolved with (<see cref="ApplyRegistry"/>).</summary>
    private BrandRegistry Registry => applied ?? throw new InvalidOperationException("Apply a brand registry to the ClickHouse store before reading brands from it.");

    private string Db => http.Location.Database;

    /// <summary>
    /// Connects to every node of <paramref name="location"/>, checks that the named cluster has one shard per node, and
    /// creates the schema where it is missing.
    /// </summary>
    public static ClickHouseStore Open(ClickHouseLocation location)
    {
        var http = new ClickHouseHttp(location);
        try
        {
            var shards = http.Query(0, $"SELECT shard_num, host_name, port FROM system.clusters WHERE cluster = {Tsv.Literal(location.Cluster)} ORDER BY shard_num");
            var shardCount = shards.Select(s => s[0]).Distinct(StringComparer.Ordinal).Count();
            if (shardCount == 0)
            {
                throw new StoreException($"ClickHouse store {location}: the server at {location.Nodes[0].Authority} has no cluster '{location.Cluster}' in its remote_servers. Name the cluster the Distributed tables should use.");
            }

            if (shardCount != location.Nodes.Count)
            {
                throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                    $"ClickHouse store {location}: cluster '{location.Cluster}' has {shardCount} shard(s) but the URL lists {location.Nodes.Count} host(s); list the HTTP endpoint of every shard, in shard order."));
            }

            for (var node = 0; node < location.Nodes.Count; node++)
            {
                foreach (var statement in ClickHouseSchema.Shard(location.Database, location.Cluster))
                {
                    http.Execute(node, statement);
                }
            }

            foreach (var statement in ClickHouseSchema.Catalogue(location.Database))
            {
                http.Execute(0, statement);
            }

            var version = http.Query(0, $"SELECT value FROM {location.Database}.meta WHERE key = 'schema_version'");
            if (version.Count == 0)
            {
                http.Insert(0, $"{location.Database}.meta", "key, value", Encoding.UTF8.GetBytes(ClickHouseSchema.VersionRow));
            }
            else if (version[0][0] != ClickHouseSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw new StoreException($"ClickHouse store {location} has schema version {version[0][0]}, this carebench needs {ClickHouseSchema.Version}. Use another database.");
            }

            return new ClickHouseStore(http);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>The ids of the committed ingest batches (those with a <c>sources</c> row), in commit order.</summary>
    public IReadOnlyList<string> CommittedBatches() =>
        [.. http.Query(0, $"SELECT batch_id FROM {Db}.sources ORDER BY seq").Select(r => r[0])];

    /// <summary>Ingests one file, TWCS CSV or X API v2 JSON/JSONL by its content.</summary>
    public IngestSummary Ingest(string file, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        Ingest(PostSources.ForFile(file, Registry, options.GetEncoding()), options, time, progress, cancellationToken, rejectsName: Warehouse.RejectsName(file));

    /// <summary>
    /// Uses <paramref name="registry"/> from now on: a post's brand is resolved from it whenever facts are built, so no
    /// stored row changes and any registry can be applied to the same posts.
    /// </summary>
    public void ApplyRegistry(BrandRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        current = null;
        applied = registry;
    }

    /// <summary>
    /// Ingests one post source: classifies every record against the earlier rows of the source and the committed posts
    /// (new, already stored, duplicate row, duplicate id with other content, conflicting with the stored post), inserts
    /// the new posts in chunks under a fresh batch id and then commits the batch by writing its <c>sources</c> row.
    /// </summary>
    /// <remarks>
    /// A failure before the commit (a shard down, a cancelled run) leaves inserted chunks behind under a batch that is
    /// never read; the next ingest deletes them (<see cref="DeleteUncommitted"/>) and a rerun of the file stores its
    /// posts again under a new batch, so nothing is half counted and no post is doubled.
    /// </remarks>
    public IngestSummary Ingest(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, IReadOnlyList<PullCheckpoint>? checkpoints = null, string? rejectsName = null)
    {
        current = null;
        var file = source.Name;
        Directory.CreateDirectory(options.RejectsDirectory);
        var rejectsPath = Path.Combine(options.RejectsDirectory, rejectsName ?? Path.GetFileName(file.TrimEnd('/', '\\')) + ".rejects.csv");
        long read = 0, newPosts = 0, alreadyStored = 0, edited = 0;
        using var rejects = new RejectsLog(rejectsPath);
        void Rejected(RejectedRow row) => rejects.Add(row);

        // Rejections by classification (repeated ids, conflicts with stored posts) are listed after the reader's, in row
        // order, as the DuckDB store lists them, so both write the same rejects file.
        var classified = new List<RejectedRow>();

        WriteLease? lease = null;
        try
        {
            lease = WriteLease.Claim(http, Db, $"ingest of {file}", time.GetUtcNow());
            DeleteUncommitted();
            var batches = CommittedBatches();
            var batchId = Guid.NewGuid().ToString("N");
            var now = time.GetUtcNow();
            var nowUs = Microseconds.From(now);
            // Every id of the source with its content hash, to classify repeats: 128-bit digests (MD5 of platform and
            // id; the content hash's own bytes) keep this at ≈ 40 bytes a post.
            var seen = new Dictionary<UInt128, UInt128>();
            var chunk = new List<(ReadOutcome Outcome, Post Post, string Key, string Hash)>(ChunkSize);
            var rounded = new RoundedIds();

            void Flush()
            {
                var (added, stored, edits) = StoreChunk(file, chunk, batches, batchId, nowUs, source.IdField, classified.Add);
                newPosts += added;
                alreadyStored += stored;
                edited += edits;
                chunk.Clear();
            }

            foreach (var outcome in ReadAhead.Run(source.Read, progress, cancellationToken))
            {
                read++;
                if (outcome.Rejected is { } reject)
                {
                    Rejected(reject);
                    continue;
                }

                var post = outcome.Post!;
                if (IngestTransaction.Unstorable(file, outcome, post, now) is { } unstorable)
                {
                    Rejected(unstorable);
                    continue;
                }

                rounded.Add(post.PostId, outcome.Line);
                var key = post.Platform.ToName() + "\t" + post.PostId;
                var hash = Store.ContentHash.Of(post);
                var keyDigest = Digest(key);
                var hashDigest = UInt128.Parse(hash, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (seen.TryGetValue(keyDigest, out var firstHash))
                {
                    classified.Add(new RejectedRow(file, outcome.Row, outcome.Line, source.IdField,
                        firstHash == hashDigest ? RejectReason.DuplicateRow : RejectReason.DuplicateIdConflict, string.Empty));
                    continue;
                }

                seen[keyDigest] = hashDigest;
                chunk.Add((outcome, post, key, hash));
                if (chunk.Count == ChunkSize)
                {
                    Flush();
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            Flush();
            foreach (var row in classified.OrderBy(r => r.Row))
            {
                Rejected(row);
            }

            var sha256 = source.Sha256 ?? throw new InvalidOperationException("The reader did not finish the file.");
            var accepted = read - rejects.Count;
            if (accepted != newPosts + alreadyStored + edited)
            {
                throw new InvalidOperationException($"Row accounting does not balance for {file}: accepted {accepted} ≠ new {newPosts} + already stored {alreadyStored} + edited {edited}.");
            }

            // The commit: one row on one node. A file stored before with nothing new keeps its first row only. Pull
            // checkpoints are written first under the batch id, so they count only once the batch commits.
            var known = http.Scalar(0, $"SELECT count() FROM {Db}.sources WHERE sha256 = {Tsv.Literal(sha256)}") != "0";
            if (checkpoints is { Count: > 0 })
            {
                SaveCheckpoints(checkpoints, batchId, nowUs);
            }

            if (!known || newPosts > 0 || edited > 0 || checkpoints is { Count: > 0 })
            {
                var row = new StringBuilder();
                foreach (var value in new[] { batchId, Path.GetFullPath(file), sha256 })
                {
                    Tsv.Append(row, value);
                    row.Append('\t');
                }

                row.Append(CultureInfo.InvariantCulture, $"{source.Bytes}\t");
                Tsv.Append(row, source.Format);
                // The lease makes this ingest the only writer, so the count of commits is the next sequence number.
                var seq = http.Scalar(0, $"SELECT count() FROM {Db}.sources");
                row.Append(CultureInfo.InvariantCulture, $"\t{read}\t{accepted}\t{newPosts}\t{rejects.Count}\t{Microseconds.From(time.GetUtcNow())}\t{source.ApiErrors}\t{seq}\n");
                http.Insert(0, $"{Db}.sources", ClickHouseSchema.SourceColumns, Encoding.UTF8.GetBytes(row.ToString()));
            }

            var rejectsFile = rejects.Keep();

            var warnings = new List<string>(source.Warnings);
            if (source.Format.StartsWith("twcs", StringComparison.Ordinal) && rounded.Warning(file) is { } roundedWarning)
            {
                warnings.Add(roundedWarning);
            }

            return new IngestSummary(file, source.Format, read, accepted, newPosts, alreadyStored, rejects.Count, rejects.ByReason, rejectsFile, rejects.First)
            {
                ApiErrors = source.ApiErrors,
                Edited = edited,
                Warnings = warnings,
                HadUnusableResponse = source.Warnings.Count > 0,
            };
        }
        catch (Exception failure)
        {
            rejects.Abandon();
            if (failure is ClickHouseException clickHouse)
            {
                throw Stopped(file, clickHouse);
            }

            throw;
        }
        finally
        {
            lease?.Dispose();
        }
    }

    /// <summary>
    /// The error for an ingest a ClickHouse failure stopped: it names the shard that does not answer (an insert through
    /// the Distributed table reports the lost shard from the node it was sent to) and says what was kept.
    /// </summary>
    private ClickHouseException Stopped(string file, ClickHouseException e)
    {
        var down = Enumerable.Range(0, http.Shards).FirstOrDefault(node => !http.Answers(node), -1);
        var cause = down < 0 ? e.Message : $"ClickHouse shard {down + 1} ({Target.Nodes[down].Authority}) does not answer";
        return new ClickHouseException(
            $"Ingest of {file} stopped: {cause}. Nothing of this file is counted (its batch never committed); when every shard answers, run the ingest again.", e.Code, e);
    }

    /// <summary>
    /// Deletes, on every shard, posts of batches that never committed (an ingest that failed part way). They are never
    /// read anyway; the delete is a ClickHouse mutation, which runs in the background.
    /// </summary>
    public long DeleteUncommitted()
    {
        var visible = ClickHouseQueries.Committed(CommittedBatches());
        var orphans = long.Parse(http.Scalar(0, $"SELECT count() FROM {Db}.posts WHERE NOT ({visible})"), CultureInfo.InvariantCulture);
        if (orphans > 0)
        {
            for (var node = 0; node < http.Shards; node++)
            {
                http.Execute(node, $"ALTER TABLE {Db}.posts_local DELETE WHERE NOT ({visible})");
            }
        }

        return orphans;
    }

    private (long New, long AlreadyStored, long Edited) StoreChunk(
        string file, List<(ReadOutcome Outcome, Post Post, string Key, string Hash)> chunk, IReadOnlyList<string> batches, string batchId, long nowUs, string idField, Action<RejectedRow> rejected)
    {
        if (chunk.Count == 0)
        {
            return (0, 0, 0);
        }

        var stored = new Dictionary<string, (string Hash, long EditedUs)>(StringComparer.Ordinal);
        if (batches.Count > 0)
        {
            var keys = string.Join(',', chunk.Select(c => $"({Tsv.Literal(c.Post.Platform.ToName())},{Tsv.Literal(c.Post.PostId)})"));
            foreach (var row in http.Query(0, $"SELECT platform, post_id, content_hash, edited_us FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, batches)} AND (platform, post_id) IN ({keys})"))
            {
                stored[row[0] + "\t" + row[1]] = (row[2], long.Parse(row[3], CultureInfo.InvariantCulture));
            }
        }

        long already = 0;
        var edits = new List<(Post Post, string Hash)>();
        var body = new StringBuilder();
        var rows = 0;
        foreach (var (outcome, post, key, hash) in chunk)
        {
            if (stored.TryGetValue(key, out var s))
            {
                if (string.Equals(s.Hash, hash, StringComparison.Ordinal))
                {
                    already++;
                }
                else if (post.EditedAt is { } edited && (s.EditedUs == 0 || Microseconds.From(edited) > s.EditedUs))
                {
                    edits.Add((post, hash));
                }
                else
                {
                    rejected(new RejectedRow(file, outcome.Row, outcome.Line, idField, RejectReason.ConflictsWithStored, string.Empty));
                }

                continue;
            }

            AppendRow(body, post, hash, batchId, nowUs, isRepost: null);
            rows++;
        }

        if (edits.Count > 0)
        {
            AppendEdits(body, edits, batches, batchId);
        }

        if (rows + edits.Count > 0)
        {
            http.Insert(0, $"{Db}.posts", ClickHouseSchema.PostColumns, Encoding.UTF8.GetBytes(body.ToString()));
        }

        return (rows, already, edits.Count);
    }

    /// <summary>
    /// A later version of an edited post replaces the stored one, as on DuckDB: its text, content hash, mentions and edit
    /// time are the new version's, its author, time, links, repost flag and ingest time stay as first stored. The new
    /// version is a row of this batch and the old one is listed in <c>superseded</c> under this batch, so both changes
    /// become visible with the commit and not before.
    /// </summary>
    private void AppendEdits(StringBuilder body, List<(Post Post, string Hash)> edits, IReadOnlyList<string> batches, string batchId)
    {
        var keys = string.Join(',', edits.Select(e => $"({Tsv.Literal(e.Post.Platform.ToName())},{Tsv.Literal(e.Post.PostId)})"));
        var old = http.Query(0, $"""
            SELECT platform, post_id, author, author_account_id, created_us, in_reply_to_id, conversation_id, declared_inbound, batch_id, ingested_us, is_repost
            FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, batches)} AND (platform, post_id) IN ({keys})
            """).ToDictionary(r => r[0] + "\t" + r[1], StringComparer.Ordinal);
        var superseded = new StringBuilder();
        foreach (var (post, hash) in edits)
        {
            var first = old[post.Platform.ToName() + "\t" + post.PostId];
            var kept = post with
            {
                Author = first[2],
                AuthorId = first[3].Length == 0 ? null : first[3],
                CreatedAt = Microseconds.ToTime(long.Parse(first[4], CultureInfo.InvariantCulture)),
                InReplyToId = first[5].Length == 0 ? null : first[5],
                ConversationId = first[6].Length == 0 ? null : first[6],
                DeclaredInbound = first[7] switch { "1" => true, "0" => false, _ => null },
            };
            AppendRow(body, kept, hash, batchId, long.Parse(first[9], CultureInfo.InvariantCulture), isRepost: first[10] == "1");
            foreach (var value in new[] { first[0], first[1], first[8] })
            {
                Tsv.Append(superseded, value);
                superseded.Append('\t');
            }

            Tsv.Append(superseded, batchId);
            superseded.Append('\n');
        }

        http.Insert(0, $"{Db}.superseded", "platform, post_id, old_batch, new_batch", Encoding.UTF8.GetBytes(superseded.ToString()));
    }

    /// <summary>One <c>posts</c> row; <paramref name="isRepost"/> is the stored flag of an edited post, null for a new post (read from its text).</summary>
    private static void AppendRow(StringBuilder body, Post post, string hash, string batchId, long ingestedUs, bool? isRepost)
    {
        void Field(string value)
        {
            Tsv.Append(body, value);
            body.Append('\t');
        }

        Field(post.Platform.ToName());
        Field(post.PostId);
        Field(post.Author);
        Field(post.Author.ToLowerInvariant());
        Field(post.AuthorId ?? string.Empty);
        body.Append(Microseconds.From(post.CreatedAt)).Append('\t');
        Field(post.Text);
        Field(post.InReplyToId ?? string.Empty);
        Field(post.ConversationId ?? string.Empty);
        body.Append(post.DeclaredInbound switch { true => "1", false => "0", null => "-1" }).Append('\t');
        Field(hash);
        Field(batchId);
        body.Append(ingestedUs).Append('\t');
        Tsv.Append(body, Tsv.ArrayLiteral(Mentions(post)));
        body.Append('\t').Append(isRepost ?? post.Text.StartsWith("RT @", StringComparison.Ordinal) ? '1' : '0').Append('\t');
        body.Append(post.EditedAt is { } e ? Microseconds.From(e) : 0).Append('\n');
    }

    /// <summary>
    /// The handles a customer post mentions, lower case in text order, as the DuckDB store extracts them
    /// (<see cref="MentionHandles"/>): those the platform gave, else the handles in the text. Kept for every post; a
    /// post's brand is resolved at query time, and only customer posts' mentions are read.
    /// </summary>
    internal static IEnumerable<string> Mentions(Post post) =>
        post.Mentions ?? (post.Platform == Platform.Twitter ? TwitterHandle() : FederatedHandle())
            .Matches(post.Text).Select(m => m.Groups[1].Value.ToLowerInvariant());

    /// <summary>MD5 of a post's platform and id as a 128-bit number (collisions among billions of ids: ≈ 10⁻²⁰).</summary>
    private static UInt128 Digest(string key)
    {
        Span<byte> digest = stackalloc byte[16];
        MD5.HashData(Encoding.UTF8.GetBytes(key), digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, PullCheckpoint> Checkpoints(string brandId, string platform)
    {
        var rows = http.Query(0, $"""
            SELECT endpoint, argMax(last_id, updated_us), argMax(last_time_us, updated_us) FROM {Db}.pull_checkpoints
            WHERE (batch_id = '' OR {ClickHouseQueries.Committed(CommittedBatches())}) AND brand_id = {Tsv.Literal(brandId)} AND platform = {Tsv.Literal(platform)}
            GROUP BY endpoint ORDER BY endpoint
            """);
        return rows.ToDictionary(
            r => r[0],
            r => new PullCheckpoint(brandId, platform, r[0], r[1].Length == 0 ? null : r[1],
                r[2] == long.MinValue.ToString(CultureInfo.InvariantCulture) ? null : Microseconds.ToTime(long.Parse(r[2], CultureInfo.InvariantCulture))),
            StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    /// <remarks>Saved on their own (no posts), they belong to no batch (<c>batch_id</c> empty): one insert on one node.</remarks>
    public void SaveCheckpoints(IReadOnlyList<PullCheckpoint> checkpoints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (checkpoints.Count > 0)
        {
            SaveCheckpoints(checkpoints, string.Empty, Microseconds.From(now));
        }
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, long> CountBrandPosts(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (fromUs, toUs) = Period(scope);
        return http.Query(0, ClickHouseQueries.Render("brand-posts", Db, Registry, CommittedBatches(), fromUs, toUs))
            .ToDictionary(r => r[0], r => long.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    private void SaveCheckpoints(IReadOnlyList<PullCheckpoint> checkpoints, string batchId, long nowUs)
    {
        var body = new StringBuilder();
        foreach (var c in checkpoints)
        {
            foreach (var value in new[] { c.BrandId, c.Platform, c.Endpoint, c.LastId ?? string.Empty })
            {
                Tsv.Append(body, value);
                body.Append('\t');
            }

            body.Append(CultureInfo.InvariantCulture, $"{(c.LastTime is { } t ? Microseconds.From(t) : long.MinValue)}\t{batchId}\t{nowUs}\n");
        }

        http.Insert(0, $"{Db}.pull_checkpoints", "brand_id, platform, endpoint, last_id, last_time_us, batch_id, updated_us", Encoding.UTF8.GetBytes(body.ToString()));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The facts are built on every shard where its customer posts lie, in parallel, into that shard's own table
    /// <see cref="FactsTable"/> (nothing travels but the brand posts and replies each shard reads); reads stream them
    /// back ordered and merge the shards' streams.
    /// </remarks>
    public ConversationSet BuildConversations(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        current = null;
        var batches = CommittedBatches();
        var passes = Passes(batches);
        OnShards(node =>
        {
            http.Execute(node, $"DROP TABLE IF EXISTS {Db}.{FactsTable}");
            for (var pass = 0; pass < passes; pass++)
            {
                var sql = Render("conversation-facts", batches, scope, more: Pass(pass, passes));
                http.Execute(node, pass == 0
                    ? $"CREATE TABLE {Db}.{FactsTable} ENGINE = MergeTree() ORDER BY (brand_id, m_us, platform, m_id) AS {sql}"
                    : $"INSERT INTO {Db}.{FactsTable} {sql}");
            }
        });
        matchedReplies = Enumerable.Range(0, http.Shards).Sum(node => long.Parse(http.Scalar(node, $"SELECT sum(brand_replies) FROM {Db}.{FactsTable}"), CultureInfo.InvariantCulture));
        current = new ConversationSet(scope, FactsTable, ++generation);
        return current;
    }

    /// <summary>
    /// Brand replies a shard joins in one pass. Each shard holds the brand replies it joins to in memory (a hash join;
    /// 18.16 cannot spill one to disk), so the statements that join them (facts, reply checks, reply delays) run in passes
    /// over buckets of the replied-to post id (<c>{passes}</c>, <c>{pass}</c>), each holding about this many.
    /// </summary>
    internal long RepliesPerPass { get; set; } = 2_000_000;

    /// <summary>The passes the reply joins need: the committed brand replies over <see cref="RepliesPerPass"/>, at least one.</summary>
    private int Passes(IReadOnlyList<string> batches)
    {
        var replies = long.Parse(http.Scalar(0,
            $"SELECT count() FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, batches)} AND in_reply_to_id != '' AND {ClickHouseQueries.BrandOf(Registry)} != ''"), CultureInfo.InvariantCulture);
        return (int)Math.Max(1, (replies + RepliesPerPass - 1) / RepliesPerPass);
    }

    private static Dictionary<string, string> Pass(int pass, int passes) => new()
    {
        ["{pass}"] = pass.ToString(CultureInfo.InvariantCulture),
        ["{passes}"] = passes.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Runs <paramref name="action"/> for every shard in parallel; a shard's failure surfaces as itself, not wrapped.</summary>
    private void OnShards(Action<int> action)
    {
        try
        {
            Parallel.For(0, http.Shards, action);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<ConversationFact> ReadConversations(ConversationSet set, bool withAuthors = false)
    {
        CheckCurrent(set);
        var scope = set.Scope;
        ConversationFact Fact(string[] r)
        {
            var mentionAt = Microseconds.ToTime(long.Parse(r[3], CultureInfo.InvariantCulture));
            DateTimeOffset? firstReplyAt = r[5] == "0" ? null : Microseconds.ToTime(long.Parse(r[6], CultureInfo.InvariantCulture));
            return new ConversationFact(r[0], r[1], r[2], mentionAt, firstReplyAt, scope.StatusOf(mentionAt, firstReplyAt),
                int.Parse(r[7], CultureInfo.InvariantCulture), withAuthors ? r[4] : null);
        }

        // Each shard's facts in the documented order; a k-way merge keeps that order over all shards.
        return ShardMerge.Ordered(
            [.. Enumerable.Range(0, http.Shards).Select(node => http.Stream(node, $"SELECT platform, m_id, brand_id, m_us, m_author, replies_after, first_reply_us, early_replies FROM {Db}.{FactsTable} ORDER BY brand_id, m_us, platform, m_id").Select(Fact))],
            FactOrder.Instance);
    }

    /// <inheritdoc/>
    public ConversationChecks CheckConversations(ConversationSet set)
    {
        CheckCurrent(set);
        var batches = CommittedBatches();
        var (fromUs, toUs) = Period(set.Scope);
        var passes = Passes(batches);
        var perShard = Enumerable.Range(0, passes).SelectMany(pass => OnEveryShard(Render("reply-checks", batches, set.Scope, more: Pass(pass, passes)))).ToList();
        var found = perShard.Sum(r => long.Parse(r[0], CultureInfo.InvariantCulture));
        var pairs = perShard.Sum(r => long.Parse(r[1], CultureInfo.InvariantCulture));
        var totals = http.Query(0, ClickHouseQueries.Render("source-checks", Db, Registry, batches, fromUs, toUs))[0]
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new ConversationChecks(totals[0] - found, pairs - matchedReplies, totals[1], totals[2], totals[3]);
    }

    /// <inheritdoc/>
    public IEnumerable<ReplyDelay> ReadReplyDelays(ConversationScope scope)
    {
        var batches = CommittedBatches();
        var passes = Passes(batches);
        return Enumerable.Range(0, passes).SelectMany(pass => OnEveryShard(Render("reply-delays", batches, scope, more: Pass(pass, passes))))
            .Select(r => new ReplyDelay(r[0], long.Parse(r[1], CultureInfo.InvariantCulture)))
            .OrderBy(d => d.BrandId, StringComparer.Ordinal).ThenBy(d => d.Milliseconds)
            .ToList();
    }

    /// <inheritdoc/>
    public long PostsBetween(DateTimeOffset from, DateTimeOffset to) => long.Parse(http.Scalar(0, string.Create(CultureInfo.InvariantCulture,
        $"SELECT count() FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, CommittedBatches())} AND created_us >= {Microseconds.From(from)} AND created_us < {Microseconds.From(to)}")),
        CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public IReadOnlyList<StoredPost> ReadPosts(IReadOnlyCollection<string> postIds)
    {
        if (postIds.Count == 0)
        {
            return [];
        }

        var brandOf = ClickHouseQueries.BrandOf(Registry);
        return [.. http.Query(0, $"SELECT post_id, author, {brandOf} != '', created_us, text FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, CommittedBatches())} AND post_id IN ({string.Join(',', postIds.Select(Tsv.Literal))}) ORDER BY post_id, platform")
            .Select(r => new StoredPost(r[0], r[1], r[2] == "1", Microseconds.ToTime(long.Parse(r[3], CultureInfo.InvariantCulture)), r[4]))];
    }

    /// <summary>
    /// The time the stored data is complete up to when no as-of time is given, by the DuckDB store's rule: the latest
    /// post not dated after its own ingest plus <see cref="PlausibleDates.FutureMargin"/>; null when there is none.
    /// </summary>
    public DateTimeOffset? LatestPostTime()
    {
        var marginUs = (long)PlausibleDates.FutureMargin.TotalMicroseconds;
        var row = http.Query(0, string.Create(CultureInfo.InvariantCulture,
            $"SELECT count(), max(created_us) FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, CommittedBatches())} AND created_us <= ingested_us + {marginUs}"))[0];
        return row[0] == "0" ? null : Microseconds.ToTime(long.Parse(row[1], CultureInfo.InvariantCulture));
    }

    /// <summary>What the store holds: committed posts, those by the applied registry's brands, and the files with their accounting.</summary>
    public StoreTotals Totals()
    {
        var batches = CommittedBatches();
        var counts = http.Query(0, $"SELECT count(), countIf({ClickHouseQueries.BrandOf(Registry)} != '') FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, batches)}")[0];
        var files = http.Query(0, $"SELECT path, format, ingested_us, rows_read, accepted, rejected, new_posts FROM {Db}.sources ORDER BY seq")
            .Select(r => new StoreSource(r[0], r[1], Microseconds.ToTime(long.Parse(r[2], CultureInfo.InvariantCulture)),
                long.Parse(r[3], CultureInfo.InvariantCulture), long.Parse(r[4], CultureInfo.InvariantCulture),
                long.Parse(r[5], CultureInfo.InvariantCulture), long.Parse(r[6], CultureInfo.InvariantCulture)))
            .ToList();
        var distinctFiles = http.Scalar(0, $"SELECT uniqExact(sha256) FROM {Db}.sources");
        return new StoreTotals(Location, long.Parse(counts[0], CultureInfo.InvariantCulture), long.Parse(counts[1], CultureInfo.InvariantCulture), long.Parse(distinctFiles, CultureInfo.InvariantCulture))
        {
            Files = files,
        };
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A snapshot is one row (the whole snapshot as JSON, doubles and times round-trip exactly) on the catalogue node,
    /// so replacing a week is one insert: atomic. The latest row of a week wins; a deletion is a row without snapshot.
    /// </remarks>
    public void ReplaceSnapshot(WeeklySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Times to whole microseconds, as every store keeps them (DuckDB's TIMESTAMP), so both read back the same.
        static DateTimeOffset Micro(DateTimeOffset t) => Microseconds.ToTime(Microseconds.From(t));
        var stored = snapshot with
        {
            ComputedAt = Micro(snapshot.ComputedAt),
            FirstMention = snapshot.FirstMention is { } first ? Micro(first) : null,
            LastMention = snapshot.LastMention is { } last ? Micro(last) : null,
            AsOf = snapshot.AsOf is { } asOf ? Micro(asOf) : null,
        };
        WriteSnapshotRow(snapshot.Week, JsonSerializer.Serialize(stored, SnapshotJson));
    }

    /// <inheritdoc/>
    public bool DeleteSnapshot(IsoWeek week)
    {
        if (Snapshots().All(s => s.Week != week))
        {
            return false;
        }

        WriteSnapshotRow(week, string.Empty);
        return true;
    }

    /// <inheritdoc/>
    public IReadOnlyList<WeeklySnapshot> Snapshots() =>
        [.. http.Query(0, $"SELECT week, argMax(snapshot, written) FROM {Db}.weekly_snapshots GROUP BY week ORDER BY week")
            .Where(r => r[1].Length > 0)
            .Select(r => JsonSerializer.Deserialize<WeeklySnapshot>(r[1], SnapshotJson)
                ?? throw new StoreException($"ClickHouse store {Location}: the stored snapshot of week {r[0]} is empty."))];

    /// <inheritdoc/>
    /// <remarks>The cluster keeps no evaluation cache: every weekly run computes its evaluations afresh.</remarks>
    public IReadOnlyDictionary<DateTimeOffset, string>? WeekFingerprints(DateTimeOffset from, DateTimeOffset to) => null;

    /// <inheritdoc/>
    public ICareStore? OpenConcurrent() => null;

    /// <inheritdoc/>
    public CachedEvaluation? CachedEvaluation(string key) => null;

    /// <inheritdoc/>
    public void CacheEvaluation(string key, CachedEvaluation entry, DateTimeOffset now)
    {
    }

    /// <inheritdoc/>
    public long PruneEvaluationCache(DateTimeOffset before) => 0;

    /// <inheritdoc/>
    public long ClearEvaluationCache() => 0;

    private void WriteSnapshotRow(IsoWeek week, string json)
    {
        // A counter per week rather than a clock: two writes in the same instant still have an order.
        var written = long.Parse(http.Scalar(0, $"SELECT max(written) + 1 FROM {Db}.weekly_snapshots WHERE week = {Tsv.Literal(week.ToString())}"), CultureInfo.InvariantCulture);
        var row = new StringBuilder();
        Tsv.Append(row, week.ToString());
        row.Append(CultureInfo.InvariantCulture, $"\t{written}\t");
        Tsv.Append(row, json);
        row.Append('\n');
        http.Insert(0, $"{Db}.weekly_snapshots", "week, written, snapshot", Encoding.UTF8.GetBytes(row.ToString()));
    }

    internal static readonly JsonSerializerOptions SnapshotJson = new() { Converters = { new IsoWeekJsonConverter() } };

    private static (long FromUs, long ToUs) Period(ConversationScope scope) =>
        (scope.From is { } from ? Microseconds.From(from) : long.MinValue,
         scope.To is { } to ? Microseconds.From(to) : long.MaxValue);

    private string Render(string name, IReadOnlyList<string> batches, ConversationScope? scope, string? featuresVersion = null, IReadOnlyDictionary<string, string>? more = null)
    {
        var (fromUs, toUs) = scope is null ? (long.MinValue, long.MaxValue) : Period(scope);
        return ClickHouseQueries.Render(name, Db, Registry, batches, fromUs, toUs, featuresVersion, FactsTable, more);
    }

    /// <summary>Runs <c>Sql/<paramref name="name"/>.sql</c> on every shard's own server in parallel; the rows of shard 1 first.</summary>
    private List<string[]> OnEveryShard(string name, IReadOnlyList<string> batches, ConversationScope scope) => OnEveryShard(Render(name, batches, scope));

    /// <summary>Runs <paramref name="sql"/> on every shard's own server in parallel; the rows of shard 1 first.</summary>
    private List<string[]> OnEveryShard(string sql) => [.. PerShard(sql).SelectMany(rows => rows)];

    /// <summary>Runs <paramref name="sql"/> on every shard's own server in parallel; each shard's rows, shard 1 first.</summary>
    private List<string[]>[] PerShard(string sql)
    {
        var perShard = new List<string[]>[http.Shards];
        OnShards(node => perShard[node] = http.Query(node, sql));
        return perShard;
    }

    private void CheckCurrent(ConversationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (current is null || set != current)
        {
            throw new InvalidOperationException("These conversation facts are stale: the store built another set (or ingested posts) since. Build them again.");
        }
    }

    /// <summary>Posts stored on each shard (committed or not), shard 1 first: how the sharding key spread them.</summary>
    public IReadOnlyList<long> PostsPerShard() =>
        [.. Enumerable.Range(0, http.Shards).Select(node => long.Parse(http.Scalar(node, $"SELECT count() FROM {Db}.posts_local"), CultureInfo.InvariantCulture))];

    /// <summary>Drops the CareBench tables on every node (tests and <c>docs/scale-out.md</c> clean-up).</summary>
    internal void DropAll()
    {
        for (var node = 0; node < http.Shards; node++)
        {
            http.Execute(node, $"DROP DATABASE IF EXISTS {Db}");
        }
    }

    public void Dispose()
    {
        try
        {
            if (generation > 0)
            {
                for (var node = 0; node < http.Shards; node++)
                {
                    http.Execute(node, $"DROP TABLE IF EXISTS {Db}.{FactsTable}");
                }
            }
        }
        catch (ClickHouseException)
        {
            // A shard that is gone keeps its facts table until the database is cleaned up; nothing reads it.
        }
        finally
        {
            http.Dispose();
        }
    }

    [GeneratedRegex(MentionHandles.TwitterPattern)]
    private static partial Regex TwitterHandle();

    [GeneratedRegex(MentionHandles.FederatedPattern)]
    private static partial Regex FederatedHandle();
}
