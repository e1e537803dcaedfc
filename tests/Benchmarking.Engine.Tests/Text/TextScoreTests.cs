using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
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

            var counts = Stages.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options);
            var quality = Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options);

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

            Assert.Null(Stages.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options));
        }

        [Fact]
        public void Are_unavailable_when_one_brand_post_of_the_period_lacks_features_and_available_for_a_period_without_it()
        {
            using var store = new TestStore();
            store.Ingest(Sample);
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
            var last = (DateTime)store.Warehouse.Scalar("SELECT max(created_at) FROM posts")!;
            store.Ingest(TwcsCsv.Write(store.File("late.csv"),
                TwcsCsv.Row("99999999", author: "sprintcare", inbound: "False", createdAt: "Sun Dec 31 10:00:00 +0000 2017", text: "@115712 Please DM us")));
            var before = new MetricsOptions { To = new DateTimeOffset(last.AddSeconds(1), TimeSpan.Zero) };

            Assert.True(last < new DateTime(2017, 12, 31, 10, 0, 0, DateTimeKind.Utc));
            Assert.Null(Stages.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options));
            Assert.Equal(Reference(store.Warehouse, before, TextFixtures.Options), Stages.ReplyCounts(store.Warehouse, before, TextFixtures.Options));
        }

        [Fact]
        public void Equal_the_per_reply_reference_on_real_distinct_replies_in_every_period()
        {
            using var store = new TestStore();
            foreach (var file in new[] { "AirAsiaSupport.csv", "McDonalds.csv", "NikeSupport.csv", "Walmart.csv", "AskRBC.csv" })
            {
                store.Ingest(TestPaths.SharedData("twcs-brand-outbound-excel", file));
            }

            store.Ingest(Sample);
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
            var first = (DateTime)store.Warehouse.Scalar("SELECT min(created_at) FROM posts WHERE created_at >= TIMESTAMP '2017-10-01'")!;
            var periods = new List<MetricsOptions> { new() };
            for (var (t, i) = (first, 0); i < 10; t = t.AddDays(7), i++)
            {
                periods.Add(new MetricsOptions { From = new DateTimeOffset(t, TimeSpan.Zero), To = new DateTimeOffset(t.AddDays(7), TimeSpan.Zero) });
                periods.Add(new MetricsOptions { From = new DateTimeOffset(t, TimeSpan.Zero), To = new DateTimeOffset(t.AddHours(6), TimeSpan.Zero) });
            }

            var cells = new long[4];
            foreach (var period in periods)
            {
                var expected = Reference(store.Warehouse, period, TextFixtures.Options);
                var actual = Stages.ReplyCounts(store.Warehouse, period, TextFixtures.Options);
                Assert.NotNull(actual);
                Assert.Equal(expected.OrderBy(b => b.Key, StringComparer.Ordinal), actual.OrderBy(b => b.Key, StringComparer.Ordinal));
                foreach (var c in actual.Values)
                {
                    (cells[0], cells[1], cells[2], cells[3]) = (cells[0] + c.CannedDeflecting, cells[1] + c.CannedOnly, cells[2] + c.DeflectingOnly, cells[3] + c.Neither);
                }
            }

            // Every cell occurs, and near-duplicates were merged (some group has more than one distinct text).
            Assert.All(cells, c => Assert.True(c > 0));
            var quality = Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options);
            Assert.Contains(quality, q => q.TopTemplates.Any(t => t.Variants > 1));
        }

        [Theory]
        [InlineData(true, 2, 1, 0, 2)]
        [InlineData(false, 0, 3, 2, 0)]
        public void Merge_a_near_duplicate_equally_close_to_two_templates_into_the_one_used_first(bool deflectingFirst, long cannedDeflecting, long cannedOnly, long deflectingOnly, long neither)
        {
            // X (22 words) is 20/26 similar to A (X + 6 words, deflecting) and to B (6 words + X); A and B are 20/32.
            const string x = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor";
            const string a = x + " whiskey xray yankee zulu please dm";
            const string b = "amber basil cedar daisy ember fern " + x;
            string[] order = deflectingFirst ? [a, a, b, b, x] : [b, b, a, a, x];
            using var store = new TestStore();
            store.Ingest(TwcsCsv.Write(store.File("replies.csv"), order.Select((text, i) => TwcsCsv.Row(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), author: "sprintcare", inbound: "False",
                createdAt: $"Tue Oct 31 22:10:0{i} +0000 2017", text: "@115712 " + text)).ToArray()));
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

            var counts = Stages.ReplyCounts(store.Warehouse, new MetricsOptions(), TextFixtures.Options);
            var quality = Assert.Single(Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options));

            Assert.Equal(0.625, NearDuplicates.Similarity(a, b), 9);
            Assert.Equal(20 / 26.0, NearDuplicates.Similarity(a, x), 9);
            Assert.Equal(20 / 26.0, NearDuplicates.Similarity(b, x), 9);
            Assert.NotNull(counts);
            Assert.Equal(new ReplyTextCounts(cannedDeflecting, cannedOnly, deflectingOnly, neither), counts["sprint"]);
            Assert.Equal((3L, 2), (quality.TemplatedReplies, Assert.Single(quality.TopTemplates).Variants));
        }

        /// <summary>
        /// The per-reply definition as it was computed before the aggregate: every reply in time order, templates by hash
        /// in order of first use (text of the first), grouped by <see cref="NearDuplicates"/>, a reply canned when its
        /// group has at least the minimum uses.
        /// </summary>
        private static Dictionary<string, ReplyTextCounts> Reference(Benchmarking.Engine.Store.Warehouse warehouse, MetricsOptions period, TextQualityOptions options)
        {
            var replies = new List<(string Brand, string Hash, string Norm, bool Deflects)>();
            using (var command = warehouse.Connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT p.brand_id, f.template_hash, f.reply_norm, f.deflection <> ''
                    FROM posts p JOIN text_features f ON f.platform = p.platform AND f.post_id = p.post_id
                    WHERE p.brand_id IS NOT NULL AND f.is_brand AND p.created_at >= $from AND p.created_at < $to
                    ORDER BY p.brand_id, p.created_at, p.post_id
                    """;
                command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("from", period.From?.UtcDateTime ?? DateTime.MinValue.AddYears(1)));
                command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("to", period.To?.UtcDateTime ?? DateTime.MaxValue.AddYears(-1)));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    replies.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
                }
            }

            return replies.GroupBy(r => r.Brand, StringComparer.Ordinal).ToDictionary(g => g.Key, g =>
            {
                var distinct = g.GroupBy(r => r.Hash, StringComparer.Ordinal).Select(h => (h.Key, h.First().Norm, Count: h.Count())).ToList();
                var groupOf = NearDuplicates.Group(distinct.Select(d => (d.Norm, d.Count)).ToList(), options.NearDuplicateThreshold);
                var size = Enumerable.Range(0, distinct.Count).GroupBy(i => groupOf[i]).ToDictionary(x => x.Key, x => x.Sum(i => distinct[i].Count));
                var canned = Enumerable.Range(0, distinct.Count).Where(i => size[groupOf[i]] >= options.MinTemplateUses).Select(i => distinct[i].Key).ToHashSet(StringComparer.Ordinal);
                return new ReplyTextCounts(
                    g.LongCount(r => canned.Contains(r.Hash) && r.Deflects),
                    g.LongCount(r => canned.Contains(r.Hash) && !r.Deflects),
                    g.LongCount(r => !canned.Contains(r.Hash) && r.Deflects),
                    g.LongCount(r => !canned.Contains(r.Hash) && !r.Deflects));
            }, StringComparer.Ordinal);
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
