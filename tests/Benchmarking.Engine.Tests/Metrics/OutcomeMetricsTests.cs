using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Tests.Reference;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>
/// Methodology §3a and §6: the C# definition the bootstrap recomputes on every resample (<see cref="OutcomeMetrics"/>)
/// equals the SQL figures on the full sample, its Kaplan–Meier shares equal <see cref="KaplanMeier"/>, and weighting by
/// counts equals expanding the resample.
/// </summary>
public sealed class OutcomeMetricsTests
{
    public static readonly TheoryData<string> Variants = new("defaults", "window-15min-as-of-mid", "window-1h-period");

    [Theory]
    [MemberData(nameof(Variants))]
    public void On_a_brand_s_full_outcomes_it_equals_the_SQL_metrics_and_Kaplan_Meier(string variant)
    {
        using var store = new TestStore();
        store.Ingest(TestPaths.SharedData("twcs-head-5000", "twcs.csv"));
        var calculator = new MetricsCalculator(store.Warehouse);
        var options = Options(store, variant);

        var computed = calculator.Compute(options);
        var fromOutcomes = computed.Brands
            .Select(m => OutcomeMetrics.From(m.BrandId, computed.Outcomes[m.BrandId], m.RepliesBeforeMention, m.BrandReplies))
            .ToList();

        Agreement.Equal(computed.Brands, fromOutcomes, variant);
        Assert.Equal(computed.Brands.Select(m => m.BrandId).Order(StringComparer.Ordinal), computed.Outcomes.Keys.Order(StringComparer.Ordinal));
        foreach (var brand in computed.Brands)
        {
            var sample = computed.Outcomes[brand.BrandId];
            var curve = KaplanMeier.Estimate(sample.ToOutcomes());
            var expected = new SurvivalShares(curve.ShareAnsweredWithin(900), curve.ShareAnsweredWithin(3600), curve.ShareAnsweredWithin(86_400));
            Assert.Equal(expected, brand.Survival);
            Assert.Equal(sample.Count, brand.Mentions);
        }

        if (variant == "window-15min-as-of-mid")
        {
            Assert.Contains(computed.Brands, m => m.Pending > 0 && m.Survival!.Within15Min != m.Within15Min);
        }
    }

    [Fact]
    public void Without_pending_mentions_the_Kaplan_Meier_shares_equal_the_naive_ones()
    {
        var random = new Random(5);
        var outcomes = Enumerable.Range(0, 500)
            .Select(_ => random.Next(3) == 0 ? MentionOutcome.NoAnswer(259_200) : MentionOutcome.Answer(Math.Round(Math.Exp(4 + (random.NextDouble() * 8)))))
            .ToList();

        var metrics = OutcomeMetrics.From("acme", OutcomeSample.From(outcomes));

        Assert.Equal(metrics.Within15Min!.Value, metrics.Survival!.Within15Min!.Value, 12);
        Assert.Equal(metrics.Within1Hour!.Value, metrics.Survival.Within1Hour!.Value, 12);
        Assert.Equal(metrics.Within24Hours!.Value, metrics.Survival.Within24Hours!.Value, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Counting_copies_equals_expanding_the_resample(int seed)
    {
        var random = new Random(seed);
        var outcomes = RandomOutcomes(random, random.Next(1, 300));
        var sample = OutcomeSample.From(outcomes);
        var counts = new int[sample.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[random.Next(counts.Length)]++;
        }

        var expanded = sample.ToOutcomes().SelectMany((o, i) => Enumerable.Repeat(o, counts[i])).ToList();

        var weighted = OutcomeMetrics.From("acme", sample, counts);
        var direct = OutcomeMetrics.From("acme", OutcomeSample.From(expanded));

        Agreement.Equal([direct], [weighted], $"seed {seed}");
        Assert.Equal(direct.Survival, weighted.Survival);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_replicate_is_n_draws_with_replacement_counted_per_outcome(int pendingEvery)
    {
        var random = new Random(8);
        var outcomes = RandomOutcomes(random, 120);
        if (pendingEvery == 0)
        {
            outcomes.Add(MentionOutcome.NoAnswer(3600)); // ends with a tail of unanswered outcomes
        }
        else
        {
            outcomes.Add(MentionOutcome.StillPending(3600 + pendingEvery)); // no tail
        }

        var sample = OutcomeSample.From(outcomes);
        var brand = OutcomeMetrics.From("acme", sample);
        var seed = UncertaintyEstimator.DerivedSeed(20171031, "acme", 7);

        var counts = new int[sample.Count];
        var draws = new ResampleRandom(seed);
        for (var i = 0; i < sample.Count; i++)
        {
            counts[draws.Next(sample.Count)]++;
        }

        Assert.Equal(pendingEvery == 0, sample.TailCount > 1);
        Assert.Equal(OutcomeMetrics.From("acme", sample, counts), UncertaintyEstimator.Replicate(brand, sample, seed));
    }

    [Fact]
    public void The_resampling_stream_is_uniform_and_repeatable()
    {
        var a = new ResampleRandom(42);
        var b = new ResampleRandom(42);
        var buckets = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            var x = a.Next(7);
            Assert.Equal(x, b.Next(7));
            buckets[x]++;
        }

        // χ² with 6 degrees of freedom: 22.5 is its 99.9th percentile.
        var chiSquare = buckets.Sum(o => (o - 10_000.0) * (o - 10_000.0) / 10_000.0);
        Assert.True(chiSquare < 22.5, $"χ² = {chiSquare}");
        Assert.NotEqual(new ResampleRandom(1).NextUInt64(), new ResampleRandom(2).NextUInt64());
    }

    [Fact]
    public void The_empty_sample_has_no_figures()
    {
        var metrics = OutcomeMetrics.From("acme", OutcomeSample.Empty);

        Assert.Equal(0, metrics.Mentions);
        Assert.Null(metrics.ResponseRate);
        Assert.Null(metrics.FirstResponse.MedianSeconds);
        Assert.Null(metrics.Survival);
    }

    private static List<MentionOutcome> RandomOutcomes(Random random, int n) =>
        Enumerable.Range(0, n).Select(_ => random.Next(4) switch
        {
            0 => MentionOutcome.NoAnswer(3600),
            1 => MentionOutcome.StillPending(random.Next(0, 3600)),
            _ => MentionOutcome.Answer(random.Next(0, 40) * 90.0), // coarse, so ties and threshold hits happen
        }).ToList();

    private static MetricsOptions Options(TestStore store, string variant)
    {
        var times = store.Warehouse.Scalar("SELECT quantile_disc(created_at, [0.25, 0.5, 0.75]) FROM posts") as System.Collections.IList;
        DateTimeOffset At(int i) => new(DateTime.SpecifyKind((DateTime)times![i]!, DateTimeKind.Utc));
        return variant switch
        {
            "defaults" => new MetricsOptions(),
            "window-15min-as-of-mid" => new MetricsOptions { AnswerWindow = TimeSpan.FromMinutes(15), AsOf = At(1) },
            _ => new MetricsOptions { AnswerWindow = TimeSpan.FromHours(1), From = At(0), To = At(2), AsOf = At(2).AddMinutes(30) },
        };
    }
}
