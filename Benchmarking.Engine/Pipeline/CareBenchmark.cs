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
/// The one entry point that composes the stages: ingest files into the warehouse, compute metrics, score and rank,
/// and assemble comparisons. Never writes to the console; long work reports through <see cref="IProgress{T}"/>.
/// </summary>
public sealed partial class CareBenchmark : IDisposable
{
    private readonly Warehouse warehouse;
    private readonly TimeProvider time;

    // The mention outcomes behind the last result of Evaluate, so Compare on that result does not rebuild them.
    private (BenchmarkResult Result, IReadOnlyDictionary<string, OutcomeSample> Outcomes)? evaluated;

    private CareBenchmark(Warehouse warehouse, BrandRegistry registry, TimeProvider time)
    {
        this.warehouse = warehouse;
        Registry = registry;
        this.time = time;
    }

    /// <summary>The brand registry in use.</summary>
    public BrandRegistry Registry { get; }

    /// <summary>Path of the DuckDB store.</summary>
    public string StorePath => warehouse.Path;

    /// <summary>Opens (creating if needed) the store and applies the registry to it.</summary>
    /// <exception cref="StoreException">The store cannot be opened (e.g. another run holds it).</exception>
    public static CareBenchmark Open(string storePath, BrandRegistry registry, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var warehouse = Warehouse.Open(storePath);
        try
        {
            warehouse.ApplyRegistry(registry);
            return new CareBenchmark(warehouse, registry, time ?? TimeProvider.System);
        }
        catch
        {
            warehouse.Dispose();
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
        return warehouse.Ingest(file, Registry, options, time, progress, cancellationToken);
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
        return new Puller(warehouse, Registry, time).Run(options, credentials, ingestOptions, progress, cancellationToken);
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
        if (TextFeatureStore.IsCurrent(warehouse, version))
        {
            // Nothing to compute: the model is not even loaded.
            return new TextFeatureUpdate(version, 0, 0, time.GetElapsedTime(started));
        }

        var analyzer = TextQuality.LoadAnalyzer(options);
        return TextQuality.UpdateFeatures(warehouse, analyzer, options, progress, cancellationToken);
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
        var calculator = new MetricsCalculator(warehouse, Registry);
        factsFor = null; // the mention facts are rebuilt now; if that fails, nothing may trust the old ones
        var computed = calculator.Compute(metricsOptions).OnClock(scoreOptions.Clock);
        var text = TextQuality.ReplyCounts(warehouse, metricsOptions, textOptions);
        var brands = text is null
            ? computed.Brands
            : computed.Brands.Select(m => m with { ReplyText = text.GetValueOrDefault(m.BrandId) ?? ReplyTextCounts.None }).ToList();
        var effective = scoreOptions.EffectiveFor(brands);
        var leaderboards = Ranker.Rank(Registry, brands, effective, computed.Outcomes);
        var findings = new List<Finding>(computed.Findings);
        findings.AddRange(Registry.Warnings); // e.g. a declared time zone this machine cannot resolve (v4)
        if (effective.DroppedComponents.Count > scoreOptions.DroppedComponents.Count)
        {
            findings.Add(new Finding(FindingSeverity.Warning, "text-features-missing", null, brands.Count,
                $"The brands' replies have no text features, so {string.Join(" and ", effective.DroppedComponents)} are left out of the care score and the other weights renormalised ({effective.WeightsText.Split(" (", 2)[0]}). Run carebench quality (or run/rank with the shipped model) to analyse the text."));
        }
        foreach (var ingest in ingests ?? [])
        {
            if (ingest.Rejected > 0)
            {
                findings.Add(new Finding(FindingSeverity.Warning, "rejected-rows", null, ingest.Rejected,
                    $"{Path.GetFileName(ingest.File)}: {ingest.Rejected} row(s) rejected ({string.Join(", ", ingest.RejectedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key.Code()} {r.Value}"))}); see the rejects file."));
            }
        }

        var result = new BenchmarkResult(time.GetUtcNow(), metricsOptions, effective, computed.Window, ingests ?? [], warehouse.Totals(), leaderboards, findings);
        evaluated = (result, computed.Outcomes);
        factsFor = metricsOptions;
        return result;
    }

    /// <summary>Every brand's reply latency over all brand replies to customer posts (the published TWCS figure).</summary>
    public IReadOnlyList<ReplyLatency> ReplyLatencies(MetricsOptions? metricsOptions = null) =>
        new MetricsCalculator(warehouse).ReplyLatencies(metricsOptions ?? new MetricsOptions());

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
            factsFor = null;
            outcomes = new MetricsCalculator(warehouse).MentionOutcomes(result.MetricsOptions);
            factsFor = result.MetricsOptions;
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
        var quality = Quality(result.MetricsOptions, textOptions);
        var weekly = WeeklyTrend(result.MetricsOptions);
        var industries = distinct.Select(b => b.Industry).ToHashSet(StringComparer.Ordinal);
        return new Comparison(result, distinct.Select(b => all[b.Id]).ToList(), times, pairs, explanations)
        {
            Weekly = weekly.Where(w => ids.Contains(w.BrandId)).ToList(),
            IndustryWeekly = [.. weekly
                .Where(w => w.Mentions > 0 && all.TryGetValue(w.BrandId, out var b) && industries.Contains(b.Brand.Industry))
                .GroupBy(w => (Industry: all[w.BrandId].Brand.Industry, w.Week))
                .Select(g => new IndustryWeek(g.Key.Industry, g.Key.Week, g.Sum(w => w.Mentions), g.Count()))
                .OrderBy(i => i.Industry, StringComparer.Ordinal).ThenBy(i => i.Week)],
            Activity = Activity(activityZone, ids, result.MetricsOptions),
            ActivityTimeZone = activityZone.Id,
            Quality = quality is null
                ? null
                : [.. distinct.Select(b => quality.GetValueOrDefault(b.Id)).OfType<BrandQuality>()],
        };
    }

    /// <summary>
    /// Every brand's care quality from the stored text features over the period of <paramref name="metricsOptions"/>, by
    /// brand id; null when the period's text is not analysed (<see cref="TextQuality.IsAnalysed"/>).
    /// </summary>
    private Dictionary<string, BrandQuality>? Quality(MetricsOptions metricsOptions, TextQualityOptions textOptions)
    {
        if (!TextQuality.IsAnalysed(warehouse, metricsOptions))
        {
            return null;
        }

        // TextQuality.Compute rebuilds the mention facts for these options.
        factsFor = null;
        var quality = TextQuality.Compute(warehouse, metricsOptions, textOptions);
        factsFor = metricsOptions;
        return quality.ToDictionary(q => q.BrandId, StringComparer.Ordinal);
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
    public void Dispose() => warehouse.Dispose();

    private static void ThrowIfInvalid(IReadOnlyList<string> problems, string name)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), name);
        }
    }
}
