using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Everything one benchmark run produced, immutable: the input accounting, the data window, every brand's metrics and
/// score, the industry leaderboards and the data-quality findings. Reports render this; they compute nothing new.
/// </summary>
/// <param name="GeneratedAt">When the run finished (from the injected <see cref="TimeProvider"/>).</param>
/// <param name="MetricsOptions">Metric options used.</param>
/// <param name="ScoreOptions">Score methodology used (version and weights).</param>
/// <param name="Window">First and last mention time in the period, and the as-of time.</param>
/// <param name="Ingests">Accounting per input file ingested in this run (empty when the run only read the store).</param>
/// <param name="Store">Totals of the store the figures were computed from.</param>
/// <param name="Leaderboards">One per industry with mentions.</param>
/// <param name="Findings">Data-quality findings.</param>
public sealed record BenchmarkResult(
    DateTimeOffset GeneratedAt,
    MetricsOptions MetricsOptions,
    ScoreOptions ScoreOptions,
    DataWindow Window,
    IReadOnlyList<IngestSummary> Ingests,
    StoreTotals Store,
    IReadOnlyList<Leaderboard> Leaderboards,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>Every scored brand, ranked or not, across industries.</summary>
    public IEnumerable<RankedBrand> AllBrands => Leaderboards.SelectMany(l => l.Ranked.Concat(l.NotEnoughData));
}
