using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>Methodology v3: originality and same-channel resolution in the care score, on the shipped TWCS sample.</summary>
public sealed class TextScoreTests
{
    private static readonly string Sample = Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv");

    public sealed class ReplyCounts
    {
        [Fact]
        public void Match_the_quality_report_figures_of_every_brand()
        {
            using var store = new TestStore();
            store.Ingest(Sample);
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

            var counts = TextQuality.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options);
            var quality = TextQuality.Compute(store.Warehouse, new MetricsOptions(), TextFixtures.Options);

            Assert.NotNull(counts);
            foreach (var q in quality.Where(q => q.Replies > 0))
            {
                var c = counts[q.BrandId];
                Assert.Equal((q.Replies, q.TemplatedReplies, q.DeflectedReplies), (c.Replies, c.Canned, c.Deflecting));
            }

            // Both components have something to measure on the sample: canned and deflecting replies both occur.
            Assert.Contains(counts.Values, c => c.Canned > 0);
            Assert.Contains(counts.Values, c => c.CannedDeflecting > 0);
        }

        [Fact]
        public void Are_unavailable_while_a_brand_post_of_the_period_has_no_features()
        {
            using var store = new TestStore();
            store.Ingest(Sample);

            Assert.Null(TextQuality.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options));
        }
    }

    public sealed class Evaluate
    {
        [Fact]
        public void Scores_six_components_once_the_text_is_analysed()
        {
            using var dir = new TempDir();
            using var benchmark = CareBenchmark.Open(dir.File("store.duckdb"), Registries.Shipped, FixedTime.Default);
            benchmark.Ingest(Sample, new Benchmarking.Engine.Ingest.IngestOptions { RejectsDirectory = dir.File("rejects") });

            var first = benchmark.AnalyzeText(TextFixtures.Options);
            var again = benchmark.AnalyzeText(TextFixtures.Options);
            var result = benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 50 }, textOptions: TextFixtures.Options);

            Assert.Equal(5000, first.Computed);
            Assert.Equal(0, again.Computed);
            Assert.Empty(result.ScoreOptions.DroppedComponents);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "text-features-missing");
            var brand = result.Leaderboards.SelectMany(b => b.Ranked).First();
            Assert.Equal(6, brand.Score.Components.Count);
            Assert.NotNull(brand.Metrics.ReplyText);
            var originality = brand.Score.Components.Single(c => c.Id == "originality");
            Assert.Equal(100.0 * (1 - brand.Metrics.ReplyText!.CannedShare!.Value), originality.Score, 9);
        }

        [Fact]
        public void Drops_the_text_components_with_a_finding_when_the_text_is_not_analysed()
        {
            using var dir = new TempDir();
            using var benchmark = CareBenchmark.Open(dir.File("store.duckdb"), Registries.Shipped, FixedTime.Default);
            benchmark.Ingest(Sample, new Benchmarking.Engine.Ingest.IngestOptions { RejectsDirectory = dir.File("rejects") });

            var result = benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 0 });

            Assert.Equal(["originality", "same-channel"], result.ScoreOptions.DroppedComponents);
            Assert.Contains(result.Findings, f => f.RuleId == "text-features-missing");
            Assert.All(result.AllBrands, b => Assert.Equal(["responsiveness", "speed", "consistency", "sla"], b.Score.Components.Select(c => c.Id)));
            Assert.All(result.AllBrands, b => Assert.Null(b.Metrics.ReplyText));
        }
    }

    public sealed class Bootstrap
    {
        [Fact]
        public void Resamples_as_many_replies_as_there_are_deterministically()
        {
            var text = new ReplyTextCounts(10, 30, 20, 140);

            var a = UncertaintyEstimator.ResampleReplies(text, 42);
            var b = UncertaintyEstimator.ResampleReplies(text, 42);
            var c = UncertaintyEstimator.ResampleReplies(text, 43);

            Assert.Equal(a, b);
            Assert.NotEqual(a, c);
            Assert.Equal(text.Replies, a.Replies);
            Assert.Equal(ReplyTextCounts.None, UncertaintyEstimator.ResampleReplies(ReplyTextCounts.None, 42));
        }

        [Fact]
        public void Replicate_shares_average_to_the_sample_shares()
        {
            var text = new ReplyTextCounts(10, 30, 20, 140);
            var replicates = Enumerable.Range(0, 2000).Select(r => UncertaintyEstimator.ResampleReplies(text, UncertaintyEstimator.DerivedReplySeed(1, "acme", r))).ToList();

            // Standard error of a mean of 2000 shares with p = 0.2, n = 200: √(0.2·0.8/200/2000) ≈ 0.0006.
            Assert.Equal(0.20, replicates.Average(x => x.CannedShare!.Value), 2);
            Assert.Equal(0.15, replicates.Average(x => x.DeflectionRate!.Value), 2);
            Assert.Contains(replicates, x => x.CannedShare != text.CannedShare);
        }

        [Fact]
        public void Score_intervals_include_the_text_components()
        {
            var brand = new BrandMetrics("acme", 100, 80, 0, 20, 0.8, new ResponseTimeStats(80, 600, 600, null, null, 600, 600, 600), 0.5, 0.3, 0.6, 0.8, 0, 90,
                null, new ReplyTextCounts(10, 30, 20, 40));
            var outcomes = Enumerable.Range(0, 80).Select(i => MentionOutcome.Answer(60 + (10 * i)))
                .Concat(Enumerable.Repeat(MentionOutcome.NoAnswer(72 * 3600), 20)).ToList();

            var withText = UncertaintyEstimator.Replicate(brand, OutcomeSample.From(outcomes), 7, UncertaintyEstimator.DerivedReplySeed(1, "acme", 0));
            var withoutText = UncertaintyEstimator.Replicate(brand with { ReplyText = null }, OutcomeSample.From(outcomes), 7);

            Assert.NotNull(withText.ReplyText);
            Assert.Equal(100, withText.ReplyText!.Replies);
            Assert.Null(withoutText.ReplyText);
            Assert.Equal(withoutText with { ReplyText = withText.ReplyText }, withText); // the mention draws are unchanged
        }
    }
}
