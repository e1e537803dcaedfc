using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Evaluations of whole ISO weeks kept in the store (<c>evaluation_cache</c>) so that a weekly run reuses what an
/// earlier run computed from the same data instead of computing it again (a week's scorecards need the week before,
/// which the previous weekly run evaluated as its own week).
/// </summary>
/// <remarks>
/// <para>An entry is found by a key and then checked against a fingerprint. The key holds everything the evaluation
/// depends on besides the data: the period, the answer window, every score option, the text options of the reply
/// counts, the registry (brands, industries, handles, aliases, account ids, time zones, support hours) and the build of
/// the engine itself (its module version id: any change to the engine's code is a different key). The fingerprint holds
/// the data: per week of the period, how many writes changed the stored rows that feed the facts of its mentions (the
/// week's posts, every reply to them whenever posted, the posts they reply to, their text features), which each write
/// counts in its own transaction (<see cref="WeekChanges"/>). A late reply to a mention of the period, a parent arriving
/// after its reply, an edit, a registry applied to the posts or new text features change it, and the period is
/// computed again.</para>
/// <para>The as-of time only decides which unanswered mentions are still pending. An entry with no pending mention
/// holds at its own as-of time and any later one (every unanswered mention is already older than the answer window and
/// stays unanswered; a reply arriving later changes the fingerprint); an entry with pending mentions holds at exactly
/// its as-of time.</para>
/// <para>An entry keeps the leaderboards (metrics, scores, bootstrap replicates and intervals, ranks and ties), the
/// data window and the findings of the evaluation; the options, the as-of time, the store totals and the generation
/// time of a result read from it are the current run's, as a fresh evaluation would give them. The store-wide findings
/// (posts of unregistered authors, brand posts marked inbound) are those of the run that computed the entry.</para>
/// </remarks>
internal sealed class EvaluationCache(ICareStore store, BrandRegistry registry, TimeProvider time)
{
    /// <summary>Rule id of the per-file findings a run adds from its own ingests: not part of the period's evaluation.</summary>
    private const string RejectedRowsRule = "rejected-rows";

    private static readonly string EngineBuild = typeof(EvaluationCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly JsonSerializerOptions json = new()
    {
        Converters = { new BrandIdJsonConverter(registry), new ConfidenceIntervalJsonConverter(), new IsoWeekJsonConverter() },
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly string registryText = RegistryText(registry);

    /// <summary>Entries found and used by this instance (for tests and benchmarks).</summary>
    public int Hits { get; private set; }

    /// <summary>Entries looked for by this instance and not found, or found but computed from other data or at another as-of time.</summary>
    public int Misses { get; private set; }

    /// <summary>The fingerprints of the weeks from <paramref name="first"/> to <paramref name="last"/>; null when the store keeps no cache.</summary>
    public WeekFingerprints? Fingerprints(IsoWeek first, IsoWeek last) =>
        store.WeekFingerprints(first.Start, last.End) is { } weeks ? new WeekFingerprints(first, last, weeks) : null;

    /// <summary>
    /// Removes the entries of periods that end before <paramref name="first"/> begins: a scorecard whose periods start there or later
    /// never reads them (a run of an earlier week computes them again).
    /// </summary>
    public void Prune(IsoWeek first) => store.PruneEvaluationCache(first.Start);

    /// <summary>
    /// The cached evaluation of the weeks <paramref name="first"/> to <paramref name="last"/>, as <see cref="CareBenchmark.Evaluate"/>
    /// would give it now, or null when none matches the key, the data and the as-of time.
    /// </summary>
    /// <param name="first">First week.</param>
    /// <param name="last">Last week.</param>
    /// <param name="metricsOptions">The options of the evaluation, its period set to the weeks.</param>
    /// <param name="scoreOptions">The score options asked for.</param>
    /// <param name="asOf">The as-of time the evaluation would read the statuses at.</param>
    /// <param name="fingerprints">The current fingerprints of the weeks.</param>
    public BenchmarkResult? Find(IsoWeek first, IsoWeek last, MetricsOptions metricsOptions, ScoreOptions scoreOptions, DateTimeOffset asOf, WeekFingerprints fingerprints)
    {
        ArgumentNullException.ThrowIfNull(metricsOptions);
        ArgumentNullException.ThrowIfNull(scoreOptions);
        ArgumentNullException.ThrowIfNull(fingerprints);
        if (Entry(Key("evaluation", first, last, metricsOptions.AnswerWindow, scoreOptions), first, last, asOf, fingerprints) is not { } entry)
        {
            return null;
        }

        var cached = JsonSerializer.Deserialize<CachedResult>(entry.Payload, json)
            ?? throw new JsonException("A cached evaluation is empty.");
        var effective = scoreOptions.EffectiveFor([.. cached.Leaderboards.SelectMany(l => l.Ranked.Concat(l.NotEnoughData)).Select(b => b.Metrics)]);
        return new BenchmarkResult(
            time.GetUtcNow(), metricsOptions, effective, new DataWindow(cached.FirstMention, cached.LastMention, asOf), [], store.Totals(), cached.Leaderboards, cached.Findings);
    }

    /// <summary>
    /// Whether the cache holds an entry for the evaluation of the weeks <paramref name="first"/> to <paramref name="last"/>
    /// with these options, whatever data and as-of time it was computed from: when it holds none, <see cref="Find"/>
    /// finds nothing, so the period can be evaluated before its fingerprints are known.
    /// </summary>
    public bool Holds(IsoWeek first, IsoWeek last, TimeSpan answerWindow, ScoreOptions scoreOptions)
    {
        ArgumentNullException.ThrowIfNull(scoreOptions);
        return store.CachedEvaluation(Key("evaluation", first, last, answerWindow, scoreOptions)) is not null;
    }

    /// <summary>
    /// Keeps <paramref name="result"/>, an evaluation of the weeks <paramref name="first"/> to <paramref name="last"/>
    /// with <paramref name="scoreOptions"/> (its ingest findings left out), replacing an earlier entry of the same key.
    /// </summary>
    public void Keep(IsoWeek first, IsoWeek last, BenchmarkResult result, ScoreOptions scoreOptions, WeekFingerprints fingerprints)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scoreOptions);
        ArgumentNullException.ThrowIfNull(fingerprints);
        var brands = result.AllBrands.ToList();
        var payload = JsonSerializer.Serialize(
            new CachedResult(result.Window.FirstMention, result.Window.LastMention, result.Leaderboards, [.. result.Findings.Where(f => f.RuleId != RejectedRowsRule)]),
            json);
        var entry = new CachedEvaluation(last.End, fingerprints.Of(first, last), result.Window.AsOf ?? DateTimeOffset.UnixEpoch, brands.Sum(b => b.Metrics.Pending), payload);
        store.CacheEvaluation(Key("evaluation", first, last, result.MetricsOptions.AnswerWindow, scoreOptions), entry, time.GetUtcNow());
    }

    /// <summary>
    /// The cached trend figures of <paramref name="week"/> (every brand's, <see cref="WeeklyEvaluator.Trend"/> of that
    /// week), or null when none matches the key, the data and the as-of time.
    /// </summary>
    public IReadOnlyList<WeeklyFigures>? FindTrend(IsoWeek week, TimeSpan answerWindow, DateTimeOffset asOf, WeekFingerprints fingerprints)
    {
        ArgumentNullException.ThrowIfNull(fingerprints);
        return Entry(Key("trend", week, week, answerWindow, null), week, week, asOf, fingerprints) is { } entry
            ? JsonSerializer.Deserialize<List<WeeklyFigures>>(entry.Payload, json) ?? throw new JsonException("A cached trend is empty.")
            : null;
    }

    /// <summary>Keeps the trend figures of <paramref name="week"/>, computed at <paramref name="asOf"/>.</summary>
    public void KeepTrend(IsoWeek week, IReadOnlyList<WeeklyFigures> figures, TimeSpan answerWindow, DateTimeOffset asOf, WeekFingerprints fingerprints)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(fingerprints);
        var entry = new CachedEvaluation(week.End, fingerprints.Of(week, week), asOf, figures.Sum(f => f.Pending), JsonSerializer.Serialize(figures, json));
        store.CacheEvaluation(Key("trend", week, week, answerWindow, null), entry, time.GetUtcNow());
    }

    /// <summary>Whether <paramref name="result"/> was computed with <paramref name="scoreOptions"/> (as its effective options show).</summary>
    public static bool ComputedWith(BenchmarkResult result, ScoreOptions scoreOptions)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scoreOptions);
        var effective = scoreOptions.EffectiveFor([.. result.AllBrands.Select(b => b.Metrics)]);
        return JsonSerializer.Serialize(effective) == JsonSerializer.Serialize(result.ScoreOptions);
    }

    /// <summary>The entry of <paramref name="key"/> when it was computed from the current data and holds at <paramref name="asOf"/>.</summary>
    private CachedEvaluation? Entry(string key, IsoWeek first, IsoWeek last, DateTimeOffset asOf, WeekFingerprints fingerprints)
    {
        if (store.CachedEvaluation(key) is { } entry
            && entry.Fingerprint == fingerprints.Of(first, last)
            && (entry.AsOf == asOf || (entry.Pending == 0 && asOf > entry.AsOf)))
        {
            Hits++;
            return entry;
        }

        Misses++;
        return null;
    }

    private string Key(string kind, IsoWeek first, IsoWeek last, TimeSpan answerWindow, ScoreOptions? scoreOptions)
    {
        var text = new TextQualityOptions();
        var key = string.Join(
            '\n',
            "carebench evaluation cache 1: " + kind,
            "engine " + EngineBuild,
            string.Create(CultureInfo.InvariantCulture, $"weeks {first} {last}; answer window {answerWindow.Ticks} ticks"),
            "score " + (scoreOptions is null ? "-" : JsonSerializer.Serialize(scoreOptions)),
            string.Create(CultureInfo.InvariantCulture, $"reply text {text.NearDuplicateThreshold:R} {text.MinTemplateUses}"),
            "registry " + registryText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string RegistryText(BrandRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var text = new StringBuilder();
        foreach (var brand in registry.Brands.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            text.AppendLine(string.Join(
                '|',
                brand.Id,
                brand.Name,
                brand.Industry,
                brand.TimeZoneId,
                brand.Hours.ToString(),
                string.Join(',', brand.PlatformHours.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")),
                string.Join(',', brand.Handles.Select(h => h.ToString())),
                string.Join(',', brand.Aliases.Select(h => h.ToString())),
                string.Join(',', brand.AccountIds.Select(a => a.ToString()))));
        }

        return text.ToString();
    }
}
