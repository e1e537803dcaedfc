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
    public void On_a_brand_s_full_outcomes_it_equals_the_previous_SQL_metrics_to_the_bit_and_Kaplan_Meier(string variant)
    {
        using var store = new TestStore();
        store.Ingest(TestPaths.SharedData("twcs-head-5000", "twcs.csv"));
        var options = Options(store, variant);

        var computed = Stages.Metrics(store.Warehouse, options);
        var previous = PreviousSqlMetrics.Compute(store.Warehouse, options);

        // Every figure the SQL gave, to the last bit (ToString round-trips doubles): the move to C# changes no output.
        string Figures(BrandMetrics m) => (m with { Survival = null, WallClock = null, BusinessClock = null, OutOfHours = null }).ToString();
        Assert.Equal(previous.Count, computed.Brands.Count);
        Assert.All(previous.Zip(computed.Brands), p => Assert.Equal(Figures(p.First), Figures(p.Second)));
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

        var counts = DrawnOneByOne(seed, sample.Count);

        Assert.Equal(pendingEvery == 0, sample.TailCount > 1);
        Assert.Equal(OutcomeMetrics.From("acme", sample, counts), UncertaintyEstimator.Replicate(brand, sample, seed));
    }

    [Theory]
    [InlineData("whole", 1)]
    [InlineData("whole", 2)]
    [InlineData("fractional", 3)]
    [InlineData("fractional", 4)]
    [InlineData("huge", 5)]
    public void Working_on_runs_gives_the_figures_of_a_pass_over_single_outcomes_to_the_bit(string times, int seed)
    {
        // "whole": second-resolution times with many ties; "fractional": times with fractions, some repeated (taken to
        // the millisecond for the sums); "huge": whole times of decades, whose sums of squares exceed 2^64.
        var random = new Random(seed);
        var n = random.Next(200, 3000);
        var distinct = Enumerable.Range(0, n / 4).Select(_ => times switch
        {
            "whole" => random.Next(0, 100) * 60.0,
            "fractional" => random.NextDouble() * 100_000,
            _ => 1e9 + random.Next(0, 1000),
        }).ToArray();
        var window = distinct.Max();
        var outcomes = Enumerable.Range(0, n).Select(_ => random.Next(6) switch
        {
            0 => MentionOutcome.NoAnswer(window),
            1 => MentionOutcome.NoAnswer(distinct[random.Next(distinct.Length)]),
            2 => MentionOutcome.StillPending(distinct[random.Next(distinct.Length)]),
            _ => MentionOutcome.Answer(distinct[random.Next(distinct.Length)]),
        }).ToList();
        var sample = OutcomeSample.From(outcomes);
        Assert.True(sample.TailCount > 0);

        var checkedReplicates = 0;
        for (var r = 0; r < 20; r++)
        {
            var counts = DrawnOneByOne(UncertaintyEstimator.DerivedSeed(seed, "acme", r), sample.Count);
            var head = counts.AsSpan(0, sample.HeadCount);
            var tail = counts.AsSpan(sample.HeadCount).ToArray().Sum();
            var expected = PerOutcomeMetrics.FromHead("acme", sample, head, tail);
            var actual = OutcomeMetrics.FromHead("acme", sample, head, tail);
            Assert.Equal(expected, actual);
            Assert.Equal(expected.ToString(), actual.ToString()); // round-trip digits: every double to the bit
            checkedReplicates++;
        }

        var whole = OutcomeMetrics.From("acme", sample);
        Assert.Equal(PerOutcomeMetrics.FromHead("acme", sample, ReadOnlySpan<int>.Empty, sample.TailCount).ToString(), whole.ToString());
        Assert.Equal(20, checkedReplicates);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(500, 1)]
    [InlineData(500, 7)]
    [InlineData(500, 200)]
    public void Counting_draws_gives_the_draws_of_the_stream_counted_by_slot(int n, int counters)
    {
        var slots = Enumerable.Range(0, n).Select(j => (j * 7919) % counters).ToArray();
        var counts = new int[counters];
        ResampleRandom.CountDraws(99, slots, counts);

        var expected = new int[counters];
        var random = new ResampleRandom(99);
        for (var i = 0; i < n; i++)
        {
            expected[slots[random.Next(n)]]++;
        }

        Assert.Equal(expected, counts);
        Assert.Equal(n, counts.Sum());
        Assert.Throws<IndexOutOfRangeException>(() => ResampleRandom.CountDraws(99, Enumerable.Repeat(counters, n).ToArray(), new int[counters]));
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(37, 4)]
    [InlineData(3_000, 4)]
    [InlineData(3_000, 3)]
    [InlineData(200_001, 4)] // about one rejected draw in 30 000: every lane has rejections to make up
    public void Streams_drawn_side_by_side_give_each_stream_s_own_draws(int n, int streams)
    {
        var slots = Enumerable.Range(0, n).Select(j => j % 1000).ToArray();
        var stride = 1000 + 3;
        for (var round = 0; round < 4; round++)
        {
            var seeds = Enumerable.Range(0, streams).Select(l => UncertaintyEstimator.DerivedSeed(round, "acme", l)).ToArray();
            var counts = new int[stride * streams];
            ResampleRandom.CountDraws(seeds, slots, counts, stride);

            var rejected = 0;
            for (var l = 0; l < streams; l++)
            {
                var expected = new int[stride];
                ResampleRandom.CountDraws(seeds[l], slots, expected);
                Assert.Equal(expected, counts.AsSpan(l * stride, stride).ToArray());
                rejected += Rejections(seeds[l], n);
            }

            Assert.True(n != 200_001 || rejected >= streams, $"only {rejected} rejected draws");
        }

        Assert.Throws<ArgumentException>(() => ResampleRandom.CountDraws(new ulong[ResampleRandom.Lanes + 1], slots, new int[stride * (ResampleRandom.Lanes + 1)], stride));
        Assert.Throws<ArgumentException>(() => ResampleRandom.CountDraws(new ulong[2], slots, new int[stride], stride));
    }

    [Theory]
    [InlineData("whole", 1)]
    [InlineData("fractional", 2)]
    [InlineData("huge", 3)]
    [InlineData("pending", 4)]
    [InlineData("whole", 5)]
    public void Every_replicate_of_the_estimator_is_the_reference_s_figures_of_its_stream_s_draws(string times, int seed)
    {
        // The estimator counts draws by run, several streams at once, and measures runs; the reference draws one index at
        // a time with Next and measures single outcomes. Sizes straddle the block of streams drawn side by side.
        var random = new Random(seed);
        var n = random.Next(1, 4000);
        var outcomes = Enumerable.Range(0, n).Select(_ => random.Next(5) switch
        {
            0 => MentionOutcome.NoAnswer(259_200),
            1 when times == "pending" => MentionOutcome.StillPending(random.Next(0, 259_200)),
            _ => MentionOutcome.Answer(times switch
            {
                "fractional" => Math.Round(random.NextDouble() * 259_200, 3),
                "huge" => 5e9 + random.Next(0, 100),
                _ => random.Next(0, 2000) * 60.0,
            }),
        }).ToList();
        var sample = OutcomeSample.From(outcomes);
        var brand = OutcomeMetrics.From("acme", sample);
        var resamples = random.Next(1, 3 * ResampleRandom.Lanes);

        var replicates = UncertaintyEstimator.Replicates([brand], new Dictionary<string, OutcomeSample> { ["acme"] = sample }, resamples, seed);

        Assert.Equal(resamples, replicates[0].Length);
        for (var r = 0; r < resamples; r++)
        {
            var counts = DrawnOneByOne(UncertaintyEstimator.DerivedSeed(seed, "acme", r), sample.Count);
            var tail = counts.AsSpan(sample.HeadCount).ToArray().Sum();
            var expected = PerOutcomeMetrics.FromHead("acme", sample, counts.AsSpan(0, sample.HeadCount), tail);
            Assert.Equal(expected.ToString(), replicates[0][r].ToString()); // round-trip digits: every double to the bit
            Assert.Equal(expected.ToString(), UncertaintyEstimator.Replicate(brand, sample, UncertaintyEstimator.DerivedSeed(seed, "acme", r)).ToString());
        }
    }

    /// <summary>How often each of n outcomes is drawn by n calls of <see cref="ResampleRandom.Next"/> on the stream seeded with <paramref name="seed"/>.</summary>
    private static int[] DrawnOneByOne(ulong seed, int n)
    {
        var counts = new int[n];
        var draws = new ResampleRandom(seed);
        for (var i = 0; i < n; i++)
        {
            counts[draws.Next(n)]++;
        }

        return counts;
    }

    /// <summary>Draws the bounded-integer method rejects in the first n draws of the stream seeded with <paramref name="seed"/>.</summary>
    private static int Rejections(ulong seed, int n)
    {
        var random = new ResampleRandom(seed);
        var threshold = (uint)((0x1_0000_0000UL - (ulong)n) % (ulong)n);
        var rejected = 0;
        for (var i = 0; i < n; i++)
        {
            if ((uint)((random.NextUInt64() >> 32) * (ulong)n) < threshold)
            {
                rejected++;
            }
        }

        return rejected;
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
