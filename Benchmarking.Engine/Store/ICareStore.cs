using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Store;

/// <summary>
/// The engine's one I/O seam to its warehouse. A backend does relational work only: it stores posts, builds the
/// conversation facts for a scope and streams rows; every metric (rates, quantiles, means, shares, weekly figures) is
/// computed in C# above it, so every backend gives the same figures to the bit.
/// </summary>
/// <remarks>
/// <para>Written for a weak distributed SQL engine as well as for embedded DuckDB: nothing here needs window functions,
/// correlated subqueries, non-equality joins or exact SQL quantiles. The statuses, response times and every figure are
/// derived in C# from the times a backend returns (<see cref="ConversationScope.StatusOf"/>).</para>
/// <para>Streams are ordered as each method says, with ordinal string order, so output never depends on the backend's
/// hash order. A stream holds the store until it is disposed; do not start another call while enumerating one.</para>
/// <para>Writes are atomic: on any failure the stored data stays as it was.</para>
/// </remarks>
internal interface ICareStore : IDisposable
{
    /// <summary>Where the store lives (a file path or a connection target without secrets), for reports.</summary>
    string Location { get; }

    /// <summary>
    /// A second handle on the same stored data for reads that run at the same time as this one's (with conversation facts
    /// of its own; every write stays on this handle), disposed by the caller; null when the backend has none, and the
    /// work then runs one part after the other.
    /// </summary>
    ICareStore? OpenConcurrent();

    /// <summary>Applies the registry: brand handles, hidden aliases and each post's brand, in one transaction.</summary>
    void ApplyRegistry(BrandRegistry registry);

    /// <summary>
    /// Stores one batch of posts atomically and idempotently: rows already stored with the same content are counted,
    /// not inserted again; every row read is counted as accepted or rejected; the rejects are written beside
    /// <paramref name="rejectsName"/> (default: beside the source). <paramref name="checkpoints"/>, when given, are
    /// saved in the same transaction (a pull resumes exactly where its committed posts end).
    /// </summary>
    IngestSummary Ingest(IPostSource source, IngestOptions options, TimeProvider time, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, IReadOnlyList<PullCheckpoint>? checkpoints = null, string? rejectsName = null);

    /// <summary>Every stored pull checkpoint of a brand on a platform, by endpoint.</summary>
    IReadOnlyDictionary<string, PullCheckpoint> Checkpoints(string brandId, string platform);

    /// <summary>Inserts or replaces checkpoints on their own (a pull that found no new posts), in one transaction, stamped <paramref name="now"/>.</summary>
    void SaveCheckpoints(IReadOnlyList<PullCheckpoint> checkpoints, DateTimeOffset now);

    /// <summary>What the store holds: posts, brand posts and every ingested source.</summary>
    StoreTotals Totals();

    /// <summary>The latest plausible post time (not dated after its own ingest plus a day), UTC; null when empty.</summary>
    DateTimeOffset? LatestPostTime();

    /// <summary>Posts (of any author) dated in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    long PostsBetween(DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// Builds the conversation facts of <paramref name="scope"/> (one per mention and brand addressed, with the first
    /// brand reply at or after the mention and the replies timed before it) and keeps them until the next build;
    /// returns the handle the reads below take.
    /// </summary>
    ConversationSet BuildConversations(ConversationScope scope);

    /// <summary>
    /// The facts of <paramref name="set"/>, ordered by brand id, mention time, platform and post id; with each
    /// customer's raw handle when <paramref name="withAuthors"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The handle is stale (another set was built since).</exception>
    IEnumerable<ConversationFact> ReadConversations(ConversationSet set, bool withAuthors = false);

    /// <summary>The posts of the period that did not become conversations, counted for the findings.</summary>
    ConversationChecks CheckConversations(ConversationSet set);

    /// <summary>Posts by each brand dated in the scope's period (replies or not), by brand id; brands without posts are absent.</summary>
    IReadOnlyDictionary<string, long> CountBrandPosts(ConversationScope scope);

    /// <summary>Every brand reply to a customer post of the scope's period not timed before it, ordered by brand id.</summary>
    IEnumerable<ReplyDelay> ReadReplyDelays(ConversationScope scope);

    /// <summary>Whether every post that has one carries text features of <paramref name="version"/> under the registry applied now.</summary>
    bool TextFeaturesCurrent(string version);

    /// <summary>Stored text-feature rows of <paramref name="version"/>.</summary>
    long CountTextFeatures(string version);

    /// <summary>Computes and stores the text features of every post that lacks current ones (incremental, idempotent).</summary>
    TextFeatureUpdate UpdateTextFeatures(TextAnalyzer analyzer, int batchSize, IProgress<TextFeatureProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Whether the scope's period holds at least one post and every post in it has text features.</summary>
    bool IsTextAnalysed(ConversationScope scope);

    /// <summary>
    /// The brand posts of the period grouped by template (hash and normalised text) per brand, each brand's templates
    /// in order of first use (time, then post id); null when some brand post of the period has no text features.
    /// </summary>
    IReadOnlyList<(string BrandId, ReplyTemplate Template)>? ReadReplyTemplates(ConversationScope scope);

    /// <summary>The mentions of <paramref name="set"/> that have text features, ordered by brand id, mention time and post id.</summary>
    IEnumerable<MentionTextRow> ReadMentionTexts(ConversationSet set);

    /// <summary>The brand posts of the period that have text features, ordered by brand id, time and post id.</summary>
    IEnumerable<BrandReplyRow> ReadBrandReplies(ConversationScope scope);

    /// <summary>The answered mentions of <paramref name="set"/> that have text features, with their follow-ups, ordered by brand id and post id.</summary>
    IEnumerable<FollowUpRow> ReadFollowUps(ConversationSet set);

    /// <summary>The stored posts with the given ids (any platform); missing ids are absent.</summary>
    IReadOnlyList<StoredPost> ReadPosts(IReadOnlyCollection<string> postIds);

    /// <summary>Replaces the stored snapshot of its week in one transaction.</summary>
    void ReplaceSnapshot(WeeklySnapshot snapshot);

    /// <summary>Deletes the stored snapshot of <paramref name="week"/>; whether one was stored.</summary>
    bool DeleteSnapshot(IsoWeek week);

    /// <summary>Every stored snapshot, earliest week first.</summary>
    IReadOnlyList<WeeklySnapshot> Snapshots();

    /// <summary>Handles mentioned in customer posts that a brand answers far more often than others (hidden alias candidates).</summary>
    IReadOnlyList<AliasSuggestion> AliasCandidates(AliasSuggestionOptions options);

    /// <summary>
    /// The fingerprint of every ISO week with posts in [<paramref name="from"/>, <paramref name="to"/>), by the week's
    /// Monday: it changes whenever a stored row that feeds the facts of the week's mentions changes (their posts, the
    /// replies to them, the posts they reply to, their text features; the DuckDB store counts the writes that changed
    /// them, <see cref="WeekChanges"/>). Null when this backend keeps no evaluation cache.
    /// </summary>
    IReadOnlyDictionary<DateTimeOffset, string>? WeekFingerprints(DateTimeOffset from, DateTimeOffset to);

    /// <summary>The evaluation cached under <paramref name="key"/>, or null (also when this backend keeps no cache).</summary>
    CachedEvaluation? CachedEvaluation(string key);

    /// <summary>Caches <paramref name="entry"/> under <paramref name="key"/>, replacing an earlier one atomically; nothing when this backend keeps no cache.</summary>
    void CacheEvaluation(string key, CachedEvaluation entry, DateTimeOffset now);

    /// <summary>Removes the cached evaluations of periods ending at or before <paramref name="before"/>; returns how many.</summary>
    long PruneEvaluationCache(DateTimeOffset before);

    /// <summary>Empties the evaluation cache; returns the number of entries removed.</summary>
    long ClearEvaluationCache();
}
