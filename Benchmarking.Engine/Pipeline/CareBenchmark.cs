using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// The one entry point that composes the stages: ingest files into the warehouse, compute metrics, score and rank,
/// and assemble comparisons. Never writes to the console; long work reports through <see cref="IProgress{T}"/>.
/// </summary>
public sealed class CareBenchmark : IDisposable
{
    private readonly Warehouse warehouse;
    private readonly TimeProvider time;

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
    /// rejects are written, or — on any failure — the store is left exactly as it was.
    /// </summary>
    /// <exception cref="InputFileException">The file cannot be read (missing, not a known format, wrong encoding).</exception>
    public IngestSummary Ingest(string file, IngestOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new IngestOptions();
        ThrowIfInvalid(options.Validate(), nameof(options));
        return warehouse.Ingest(file, Registry, options, time, progress, cancellationToken);
    }

    /// <summary>Computes metrics for every brand with mentions, scores and ranks them within their industries.</summary>
    public BenchmarkResult Evaluate(MetricsOptions? metricsOptions = null, ScoreOptions? scoreOptions = null, IReadOnlyList<IngestSummary>? ingests = null)
    {
        metricsOptions ??= new MetricsOptions();
        scoreOptions ??= new ScoreOptions();
        ThrowIfInvalid(metricsOptions.Validate(), nameof(metricsOptions));
        ThrowIfInvalid(scoreOptions.Validate(), nameof(scoreOptions));
        var calculator = new MetricsCalculator(warehouse);
        var computed = calculator.Compute(metricsOptions);
        var leaderboards = Ranker.Rank(Registry, computed.Brands, scoreOptions);
        var findings = new List<Finding>(computed.Findings);
        foreach (var ingest in ingests ?? [])
        {
            if (ingest.Rejected > 0)
            {
                findings.Add(new Finding(FindingSeverity.Warning, "rejected-rows", null, ingest.Rejected,
                    $"{Path.GetFileName(ingest.File)}: {ingest.Rejected} row(s) rejected ({string.Join(", ", ingest.RejectedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key.Code()} {r.Value}"))}); see the rejects file."));
            }
        }

        return new BenchmarkResult(time.GetUtcNow(), metricsOptions, scoreOptions, computed.Window, ingests ?? [], warehouse.Totals(), leaderboards, findings);
    }

    /// <summary>Every brand's reply latency over all brand replies to customer posts (the published TWCS figure).</summary>
    public IReadOnlyList<ReplyLatency> ReplyLatencies(MetricsOptions? metricsOptions = null) =>
        new MetricsCalculator(warehouse).ReplyLatencies(metricsOptions ?? new MetricsOptions());

    /// <summary>Puts two or more brands of a result side by side, with their response-time distributions.</summary>
    /// <exception cref="ArgumentException">Fewer than two distinct brands, or a brand without mentions in the result.</exception>
    public Comparison Compare(BenchmarkResult result, IReadOnlyList<Brand> brands)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(brands);
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

        var times = new MetricsCalculator(warehouse).FirstResponseTimes(result.MetricsOptions, distinct.Select(b => b.Id).ToList());
        return new Comparison(result, distinct.Select(b => all[b.Id]).ToList(), times);
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
