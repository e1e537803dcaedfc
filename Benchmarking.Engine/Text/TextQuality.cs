using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Store;
using DuckDB.NET.Data;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The data API of the text-quality measures: <see cref="UpdateFeatures"/> computes the stored per-post features that
/// are missing (model and rules run once per post), <see cref="Compute"/> aggregates them per brand for a period
/// without running any model. Mentions, answered and decided follow methodology v1 exactly (the metrics calculator's
/// <c>mention_facts</c>), so the response rate here is the one of the care score.
/// </summary>
internal static class TextQuality
{
    /// <summary>Loads the model and rules named by <paramref name="options"/>.</summary>
    /// <exception cref="TextModelException">The model or rules file is missing or unusable.</exception>
    public static TextAnalyzer LoadAnalyzer(TextQualityOptions options)
    {
        ThrowIfInvalid(options);
        return new TextAnalyzer(SentimentModel.Load(options.ModelPath), TextRules.Load(options.RulesPath));
    }

    /// <summary>Computes features for every post that lacks them for the analyzer's version (incremental, idempotent).</summary>
    public static TextFeatureUpdate UpdateFeatures(Warehouse warehouse, TextAnalyzer analyzer, TextQualityOptions options, IProgress<TextFeatureProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ThrowIfInvalid(options);
        return TextFeatureStore.Update(warehouse, analyzer, options.BatchSize, progress, cancellationToken);
    }

    /// <summary>Per-brand quality figures for the period, ordered by brand id, from the stored features.</summary>
    /// <remarks>Posts without features (run <see cref="UpdateFeatures"/> first) are not counted.</remarks>
    public static IReadOnlyList<BrandQuality> Compute(Warehouse warehouse, MetricsOptions metricsOptions, TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(metricsOptions);
        ThrowIfInvalid(options);
        TextFeatureStore.EnsureCreated(warehouse);

        // Builds the temp table mention_facts with methodology v1's definitions (one production definition).
        new MetricsCalculator(warehouse).Compute(metricsOptions);

        var brands = new SortedDictionary<string, Builder>(StringComparer.Ordinal);
        Builder For(string id) => brands.TryGetValue(id, out var b) ? b : brands[id] = new Builder(options);

        var discovery = new ThemeDiscovery(options.ExamplesPerFigure);
        ReadMentions(warehouse, For, discovery);
        ReadReplies(warehouse, metricsOptions, For);
        ReadRecovery(warehouse, For);

        var discovered = brands.Keys.ToDictionary(id => id, id => discovery.Top(id, options.TopCount), StringComparer.Ordinal);
        var wanted = brands.Values.SelectMany(b => b.ExampleIds())
            .Concat(discovered.Values.SelectMany(d => d.SelectMany(t => t.ExamplePostIds)))
            .Distinct(StringComparer.Ordinal).ToList();
        var examples = ReadExamples(warehouse, wanted, options);
        var validation = File.Exists(options.ModelPath) ? SentimentModel.Load(options.ModelPath).Validation : [];
        return brands.Select(b => WithShares(b.Value.Build(b.Key, options, examples, discovered[b.Key]), validation)).ToList();
    }

    /// <summary>Adds the estimated sentiment, complaint and recovery shares (<see cref="ShareEstimator"/>) and the model's validation.</summary>
    private static BrandQuality WithShares(BrandQuality quality, IReadOnlyList<SentimentValidation> validation)
    {
        int[] counts = [.. new[] { "negative", "neutral", "positive" }.Select(kind => (int)(quality.MentionSentiment.FirstOrDefault(k => k.Kind == kind)?.Count ?? 0))];
        var shares = validation.Count > 0 && counts.Sum() > 0 ? ShareEstimator.Estimate(counts, [.. validation.Select(v => v.Confusion)]) : null;
        var complaints = (int)(quality.MentionIntent.FirstOrDefault(k => k.Kind == "complaint")?.Count ?? 0);
        var complaintShare = quality.Mentions > 0 ? ShareEstimator.Estimate([(int)quality.Mentions - complaints, complaints], [ComplaintValidation.Confusion]) : null;
        var transitions = quality.Recovery.Transitions;
        var recoveryShares = validation.Count > 0 && quality.Recovery.WithFollowUp > 0 && transitions.Count == 9
            ? ShareEstimator.EstimateRecovery([.. transitions.Select(t => (int)t)], [.. validation.Select(v => v.Confusion)])
            : null;
        var weekly = quality.WeeklySentiment.Select(w => validation.Count > 0 && w.Enough
            ? w with { Shares = ShareEstimator.Estimate([.. w.Counts.Select(c => (int)c)], [.. validation.Select(v => v.Confusion)]) }
            : w).ToList();
        return quality with { SentimentShares = shares, SentimentValidation = validation, ComplaintShare = complaintShare, RecoveryShares = recoveryShares, WeeklySentiment = weekly };
    }

    /// <summary>
    /// Every brand's canned and deflecting replies in the period (methodology v3's text components), from the stored
    /// features with the template grouping of <see cref="Compute"/> (one production definition,
    /// <see cref="ReplyTemplates.Count"/>); brands without replies are absent. Null when some post by a brand in the
    /// period has no stored features: the text is then not analysed and the text components drop out of the score for
    /// every brand.
    /// </summary>
    /// <remarks>
    /// One aggregate in DuckDB per brand and distinct template (replies, deflecting replies, first use, posts without
    /// features); only the near-duplicate merge of the distinct normalised texts runs in .NET, weighted by their counts.
    /// </remarks>
    public static IReadOnlyDictionary<string, ReplyTextCounts>? ReplyCounts(Warehouse warehouse, MetricsOptions metricsOptions, TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(metricsOptions);
        ThrowIfInvalid(options);
        TextFeatureStore.EnsureCreated(warehouse);
        var templates = new SortedDictionary<string, List<ReplyTemplate>>(StringComparer.Ordinal);
        using (var command = warehouse.Connection.CreateCommand())
        {
            // The LEFT JOIN also finds the brand posts without a brand feature row (the old separate NOT EXISTS check).
            // Rows come per brand in order of each template's first use (time, then post id), the order in which
            // Compute meets them; a hash seen twice (two normalised texts, a collision) keeps its earliest text.
            command.CommandText = """
                SELECT p.brand_id, f.template_hash, f.reply_norm, count(*) AS replies,
                       count(*) FILTER (WHERE f.deflection <> '') AS deflecting,
                       count(*) FILTER (WHERE f.post_id IS NULL) AS missing,
                       min({'at': p.created_at, 'id': p.post_id}) AS first_use
                FROM posts p
                LEFT JOIN text_features f ON f.platform = p.platform AND f.post_id = p.post_id AND f.is_brand
                WHERE p.brand_id IS NOT NULL AND p.created_at >= $from AND p.created_at < $to
                GROUP BY p.brand_id, f.template_hash, f.reply_norm
                ORDER BY p.brand_id, first_use
                """;
            AddPeriod(command, metricsOptions);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetInt64(5) > 0)
                {
                    return null;
                }

                var brandId = reader.GetString(0);
                if (!templates.TryGetValue(brandId, out var list))
                {
                    templates[brandId] = list = [];
                }

                list.Add(new ReplyTemplate(reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        return templates.ToDictionary(b => b.Key, b => ReplyTemplates.Count(MergeByHash(b.Value), options), StringComparer.Ordinal);
    }

    /// <summary>One template per hash, in order of first use, with the earliest text (input in order of first use).</summary>
    private static List<ReplyTemplate> MergeByHash(List<ReplyTemplate> templates)
    {
        var merged = new List<ReplyTemplate>(templates.Count);
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in templates)
        {
            if (at.TryGetValue(t.Hash, out var i))
            {
                merged[i] = merged[i] with { Replies = merged[i].Replies + t.Replies, Deflecting = merged[i].Deflecting + t.Deflecting };
            }
            else
            {
                at[t.Hash] = merged.Count;
                merged.Add(t);
            }
        }

        return merged;
    }

    /// <summary>
    /// Whether the text of the period is analysed: it holds at least one post and every post in it has stored features
    /// (<see cref="UpdateFeatures"/>). Reports show text-quality figures only then, never over a partly analysed period.
    /// (The score's rule, every brand post with a brand feature row, is checked by <see cref="ReplyCounts"/>'s join.)
    /// </summary>
    public static bool IsAnalysed(Warehouse warehouse, MetricsOptions metricsOptions)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(metricsOptions);
        TextFeatureStore.EnsureCreated(warehouse);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = """
            SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM text_features f WHERE f.platform = p.platform AND f.post_id = p.post_id))
            FROM posts p WHERE p.created_at >= $from AND p.created_at < $to
            """;
        AddPeriod(command, metricsOptions);
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(0) > 0 && reader.GetInt64(1) == 0;
    }

    private static void AddPeriod(DuckDBCommand command, MetricsOptions metricsOptions)
    {
        command.Parameters.Add(new DuckDBParameter("from", metricsOptions.From?.UtcDateTime ?? DateTime.MinValue.AddYears(1)));
        command.Parameters.Add(new DuckDBParameter("to", metricsOptions.To?.UtcDateTime ?? DateTime.MaxValue.AddYears(-1)));
    }

    private static void ReadMentions(Warehouse warehouse, Func<string, Builder> brand, ThemeDiscovery discovery)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = """
            SELECT mf.brand_id, mf.post_id, mf.status, mf.created_at, f.sentiment, f.intent, f.themes, p.text
            FROM mention_facts mf
            JOIN text_features f ON f.platform = mf.platform AND f.post_id = mf.post_id
            JOIN posts p ON p.platform = mf.platform AND p.post_id = mf.post_id
            ORDER BY mf.brand_id, mf.created_at, mf.post_id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (brandId, postId, at) = (reader.GetString(0), reader.GetString(1), reader.GetDateTime(3));
            brand(brandId).AddMention(postId, reader.GetString(2), at,
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6));
            if (!reader.IsDBNull(7))
            {
                discovery.Add(brandId, postId, at, reader.GetString(7));
            }
        }
    }

    private static void ReadReplies(Warehouse warehouse, MetricsOptions metricsOptions, Func<string, Builder> brand)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = """
            SELECT p.brand_id, p.post_id, f.template_hash, f.reply_norm, f.deflection, f.hedging
            FROM posts p JOIN text_features f ON f.platform = p.platform AND f.post_id = p.post_id
            WHERE p.brand_id IS NOT NULL AND f.is_brand AND p.created_at >= $from AND p.created_at < $to
            ORDER BY p.brand_id, p.created_at, p.post_id
            """;
        AddPeriod(command, metricsOptions);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            brand(reader.GetString(0)).AddReply(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5));
        }
    }

    private static void ReadRecovery(Warehouse warehouse, Func<string, Builder> brand)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = SentimentRecovery.FollowUpSql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.IsDBNull(2))
            {
                continue;
            }

            var before = TextNames.ParseSentiment(reader.GetString(2));
            Sentiment? after = reader.IsDBNull(4) ? null : TextNames.ParseSentiment(reader.GetString(4));
            brand(reader.GetString(0)).AddRecovery(before, after, reader.IsDBNull(3) ? null : reader.GetString(3));
        }
    }

    private static Dictionary<string, QualityExample> ReadExamples(Warehouse warehouse, IReadOnlyList<string> postIds, TextQualityOptions options)
    {
        var examples = new Dictionary<string, QualityExample>(StringComparer.Ordinal);
        if (postIds.Count == 0)
        {
            return examples;
        }

        var brandHandles = new HashSet<string>(StringComparer.Ordinal);
        using (var handles = warehouse.Connection.CreateCommand())
        {
            handles.CommandText = "SELECT DISTINCT handle FROM brand_handles";
            using var reader = handles.ExecuteReader();
            while (reader.Read())
            {
                brandHandles.Add(reader.GetString(0));
            }
        }

        var pseudonyms = new Pseudonymizer(options.PseudonymKey, brandHandles);
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE quality_examples (post_id VARCHAR)");
        using (var appender = warehouse.Connection.CreateAppender("temp", "main", "quality_examples"))
        {
            foreach (var id in postIds)
            {
                appender.CreateRow().AppendValue(id).EndRow();
            }
        }

        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = """
                SELECT p.post_id, p.author, p.brand_id IS NOT NULL, p.created_at, p.text
                FROM posts p JOIN quality_examples e ON e.post_id = p.post_id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var author = reader.GetString(1);
                examples[reader.GetString(0)] = new QualityExample(
                    reader.GetString(0),
                    reader.GetBoolean(2) || options.ShowCustomers ? author : pseudonyms.Pseudonym(author),
                    new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc)),
                    options.ShowCustomers ? reader.GetString(4) : pseudonyms.Text(reader.GetString(4)));
            }
        }

        warehouse.Execute("DROP TABLE IF EXISTS temp.quality_examples");
        return examples;
    }

    private static void ThrowIfInvalid(TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }
    }

    /// <summary>Accumulates one brand's rows (each arrives in time order, so the first examples are the earliest).</summary>
    private sealed class Builder(TextQualityOptions options)
    {
        private static readonly string[] SentimentClasses = ["negative", "neutral", "positive"];
        private readonly Tally sentiment = new(options.ExamplesPerFigure);
        private readonly Tally intent = new(options.ExamplesPerFigure);
        private readonly Tally deflection = new(options.ExamplesPerFigure);
        private readonly Tally hedging = new(options.ExamplesPerFigure);
        private readonly Tally themes = new(options.ExamplesPerFigure);
        private readonly List<(string Theme, DateTime At)> themeTimes = [];
        private readonly List<(string PostId, string Hash, string Norm, bool Deflects)> replies = [];
        private readonly List<string> worsened = [];
        private readonly List<string> improved = [];
        private long mentions;
        private long decided;
        private long answered;
        private long actionableDecided;
        private long actionableAnswered;
        private long actionable;
        private long deflected;
        private long hedged;
        private long recoveryImproved;
        private long recoverySame;
        private long recoveryWorsened;
        private long noFollowUp;
        private readonly long[] transitions = new long[9];
        private readonly SortedDictionary<History.IsoWeek, long[]> weeklySentiment = [];
        private DateTime? first;
        private DateTime? last;
        private List<TemplateUsage> templates = [];

        public void AddMention(string postId, string status, DateTime at, string? sentimentName, string? intentName, string themeList)
        {
            mentions++;
            first ??= at;
            last = at;
            var intents = Split(intentName ?? string.Empty);
            var isActionable = intents.Any(i => i is "question" or "complaint");
            if (isActionable)
            {
                actionable++;
            }

            if (status != "pending")
            {
                decided++;
                actionableDecided += isActionable ? 1 : 0;
                if (status == "answered")
                {
                    answered++;
                    actionableAnswered += isActionable ? 1 : 0;
                }
            }

            if (sentimentName is not null)
            {
                sentiment.Add(sentimentName, postId);
                AddWeeklySentiment(at, sentimentName);
            }

            foreach (var name in intents)
            {
                intent.Add(name, postId);
            }

            foreach (var theme in Split(themeList))
            {
                themes.Add(theme, postId);
                themeTimes.Add((theme, at));
            }
        }

        public void AddReply(string postId, string hash, string norm, string deflectionList, string hedgingList)
        {
            var kinds = Split(deflectionList);
            replies.Add((postId, hash, norm, kinds.Length > 0));
            deflected += kinds.Length > 0 ? 1 : 0;
            foreach (var kind in kinds)
            {
                deflection.Add(kind, postId);
            }

            var hedges = Split(hedgingList);
            hedged += hedges.Length > 0 ? 1 : 0;
            foreach (var kind in hedges)
            {
                hedging.Add(kind, postId);
            }
        }

        public void AddRecovery(Sentiment mention, Sentiment? followUp, string? followUpId)
        {
            if (followUp is { } f)
            {
                transitions[(((int)mention + 1) * 3) + (int)f + 1]++;
            }

            switch (followUp is { } after ? SentimentRecovery.Compare(mention, after) : (Recovery?)null)
            {
                case null:
                    noFollowUp++;
                    break;
                case Recovery.Improved:
                    recoveryImproved++;
                    AddExample(improved, followUpId);
                    break;
                case Recovery.Worsened:
                    recoveryWorsened++;
                    AddExample(worsened, followUpId);
                    break;
                default:
                    recoverySame++;
                    break;
            }
        }

        public IEnumerable<string> ExampleIds()
        {
            templates = Templates();
            return sentiment.ExampleIds().Concat(intent.ExampleIds()).Concat(deflection.ExampleIds()).Concat(hedging.ExampleIds())
                .Concat(TopThemes().SelectMany(t => t.ExamplePostIds)).Concat(templates.SelectMany(t => t.ExamplePostIds))
                .Concat(worsened).Concat(improved);
        }

        public BrandQuality Build(string brandId, TextQualityOptions o, IReadOnlyDictionary<string, QualityExample> all, IReadOnlyList<DiscoveredTheme> discovered)
        {
            var templated = ReplyText().Canned;

            var topThemes = TopThemes();
            var ids = sentiment.ExampleIds().Concat(intent.ExampleIds()).Concat(deflection.ExampleIds()).Concat(hedging.ExampleIds())
                .Concat(topThemes.SelectMany(t => t.ExamplePostIds)).Concat(templates.SelectMany(t => t.ExamplePostIds)).Concat(worsened).Concat(improved)
                .Concat(discovered.SelectMany(t => t.ExamplePostIds))
                .Where(all.ContainsKey).Distinct(StringComparer.Ordinal)
                .ToDictionary(id => id, id => all[id], StringComparer.Ordinal);
            double? Share(long part, long whole) => whole == 0 ? null : part / (double)whole;
            return new BrandQuality(
                brandId,
                Replies: replies.Count,
                TemplatedReplies: templated,
                TemplatedShare: Share(templated, replies.Count),
                TopTemplates: templates,
                DeflectedReplies: deflected,
                DeflectionRate: Share(deflected, replies.Count),
                DeflectionKinds: deflection.Counts(),
                HedgedReplies: hedged,
                HedgingShare: Share(hedged, replies.Count),
                HedgingKinds: hedging.Counts(),
                Mentions: mentions,
                ResponseRate: Share(answered, decided),
                ActionableMentions: actionable,
                ActionableResponseRate: Share(actionableAnswered, actionableDecided),
                MentionSentiment: sentiment.Counts(["negative", "neutral", "positive"]),
                MentionIntent: intent.Counts(["question", "complaint", "praise", "other"]),
                Recovery: new RecoveryCounts(recoveryImproved, recoverySame, recoveryWorsened, noFollowUp, worsened.Concat(improved).ToList()) { Transitions = [.. transitions] },
                Themes: topThemes,
                Examples: ids)
            {
                DiscoveredThemes = discovered,
                WeeklySentiment = [.. weeklySentiment.Select(w => new WeeklySentiment(w.Key, [.. w.Value]))],
            };
        }

        /// <summary>Counts the mention in its ISO week (UTC), classes in <see cref="WeeklySentiment.Counts"/> order.</summary>
        private void AddWeeklySentiment(DateTime at, string sentimentName)
        {
            var index = Array.IndexOf(SentimentClasses, sentimentName);
            if (index < 0)
            {
                return;
            }

            var week = History.IsoWeek.Containing(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)));
            if (!weeklySentiment.TryGetValue(week, out var counts))
            {
                weeklySentiment[week] = counts = new long[SentimentClasses.Length];
            }

            counts[index]++;
        }

        private List<ThemeCount> TopThemes()
        {
            if (first is not { } start || last is not { } end)
            {
                return [];
            }

            var middle = start + ((end - start) / 2);
            return themes.Counts().Take(options.TopCount).Select(t =>
            {
                var firstHalf = themeTimes.LongCount(x => x.Theme == t.Kind && x.At < middle);
                var secondHalf = t.Count - firstHalf;
                var trend = Inference.ClaimRules.CountShift(firstHalf, secondHalf) switch
                {
                    Inference.ClaimStrength.NotEnoughData => ThemeCount.NotEnoughData,
                    Inference.ClaimStrength.Supported => secondHalf > firstHalf ? "rising" : "falling",
                    _ => "steady",
                };
                return new ThemeCount(t.Kind, t.Count, firstHalf, secondHalf, trend, t.ExamplePostIds);
            }).ToList();
        }

        /// <summary>The four cells of canned × deflecting replies (<see cref="ReplyTemplates.Count"/>).</summary>
        public ReplyTextCounts ReplyText() => ReplyTemplates.Count(Distinct().Select(d => d.Template).ToList(), options);

        private List<TemplateUsage> Templates() =>
            AllTemplateGroups().Where(t => t.Count >= options.MinTemplateUses).Take(options.TopCount).ToList();

        /// <summary>The distinct templates in order of first use (replies arrive in time order), with their replies' ids.</summary>
        private List<(ReplyTemplate Template, List<string> Ids)> Distinct() =>
            replies.GroupBy(r => r.Hash, StringComparer.Ordinal)
                .Select(g => (new ReplyTemplate(g.Key, g.First().Norm, g.LongCount(), g.LongCount(r => r.Deflects)), g.Select(r => r.PostId).ToList()))
                .ToList();

        private List<TemplateUsage> AllTemplateGroups()
        {
            var distinct = Distinct();
            var groupOf = ReplyTemplates.Group(distinct.Select(d => d.Template).ToList(), options);
            return Enumerable.Range(0, distinct.Count).GroupBy(i => groupOf[i])
                .Select(g => new TemplateUsage(
                    distinct[g.Key].Template.Hash,
                    distinct[g.Key].Template.Norm,
                    g.Sum(i => distinct[i].Template.Replies),
                    g.Count(),
                    g.SelectMany(i => distinct[i].Ids).Take(options.ExamplesPerFigure).ToList()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.TemplateHash, StringComparer.Ordinal)
                .ToList();
        }

        private void AddExample(List<string> list, string? id)
        {
            if (id is not null && list.Count < options.ExamplesPerFigure)
            {
                list.Add(id);
            }
        }

        private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(',');
    }

    /// <summary>Counts per kind with the first few post ids.</summary>
    private sealed class Tally(int examples)
    {
        private readonly Dictionary<string, (long Count, List<string> Ids)> kinds = new(StringComparer.Ordinal);

        public void Add(string kind, string postId)
        {
            if (!kinds.TryGetValue(kind, out var entry))
            {
                entry = (0, []);
            }

            if (entry.Ids.Count < examples)
            {
                entry.Ids.Add(postId);
            }

            kinds[kind] = (entry.Count + 1, entry.Ids);
        }

        public IEnumerable<string> ExampleIds() => kinds.Values.SelectMany(k => k.Ids);

        /// <summary>Kinds by count descending, then id; or in the given order, including absent ones at 0.</summary>
        public IReadOnlyList<KindCount> Counts(IReadOnlyList<string>? order = null) =>
            order is null
                ? kinds.OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal)
                    .Select(k => new KindCount(k.Key, k.Value.Count, k.Value.Ids)).ToList()
                : order.Select(k => kinds.TryGetValue(k, out var e) ? new KindCount(k, e.Count, e.Ids) : new KindCount(k, 0, [])).ToList();
    }
}
