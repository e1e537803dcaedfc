using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Text;

/// <summary>
/// The text-quality measures over rows the store reads: <see cref="Compute"/> aggregates the stored per-post features
/// per brand for a period without running any model; <see cref="ReplyCounts"/> gives the care score's text components.
/// Mentions, answered and decided are the conversation facts' statuses, and the response rate is
/// <see cref="ResponseRate.Of"/>, the care score's definition.
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

    /// <summary>Per-brand quality figures for the period, ordered by brand id, from the stored features.</summary>
    /// <param name="mentions">The facts' mentions that have features, by brand, time and post id (consumed first).</param>
    /// <param name="replies">The brand posts of the period that have features, by brand, time and post id (consumed second).</param>
    /// <param name="followUps">The answered mentions' follow-ups, by brand and post id (consumed third).</param>
    /// <param name="posts">Reads the example posts by id (called last).</param>
    /// <param name="brandHandles">Registered brand handles, lower case: kept when customers are pseudonymised.</param>
    /// <param name="options">Grouping, example counts and privacy.</param>
    /// <remarks>Posts without features are not counted.</remarks>
    public static IReadOnlyList<BrandQuality> Compute(
        IEnumerable<MentionTextRow> mentions,
        IEnumerable<BrandReplyRow> replies,
        IEnumerable<FollowUpRow> followUps,
        Func<IReadOnlyCollection<string>, IReadOnlyList<StoredPost>> posts,
        IReadOnlySet<string> brandHandles,
        TextQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(followUps);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(brandHandles);
        ThrowIfInvalid(options);

        var brands = new SortedDictionary<string, Builder>(StringComparer.Ordinal);
        Builder For(string id) => brands.TryGetValue(id, out var b) ? b : brands[id] = new Builder(options);

        var discovery = new ThemeDiscovery(options.ExamplesPerFigure);
        foreach (var row in mentions)
        {
            For(row.BrandId).AddMention(row.PostId, row.Status, row.MentionAt, row.Sentiment, row.Intent, row.Themes);
            if (row.Text is not null)
            {
                discovery.Add(row.BrandId, row.PostId, row.MentionAt, row.Text);
            }
        }

        foreach (var row in replies)
        {
            For(row.BrandId).AddReply(row.PostId, row.TemplateHash, row.ReplyNorm, row.Deflection, row.Hedging);
        }

        foreach (var row in followUps)
        {
            if (row.Sentiment is null)
            {
                continue;
            }

            var before = TextNames.ParseSentiment(row.Sentiment);
            Sentiment? after = row.FollowUpSentiment is null ? null : TextNames.ParseSentiment(row.FollowUpSentiment);
            For(row.BrandId).AddRecovery(before, after, row.FollowUpId);
        }

        var discovered = brands.Keys.ToDictionary(id => id, id => discovery.Top(id, options.TopCount), StringComparer.Ordinal);
        var wanted = brands.Values.SelectMany(b => b.ExampleIds())
            .Concat(discovered.Values.SelectMany(d => d.SelectMany(t => t.ExamplePostIds)))
            .Distinct(StringComparer.Ordinal).ToList();
        var examples = Examples(wanted.Count == 0 ? [] : posts(wanted), brandHandles, options);
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
    /// <see cref="ReplyTemplates.Count"/>); brands without replies are absent. Null when <paramref name="templates"/> is
    /// (some post by a brand in the period has no stored features): the text is then not analysed and the text
    /// components drop out of the score for every brand.
    /// </summary>
    /// <param name="templates">The store's templates per brand, each brand's in order of first use.</param>
    /// <param name="options">Template grouping.</param>
    public static IReadOnlyDictionary<string, ReplyTextCounts>? ReplyCounts(IReadOnlyList<(string BrandId, ReplyTemplate Template)>? templates, TextQualityOptions options)
    {
        ThrowIfInvalid(options);
        if (templates is null)
        {
            return null;
        }

        // A hash seen twice (two normalised texts, a collision) keeps its earliest text.
        var byBrand = new SortedDictionary<string, List<ReplyTemplate>>(StringComparer.Ordinal);
        foreach (var (brandId, template) in templates)
        {
            if (!byBrand.TryGetValue(brandId, out var list))
            {
                byBrand[brandId] = list = [];
            }

            list.Add(template);
        }

        return byBrand.ToDictionary(b => b.Key, b => ReplyTemplates.Count(MergeByHash(b.Value), options), StringComparer.Ordinal);
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

    private static Dictionary<string, QualityExample> Examples(IReadOnlyList<StoredPost> posts, IReadOnlySet<string> brandHandles, TextQualityOptions options)
    {
        var pseudonyms = new Pseudonymizer(options.PseudonymKey, brandHandles);
        var examples = new Dictionary<string, QualityExample>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            examples[post.PostId] = new QualityExample(
                post.PostId,
                post.IsBrand || options.ShowCustomers ? post.Author : pseudonyms.Pseudonym(post.Author),
                post.CreatedAt,
                options.ShowCustomers ? post.Text : pseudonyms.Text(post.Text));
        }

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

        public void AddMention(string postId, MentionStatus status, DateTime at, string? sentimentName, string? intentName, string themeList)
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

            if (status != MentionStatus.Pending)
            {
                decided++;
                actionableDecided += isActionable ? 1 : 0;
                if (status == MentionStatus.Answered)
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
                ResponseRate: ResponseRate.Of(answered, decided),
                ActionableMentions: actionable,
                ActionableResponseRate: ResponseRate.Of(actionableAnswered, actionableDecided),
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
                var trend = Ranking.ClaimRules.CountShift(firstHalf, secondHalf) switch
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
