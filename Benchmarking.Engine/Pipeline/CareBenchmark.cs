using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// The one entry point that composes the stages: ingest → conversations → metrics → score → rank → explain and compare
/// (weekly evaluation is <see cref="WeeklyEvaluator"/>). It runs no SQL itself: the store behind <see cref="ICareStore"/>
/// does the relational work and every figure comes from the conversation facts. Never writes to the console; long work
/// reports through <see cref="IProgress{T}"/>.
/// </summary>
public sealed partial class CareBenchmark : IDisposable
{
    private readonly ICareStore store;
    private readonly TimeProvider time;
    private readonly ConversationStage conversations;

    // The mention outcomes behind the last result of Evaluate, so Compare on that result does not rebuild them.
    private (BenchmarkResult Result, IReadOnlyDictionary<string, OutcomeSample> Outcomes)? evaluated;

    private CareBenchmark(ICareStore store, BrandRegistry registry, TimeProvider time)
    {
        this.store = store;
        Registry = registry;
        this.time = time;
        conversations = new ConversationStage(store);
        Weekly = new WeeklyEvaluator(this, store, conversations, time);
    }

    /// <summary>The brand registry in use.</summary>
    public BrandRegistry Registry { get; }

    /// <summary>Where the store lives (the DuckDB file).</summary>
    public string StorePath => store.Location;

    /// <summary>Weekly evaluations, trends, scorecards and snapshots over the same store.</summary>
    internal WeeklyEvaluator Weekly { get; }

    /// <summary>Opens (creating if needed) the store and applies the registry to it.</summary>
    /// <exception cref="StoreException">The store cannot be opened (e.g. another run holds it).</exception>
    public static CareBenchmark Open(string storePath, BrandRegistry registry, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return Open(CareStores.Open(storePath), registry, time);
    }

    /// <summary>
    /// The engine over an open store of any backend behind <see cref="ICareStore"/>: applies the registry to it and takes
    /// ownership (disposing the engine disposes the store, and so does a failure here).
    /// </summary>
    internal static CareBenchmark Open(ICareStore store, BrandRegistry registry, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        try
        {
            store.ApplyRegistry(registry);
            return new CareBenchmark(store, registry, time ?? TimeProvider.System);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Ingests one file atomically and idempotently: either every accepted row is stored (or already was) and the
    /// rejects are written, or — on any failure — the store is left exactly as it was. The format is detected: TWCS CSV,
    /// or X API v2 JSON/JSONL (<c>.json</c>, <c>.jsonl</c>, <c>.ndjson</c>, or content starting with <c>{</c> or <c>[</c>).
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be read (missing, not a known format, wrong encoding).</exception>
    public IngestSummary Ingest(string file, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new IngestOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        conversations.Invalidate();
        return store.Ingest(PostSources.ForFile(file, Registry, options.GetEncoding()), options, time, progress, cancellationToken, rejectsName: Warehouse.RejectsName(file));
    }

    /// <summary>
    /// Pulls public mentions and replies of the registry's brands from Mastodon, Bluesky and the X API, lands the raw
    /// pages under <see cref="PullOptions.LandingDirectory"/> and ingests them like files: per brand and platform one
    /// atomic, idempotent ingest whose checkpoints commit with its posts, so a rerun pulls only what is new and an
    /// interrupted pull resumes without gaps or duplicates. Failed requests are reported in the result, not thrown.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options, an unknown brand, or no brand with a handle on the selected platforms.</exception>
    public PullReport Pull(PullOptions options, PullCredentials credentials, IngestOptions? ingestOptions = null, IProgress<PullProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        ingestOptions ??= new IngestOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        ThrowIfInvalid(ingestOptions.Validate(), nameof(ingestOptions));
        conversations.Invalidate();
        return new Puller(store, Registry, time).Run(options, credentials, ingestOptions, progress, cancellationToken);
    }

    /// <summary>
    /// Computes the stored text features (sentiment, intent, templates, deflection, …) of every post that lacks them,
    /// once per post: the text components of the care score (methodology v3) and the quality report read them.
    /// Incremental and idempotent; a changed model or rules file recomputes all.
    /// </summary>
    /// <exception cref="TextModelException">The model or rules file is missing or unusable.</exception>
    public TextFeatureUpdate AnalyzeText(TextQualityOptions? options = null, IProgress<TextFeatureProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new TextQualityOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        var started = time.GetTimestamp();
        var version = TextAnalyzer.VersionOf(options.ModelPath, options.RulesPath);
        if (store.TextFeaturesCurrent(version))
        {
            // Nothing to compute: the model is not even loaded.
            return new TextFeatureUpdate(version, 0, 0, time.GetElapsedTime(started));
        }

        var analyzer = TextQuality.LoadAnalyzer(options);
        return store.UpdateTextFeatures(analyzer, options.BatchSize, progress, cancellationToken);
    }

    /// <summary>
    /// Computes metrics for every brand with mentions, scores and ranks them within their industries. The text
    /// components (originality, same-channel resolution) use the stored text features (<see cref="AnalyzeText"/>);
    /// when some brand post in the period has none, they are dropped for every brand, the other weights renormalised
    /// (<see cref="ScoreOptions.EffectiveFor"/>), and a finding says so.
    /// </summary>
    public BenchmarkResult Evaluate(MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, IReadOnlyList<IngestSummary>? ingests = null, TextQualityOptions? textOptions = null)
    {
        metricsOptions ??= new MetricsOptions();
        scoreOptions ??= new ScoreOptions();
        textOptions ??= new TextQualityOptions();
        ThrowIfInvalid(metricsOptions.Validate(), nameof(metricsOptions));
        ThrowIfInvalid(scoreOptions.Validate(), nameof(scoreOptions));
        ThrowIfInvalid(textOptions.Validate(), nameof(textOptions));
        var (result, outcomes) = EvaluateOn(store, conversations, metricsOptions, scoreOptions, ingests ?? [], textOptions);
        evaluated = (result, outcomes);
        return result;
    }

    /// <summary>
    /// <see cref="Evaluate(MetricsOptions?, ScoreOptions?, IReadOnlyList{IngestSummary}?, TextQualityOptions?)"/> over
    /// <paramref name="on"/>, a store of this benchmark's data, with its own conversations stage (the weekly job
    /// evaluates an earlier period on a second connection beside the week's own evaluation), with checked options; the
    /// result and the mention outcomes behind it.
    /// </summary>
    internal (BenchmarkResult Result, IReadOnlyDictionary<string, OutcomeSample> Outcomes) EvaluateOn(
        ICareStore on, ConversationStage stage, MetricsOptions metricsOptions, ScoreOptions scoreOptions, IReadOnlyList<IngestSummary> ingests, TextQualityOptions textOptions)
    {
        // The brand posts and reply templates of the period need no facts: a second handle on the store, when it has one,
        // reads them while this one builds and reads the facts. It has ended before anything else happens, whatever fails.
        var scope = stage.ScopeOf(metricsOptions);
        var second = on.OpenConcurrent();
        var side = second is null ? null : Blocking.Start(() =>
        {
            using (second)
            {
                return (Posts: second.CountBrandPosts(scope), Templates: second.ReadReplyTemplates(scope));
            }
        });
        ConversationFacts facts;
        ConversationSet set;
        try
        {
            facts = stage.Facts(metricsOptions);
            set = stage.SetOf(facts);
        }
        catch
        {
            if (side is not null)
            {
                Task.WaitAny(side);
            }

            throw;
        }

        var (brandPosts, templates) = side is null ? (on.CountBrandPosts(scope), on.ReadReplyTemplates(scope)) : side.GetAwaiter().GetResult();
        var measured = MetricsCalculator.Measure(facts, brandPosts, Registry);
        var computed = measured.OnBusinessClock(scoreOptions.Clock == ResponseClock.Business);
        var text = TextQuality.ReplyCounts(templates, textOptions);
        var brands = text is null
            ? computed.Brands
            : computed.Brands.Select(m => m with { ReplyText = text.GetValueOrDefault(m.BrandId) ?? ReplyTextCounts.None }).ToList();
        var effective = scoreOptions.EffectiveFor(brands);

        // The store checks the posts that did not become conversations (on its own threads) while the bootstrap runs in
        // C# on every core: neither needs the other before the findings. Both have ended before this returns, whatever
        // fails, so nothing else uses the store while the check still runs.
        var checking = Blocking.Start(() => on.CheckConversations(set));
        IReadOnlyList<Leaderboard> leaderboards;
        try
        {
            leaderboards = Ranker.Rank(Registry, brands, effective, computed.Outcomes);
        }
        catch
        {
            Task.WaitAny(checking);
            throw;
        }

        var findings = MetricsCalculator.Findings(checking.GetAwaiter().GetResult(), measured.Brands);
        findings.AddRange(Registry.Warnings); // e.g. a declared time zone this machine cannot resolve (v4)
        if (effective.DroppedComponents.Count > scoreOptions.DroppedComponents.Count)
        {
            findings.Add(new Finding(FindingSeverity.Warning, "text-features-missing", null, brands.Count,
                $"The brands' replies have no text features, so {string.Join(" and ", effective.DroppedComponents)} are left out of the care score and the other weights renormalised ({effective.WeightsText.Split(" (", 2)[0]}). Run carebench quality (or run/rank with the shipped model) to analyse the text."));
        }
        foreach (var ingest in ingests)
        {
            if (ingest.Rejected > 0)
            {
                findings.Add(new Finding(FindingSeverity.Warning, "rejected-rows", null, ingest.Rejected,
                    $"{Path.GetFileName(ingest.File)}: {ingest.Rejected} row(s) rejected ({string.Join(", ", ingest.RejectedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key.Code()} {r.Value}"))}); see the rejects file."));
            }
        }

        var window = new DataWindow(facts.FirstMention, facts.LastMention, facts.Scope.AsOf);
        return (new BenchmarkResult(time.GetUtcNow(), metricsOptions, effective, window, ingests, on.Totals(), leaderboards, findings), computed.Outcomes);
    }

    /// <summary>Every brand's reply latency over all brand replies to customer posts (the published TWCS figure).</summary>
    public IReadOnlyList<ReplyLatency> ReplyLatencies(MetricsOptions? metricsOptions = null)
    {
        var scope = conversations.ScopeOf(metricsOptions ?? new MetricsOptions());
        return [.. store.ReadReplyDelays(scope)
            .GroupBy(d => d.BrandId, StringComparer.Ordinal)
            .Select(g => new ReplyLatency(g.Key, OutcomeMetrics.From(g.Key, MentionOutcomes.Answered(g.Select(d => d.Milliseconds))).FirstResponse))];
    }

    /// <summary>
    /// Puts two or more brands of a result side by side, with their response-time distributions, the statistical tests
    /// for every pair (in the order asked for: 1–2, 1–3, …, 2–3, …), the decomposition of every pair's score difference
    /// and, when the period's text is analysed (<see cref="AnalyzeText"/>), their care quality from the text.
    /// </summary>
    /// <param name="result">The run the brands come from.</param>
    /// <param name="brands">The brands to compare, in display order.</param>
    /// <param name="textOptions">Template grouping and example counts of the quality figures; customers are always pseudonymised (its <see cref="TextQualityOptions.ShowCustomers"/> is ignored).</param>
    /// <exception cref="ArgumentException">Fewer than two distinct brands, a brand without mentions in the result, or invalid text options.</exception>
    public Comparison Compare(BenchmarkResult result, IReadOnlyList<Brand> brands, TextQualityOptions? textOptions = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(brands);
        textOptions = (textOptions ?? new TextQualityOptions()) with { ShowCustomers = false };
        ThrowIfInvalid(textOptions.Validate(), nameof(textOptions));
        var distinct = brands.DistinctBy(b => b.Id).ToList();
        if (distinct.Count < 2)
        {
            throw new ArgumentException("A comparison needs at least two different brands.", nameof(brands));
        }

        var all = result.AllBrands.ToDictionary(b => b.Brand.Id, StringComparer.Ordinal);
        var missing = distinct.Where(b => !all.ContainsKey(b.Id)).Select(b => $"{b.Name} ({b.Id})").ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No mentions in the data for: {string.Join(", ", missing)}. Check the period and the ingested files.", nameof(brands));
        }

        IReadOnlyDictionary<string, OutcomeSample> outcomes;
        if (evaluated is { } last && ReferenceEquals(last.Result, result))
        {
            outcomes = last.Outcomes;
        }
        else
        {
            var facts = conversations.Facts(result.MetricsOptions);
            outcomes = facts.Brands.ToDictionary(b => b.BrandId, b => MentionOutcomes.Of(b, facts.Scope), StringComparer.Ordinal);
        }

        OutcomeSample Sample(Brand brand) => outcomes.GetValueOrDefault(brand.Id) ?? OutcomeSample.Empty;
        var times = distinct.ToDictionary(b => b.Id, b => (IReadOnlyList<double>)Sample(b).AnsweredSeconds(), StringComparer.Ordinal);
        var pairs = new List<PairwiseComparison>();
        var explanations = new List<ScoreExplanation>();
        for (var i = 0; i < distinct.Count; i++)
        {
            for (var j = i + 1; j < distinct.Count; j++)
            {
                var (a, b) = (all[distinct[i].Id], all[distinct[j].Id]);
                pairs.Add(Pairwise(a, b, times[a.Brand.Id], times[b.Brand.Id], Sample(a.Brand), Sample(b.Brand)));
                explanations.Add(Explanation.Explain(result, a, b));
            }
        }

        var ids = distinct.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        // Activity in the brands' own zone when they share one; UTC when their zones differ, so the heatmaps stay comparable.
        var zones = distinct.Select(b => b.TimeZone).DistinctBy(z => z.Id).ToList();
        var activityZone = zones.Count == 1 ? zones[0] : TimeZoneInfo.Utc;
        var quality = QualityByBrand(result.MetricsOptions, textOptions);
        var weekly = Weekly.Trend(result.MetricsOptions);
        var industries = distinct.Select(b => b.Industry).ToHashSet(StringComparer.Ordinal);
        return new Comparison(result, distinct.Select(b => all[b.Id]).ToList(), times, pairs, explanations)
        {
            Weekly = weekly.Where(w => ids.Contains(w.BrandId)).ToList(),
            IndustryWeekly = [.. weekly
                .Where(w => w.Mentions > 0 && all.TryGetValue(w.BrandId, out var b) && industries.Contains(b.Brand.Industry))
                .GroupBy(w => (Industry: all[w.BrandId].Brand.Industry, w.Week))
                .Select(g => new IndustryWeek(g.Key.Industry, g.Key.Week, g.Sum(w => w.Mentions), g.Count()))
                .OrderBy(i => i.Industry, StringComparer.Ordinal).ThenBy(i => i.Week)],
            Activity = Weekly.Activity(activityZone, ids, result.MetricsOptions),
            ActivityTimeZone = activityZone.Id,
            Quality = quality is null
                ? null
                : [.. distinct.Select(b => quality.GetValueOrDefault(b.Id)).OfType<BrandQuality>()],
        };
    }

    /// <summary>
    /// Every brand's care quality from the stored text features over the period of <paramref name="metricsOptions"/>
    /// (sentiment, intent, templates, deflection, recovery), ordered by brand id; null when the period's text is not
    /// analysed (some post in it has no features: run <see cref="AnalyzeText"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public IReadOnlyList<BrandQuality>? Quality(MetricsOptions? metricsOptions = null, TextQualityOptions? textOptions = null)
    {
        metricsOptions ??= new MetricsOptions();
        textOptions ??= new TextQualityOptions();
        ThrowIfInvalid(metricsOptions.Validate(), nameof(metricsOptions));
        ThrowIfInvalid(textOptions.Validate(), nameof(textOptions));
        return QualityByBrand(metricsOptions, textOptions)?.Values.ToList();
    }

    /// <summary>Every brand's care quality by brand id (see <see cref="Quality(MetricsOptions?, TextQualityOptions?)"/>).</summary>
    internal SortedDictionary<string, BrandQuality>? QualityByBrand(MetricsOptions metricsOptions, TextQualityOptions textOptions)
    {
        var facts = conversations.Facts(metricsOptions);
        if (!store.IsTextAnalysed(facts.Scope))
        {
            return null;
        }

        return new SortedDictionary<string, BrandQuality>(
            conversations.Quality(facts, Registry, textOptions).ToDictionary(q => q.BrandId, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// Handles mentioned in customer posts that one brand answers far more often than chance: candidates for the
    /// registry's <c>aliases</c>, with their evidence (counts and post ids, no post text). Reads the store only.
    /// </summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public IReadOnlyList<AliasSuggestion> SuggestAliases(AliasSuggestionOptions? options = null)
    {
        options ??= new AliasSuggestionOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        return store.AliasCandidates(options);
    }

    /// <summary>
    /// Streams every mention counted by the last <see cref="Evaluate"/> on this instance, ordered by brand id, mention
    /// time, platform and post id (ordinal), with its customer's raw handle: the same facts as that evaluation's figures.
    /// Do not start another query on this instance while enumerating.
    /// </summary>
    /// <exception cref="InvalidOperationException">No evaluation has run on this instance.</exception>
    public IEnumerable<MentionFact> MentionFacts()
    {
        var facts = evaluated is { } last
            ? conversations.Facts(last.Result.MetricsOptions)
            : throw new InvalidOperationException("Mention facts exist only after Evaluate: evaluate before exporting mentions.");
        return store.ReadConversations(conversations.SetOf(facts), withAuthors: true).Select(f => new MentionFact(
            f.Platform, f.PostId, f.BrandId, f.Author!, f.MentionAt, f.Status, f.FirstReplyAt, f.ResponseMilliseconds / 1000.0));
    }

    /// <summary>
    /// Why brand <paramref name="a"/>'s care score differs from <paramref name="b"/>'s in <paramref name="result"/>: the
    /// difference decomposed by component and weight, largest contribution first, with a one-sentence summary.
    /// </summary>
    /// <exception cref="ArgumentException">The same brand twice, or a brand without mentions in the result.</exception>
    public static ScoreExplanation Explain(BenchmarkResult result, Brand a, Brand b)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a.Id, b.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Explaining a difference needs two different brands (both are {a.Name}).", nameof(b));
        }

        var all = result.AllBrands.ToDictionary(x => x.Brand.Id, StringComparer.Ordinal);
        var missing = new[] { a, b }.Where(x => !all.ContainsKey(x.Id)).Select(x => $"{x.Name} ({x.Id})").ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No mentions in the data for: {string.Join(", ", missing)}. Check the period and the ingested files.", nameof(b));
        }

        return Explanation.Explain(result, all[a.Id], all[b.Id]);
    }

    private static PairwiseComparison Pairwise(RankedBrand a, RankedBrand b, IReadOnlyList<double> timesA, IReadOnlyList<double> timesB, OutcomeSample outcomesA, OutcomeSample outcomesB)
    {
        var (nameA, nameB) = (a.Brand.Name, b.Brand.Name);
        var times = MannWhitneyU.Test(timesA, timesB);
        var rates = TwoProportionTest.Test(a.Metrics.Answered, a.Metrics.Decided, b.Metrics.Answered, b.Metrics.Decided);
        var survival = LogRankTest.Test(outcomesA.ToOutcomes(), outcomesB.ToOutcomes());
        return new PairwiseComparison(
            a.Brand.Id,
            b.Brand.Id,
            times,
            rates,
            survival,
            [Verdict.ResponseRates(nameA, nameB, rates), Verdict.ResponseTimes(nameA, nameB, times), Verdict.TimeToResponse(nameA, nameB, survival)]);
    }

    /// <inheritdoc />
    public void Dispose() => store.Dispose();

    private static void ThrowIfInvalid(IReadOnlyList<string> problems, string name)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), name);
        }
    }
}
