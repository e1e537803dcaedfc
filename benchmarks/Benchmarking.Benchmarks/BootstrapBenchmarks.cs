using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Benchmarks;

/// <summary>
/// The bootstrap's replicates (<see cref="UncertaintyEstimator.Replicates"/>) without the store: per N posts, outcomes
/// shaped like the real TWCS input of <c>docs/performance.md</c> (0.52 mentions and 0.44 text-analysed replies per post,
/// 38 % of the mentions unanswered within the window, whole-second response times with ties), over 72 brands of
/// unequal size. Twenty replicates per operation; the cost is linear in the replicates.
/// </summary>
[MemoryDiagnoser]
public class BootstrapBenchmarks
{
    private const int Replicates = 20;
    private BrandMetrics[] brands = [];
    private Dictionary<string, OutcomeSample> outcomes = [];

    /// <summary>Posts the outcomes stand for.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Builds the brands' outcomes and metrics once, seeded.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        const int brandCount = 72;
        var weights = Enumerable.Range(0, brandCount).Select(b => 1.0 / (1 + (b % 12))).ToArray();
        var total = weights.Sum();
        var list = new List<BrandMetrics>();
        outcomes = new Dictionary<string, OutcomeSample>(StringComparer.Ordinal);
        for (var b = 0; b < brandCount; b++)
        {
            var id = $"brand-{b:00}";
            var mentions = Math.Max(1, (int)(Posts * 0.52 * weights[b] / total));
            var replies = Math.Max(1, (long)(Posts * 0.44 * weights[b] / total));
            var sample = OutcomeSample.From(Enumerable.Range(0, mentions)
                .Select(_ => random.NextDouble() < 0.38
                    ? MentionOutcome.NoAnswer(86_400)
                    : MentionOutcome.Answer(Math.Round(Math.Exp(3 + (random.NextDouble() * 8.3)))))
                .ToList());
            outcomes[id] = sample;
            var canned = replies * 3 / 10;
            var deflecting = replies / 7;
            list.Add(OutcomeMetrics.From(id, sample) with
            {
                ReplyText = new ReplyTextCounts(canned / 5, canned - (canned / 5), deflecting, replies - canned - deflecting),
            });
        }

        brands = [.. list];
    }

    /// <summary>Twenty replicates of every brand (mention draws, metrics, reply resample).</summary>
    [Benchmark]
    public int TwentyReplicates() => UncertaintyEstimator.Replicates(brands, outcomes, Replicates, 20171031).Length;
}
