using System.Diagnostics;
using System.Globalization;
using System.Text;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// Text features on the cluster: each shard keeps the features of its own posts in <c>text_features_local</c> and
/// computes them itself through the client (the analyser is C#), so every join of a post to its features stays on one
/// shard. The version the reads use is the latest completed update's (<c>text_feature_versions</c>); rows of another
/// version, or computed under another brand status than the registry applied now gives, are never read.
/// </summary>
internal sealed partial class ClickHouseStore
{
    /// <summary>The version of the last completed update; null before any.</summary>
    private string? FeaturesVersion()
    {
        var row = http.Query(0, $"SELECT count(), argMax(version, written) FROM {Db}.text_feature_versions")[0];
        return row[0] == "0" ? null : row[1];
    }

    /// <summary>Committed posts without a current feature row of <paramref name="version"/>, summed over the shards.</summary>
    private long PostsWithoutFeatures(IReadOnlyList<string> batches, string version) =>
        OnEveryShard(Render("text-analysed", batches, null, version)).Sum(r => long.Parse(r[1], CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    /// <remarks>Every committed post has a row of <paramref name="version"/> with its brand status, and the reads use that version.</remarks>
    public bool TextFeaturesCurrent(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var batches = CommittedBatches();
        var posts = long.Parse(http.Scalar(0, $"SELECT count() FROM {Db}.posts WHERE {ClickHouseQueries.Visible(Db, batches)}"), CultureInfo.InvariantCulture);
        return posts == 0 || (FeaturesVersion() == version && PostsWithoutFeatures(batches, version) == 0);
    }

    /// <inheritdoc/>
    public long CountTextFeatures(string version) =>
        Enumerable.Range(0, http.Shards).Sum(node => long.Parse(
            http.Scalar(node, $"SELECT count() FROM {Db}.text_features_local WHERE features_version = {Tsv.Literal(version)}"), CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    /// <remarks>
    /// Shard by shard: the shard's committed posts without a current row are streamed to the client, analysed in batches
    /// and written back to that shard's <c>text_features_local</c> (one insert per batch; an interrupted update keeps
    /// the batches written and the next one continues). Only when every shard is done is the version recorded as the one
    /// the reads use, and then the rows of other versions or of another brand status are deleted (a mutation, run in the
    /// background; no read depends on it).
    /// </remarks>
    public TextFeatureUpdate UpdateTextFeatures(TextAnalyzer analyzer, int batchSize, IProgress<TextFeatureProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var stopwatch = Stopwatch.StartNew();
        // The claim time is only shown to a writer that finds the lease held; the store has no clock of its own.
        using var lease = WriteLease.Claim(http, Db, "text analysis", TimeProvider.System.GetUtcNow());
        var version = analyzer.Version;
        var batches = CommittedBatches();
        var total = PostsWithoutFeatures(batches, version);
        long computed = 0;
        progress?.Report(new TextFeatureProgress(0, total));
        var pending = Render("text-pending", batches, null, version);
        for (var node = 0; node < http.Shards; node++)
        {
            foreach (var batch in http.Stream(node, pending).Chunk(batchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var features = analyzer.Analyze([.. batch.Select(r => new PostText(r[0], r[1], r[4] == "1", r[5]))]);
                var body = new StringBuilder();
                for (var i = 0; i < features.Length; i++)
                {
                    AppendFeatures(body, batch[i], version, features[i]);
                }

                http.Insert(node, $"{Db}.text_features_local", FeatureColumns, Encoding.UTF8.GetBytes(body.ToString()));
                computed += features.Length;
                progress?.Report(new TextFeatureProgress(computed, Math.Max(total, computed)));
            }
        }

        var written = http.Scalar(0, $"SELECT count() FROM {Db}.text_feature_versions");
        http.Insert(0, $"{Db}.text_feature_versions", "written, version", Encoding.UTF8.GetBytes($"{written}\t{Tsv.Field(version)}\n"));
        var stale = $"NOT ({ClickHouseQueries.Features(version, Registry)})";
        long removed = 0;
        for (var node = 0; node < http.Shards; node++)
        {
            var count = long.Parse(http.Scalar(node, $"SELECT count() FROM {Db}.text_features_local WHERE {stale}"), CultureInfo.InvariantCulture);
            if (count > 0)
            {
                http.Execute(node, $"ALTER TABLE {Db}.text_features_local DELETE WHERE {stale}");
                removed += count;
            }
        }

        return new TextFeatureUpdate(version, computed, removed, stopwatch.Elapsed);
    }

    /// <summary>The columns of <c>text_features_local</c>, in insert order.</summary>
    internal const string FeatureColumns = "platform, post_id, author_lc, author_account_id, features_version, is_brand, sentiment, polarity, intent, themes, reply_norm, template_hash, deflection, hedging";

    /// <summary>One <c>text_features_local</c> row: the post's key and author columns (<paramref name="post"/>, as text-pending.sql selects them) and its features.</summary>
    private static void AppendFeatures(StringBuilder body, string[] post, string version, PostFeatures f)
    {
        static string Nullable(string? value) => value is null ? @"\N" : Tsv.Field(value);
        body.Append(Tsv.Field(post[0])).Append('\t').Append(Tsv.Field(post[1])).Append('\t')
            .Append(Tsv.Field(post[2])).Append('\t').Append(Tsv.Field(post[3])).Append('\t')
            .Append(Tsv.Field(version)).Append('\t').Append(f.IsBrand ? '1' : '0').Append('\t')
            .Append(Nullable(f.Sentiment?.ToName())).Append('\t')
            .Append(f.Polarity is { } p ? p.ToString("R", CultureInfo.InvariantCulture) : @"\N").Append('\t')
            .Append(Nullable(f.Intents is { } i ? string.Join(',', i.Select(x => x.ToName())) : null)).Append('\t')
            .Append(Tsv.Field(f.Themes)).Append('\t')
            .Append(Nullable(f.ReplyNorm)).Append('\t')
            .Append(Nullable(f.TemplateHash)).Append('\t')
            .Append(Tsv.Field(f.Deflection)).Append('\t')
            .Append(Tsv.Field(f.Hedging)).Append('\n');
    }

    /// <inheritdoc/>
    public bool IsTextAnalysed(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (FeaturesVersion() is not { } version)
        {
            return false;
        }

        var rows = OnEveryShard(Render("text-analysed", CommittedBatches(), scope, version));
        return rows.Sum(r => long.Parse(r[0], CultureInfo.InvariantCulture)) > 0 && rows.All(r => r[1] == "0");
    }

    /// <inheritdoc/>
    /// <remarks>Each shard groups its own brand posts; the groups of one template on several shards are added up here.</remarks>
    public IReadOnlyList<(string BrandId, ReplyTemplate Template)>? ReadReplyTemplates(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // Before any update no row matches version '': every brand post counts as missing.
        var rows = OnEveryShard(Render("reply-templates", CommittedBatches(), scope, FeaturesVersion() ?? string.Empty));
        if (rows.Any(r => r[5] != "0"))
        {
            return null;
        }

        return [.. rows
            .GroupBy(r => (Brand: r[0], Hash: r[1], Norm: r[2]))
            .Select(g => (
                g.Key,
                Replies: g.Sum(r => long.Parse(r[3], CultureInfo.InvariantCulture)),
                Deflecting: g.Sum(r => long.Parse(r[4], CultureInfo.InvariantCulture)),
                First: g.Select(r => (Us: long.Parse(r[6], CultureInfo.InvariantCulture), Id: r[7])).OrderBy(f => f.Us).ThenBy(f => f.Id, StringComparer.Ordinal).First()))
            .OrderBy(t => t.Key.Brand, StringComparer.Ordinal).ThenBy(t => t.First.Us).ThenBy(t => t.First.Id, StringComparer.Ordinal)
            .Select(t => (t.Key.Brand, new ReplyTemplate(t.Key.Hash, t.Key.Norm, t.Replies, t.Deflecting)))];
    }

    /// <inheritdoc/>
    public IEnumerable<MentionTextRow> ReadMentionTexts(ConversationSet set)
    {
        CheckCurrent(set);
        if (FeaturesVersion() is not { } version)
        {
            return [];
        }

        var scope = set.Scope;
        var sql = Render("mention-texts", CommittedBatches(), scope, version);
        MentionTextRow Row(string[] r)
        {
            var at = Microseconds.ToTime(long.Parse(r[2], CultureInfo.InvariantCulture));
            DateTimeOffset? firstReplyAt = r[3] == "0" ? null : Microseconds.ToTime(long.Parse(r[4], CultureInfo.InvariantCulture));
            return new MentionTextRow(r[0], r[1], scope.StatusOf(at, firstReplyAt), at.UtcDateTime,
                r[5] == "1" ? null : r[6], r[7] == "1" ? null : r[8], r[9], r[10]);
        }

        return ShardMerge.Ordered(
            [.. Enumerable.Range(0, http.Shards).Select(node => http.Stream(node, sql).Select(Row))],
            Comparer<MentionTextRow>.Create((x, y) =>
            {
                var c = string.CompareOrdinal(x.BrandId, y.BrandId);
                c = c != 0 ? c : x.MentionAt.CompareTo(y.MentionAt);
                return c != 0 ? c : string.CompareOrdinal(x.PostId, y.PostId);
            }));
    }

    /// <inheritdoc/>
    public IEnumerable<BrandReplyRow> ReadBrandReplies(ConversationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (FeaturesVersion() is not { } version)
        {
            return [];
        }

        var sql = Render("brand-replies", CommittedBatches(), scope, version);
        return ShardMerge.Ordered(
            [.. Enumerable.Range(0, http.Shards).Select(node => http.Stream(node, sql).Select(r => (Us: long.Parse(r[6], CultureInfo.InvariantCulture), Row: new BrandReplyRow(r[0], r[1], r[2], r[3], r[4], r[5]))))],
            Comparer<(long Us, BrandReplyRow Row)>.Create((x, y) =>
            {
                var c = string.CompareOrdinal(x.Row.BrandId, y.Row.BrandId);
                c = c != 0 ? c : x.Us.CompareTo(y.Us);
                return c != 0 ? c : string.CompareOrdinal(x.Row.PostId, y.Row.PostId);
            }))
            .Select(x => x.Row);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A mention, the brand's replies to it and the customer's follow-up can lie on three shards: each shard lists its
    /// own answered mentions (follow-replied.sql) and, for its own posts that reply to a brand reply, the earliest per
    /// replied-to post, brand and author (follow-candidates.sql); the client keeps the earliest over the shards by the
    /// mention's author.
    /// </remarks>
    public IEnumerable<FollowUpRow> ReadFollowUps(ConversationSet set)
    {
        CheckCurrent(set);
        if (FeaturesVersion() is not { } version)
        {
            return [];
        }

        var scope = set.Scope;
        var batches = CommittedBatches();
        var follows = new Dictionary<(string Platform, string MentionId, string Brand, string Author), (long Us, string Id, string? Sentiment)>();
        foreach (var r in OnEveryShard(Render("follow-candidates", batches, scope, version)))
        {
            var key = (r[0], r[1], r[2], r[3]);
            var candidate = (Us: long.Parse(r[4], CultureInfo.InvariantCulture), Id: r[5], Sentiment: r[6] == "1" ? r[7] : null);
            if (!follows.TryGetValue(key, out var best) || candidate.Us < best.Us || (candidate.Us == best.Us && string.CompareOrdinal(candidate.Id, best.Id) < 0))
            {
                follows[key] = candidate;
            }
        }

        FollowUpRow Row(string[] r)
        {
            var sentiment = r[6] == "1" ? null : r[7];
            return follows.TryGetValue((r[0], r[1], r[2], r[5]), out var f)
                ? new FollowUpRow(r[2], r[1], sentiment, f.Id, f.Sentiment)
                : new FollowUpRow(r[2], r[1], sentiment, null, null);
        }

        return OnEveryShard(Render("follow-replied", batches, scope, version))
            .Where(r => scope.StatusOf(Microseconds.ToTime(long.Parse(r[3], CultureInfo.InvariantCulture)), Microseconds.ToTime(long.Parse(r[4], CultureInfo.InvariantCulture))) == MentionStatus.Answered)
            .Select(Row)
            .OrderBy(x => x.BrandId, StringComparer.Ordinal).ThenBy(x => x.PostId, StringComparer.Ordinal)
            .ToList();
    }
}
