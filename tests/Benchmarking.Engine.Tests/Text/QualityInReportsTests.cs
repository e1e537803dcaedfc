using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>
/// The comparison and the scorecard carry care quality from the text, computed by the engine from the stored features
/// of the shipped TWCS sample, only when the period's text is analysed, and with customers pseudonymised as asked.
/// </summary>
public sealed class QualityInReportsTests
{
    private static readonly string Sample = Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv");

    private static readonly ScoreOptions Scoring = new() { MinimumMentions = 10, BootstrapResamples = 0 };

    // The sample's busiest week for Delta.
    private static readonly IsoWeek Week = new(2017, 44);

    private static CareBenchmark Open(TempDir dir, bool analyse)
    {
        var benchmark = CareBenchmark.Open(dir.File("store.duckdb"), Registries.Shipped, FixedTime.Default);
        benchmark.Ingest(Sample, new IngestOptions { RejectsDirectory = dir.File("rejects") });
        if (analyse)
        {
            benchmark.AnalyzeText(TextFixtures.Options);
        }

        return benchmark;
    }

    public sealed class Compare
    {
        [Fact]
        public void Carries_each_compared_brands_quality_in_order_agreeing_with_its_metrics()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: true);
            var result = benchmark.Evaluate(scoreOptions: Scoring, textOptions: TextFixtures.Options);

            var comparison = benchmark.Compare(result, [Registries.Shipped.Resolve("AmericanAir"), Registries.Shipped.Resolve("delta")], TextFixtures.Options);

            Assert.NotNull(comparison.Quality);
            Assert.Equal(comparison.Brands.Select(b => b.Brand.Id), comparison.Quality.Select(q => q.BrandId));
            foreach (var (brand, quality) in comparison.Brands.Zip(comparison.Quality))
            {
                // Same mention facts as the metrics (methodology §2–3) and the same reply grouping as the score.
                Assert.Equal(brand.Metrics.Mentions, quality.Mentions);
                Assert.Equal(brand.Metrics.ResponseRate, quality.ResponseRate);
                Assert.Equal(brand.Metrics.ReplyText!.Replies, quality.Replies);
                Assert.Equal(brand.Metrics.ReplyText.Deflecting, quality.DeflectedReplies);
                Assert.True(quality.Mentions > 50);
                Assert.NotEmpty(quality.Themes);
            }

            // The weekly trend and activity after it still come from the comparison's period.
            Assert.Equal(comparison.Brands.Sum(b => b.Metrics.Mentions), comparison.Weekly.Sum(w => w.Mentions));
        }

        [Fact]
        public void Pseudonymises_customers_even_when_the_text_options_show_them()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: true);
            var result = benchmark.Evaluate(scoreOptions: Scoring, textOptions: TextFixtures.Options);

            var comparison = benchmark.Compare(result, [Registries.Shipped.Resolve("delta"), Registries.Shipped.Resolve("AmericanAir")], TextFixtures.Options with { ShowCustomers = true });

            var customerExamples = comparison.Quality!.SelectMany(q => q.Examples.Values)
                .Where(e => !e.Author.Equals("Delta", StringComparison.OrdinalIgnoreCase) && !e.Author.Equals("AmericanAir", StringComparison.OrdinalIgnoreCase))
                .ToList();
            Assert.NotEmpty(customerExamples);
            Assert.All(customerExamples, e => Assert.StartsWith("cust-", e.Author, StringComparison.Ordinal));
        }

        [Fact]
        public void Has_no_quality_when_the_text_is_not_analysed()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: false);
            var result = benchmark.Evaluate(scoreOptions: Scoring);

            var comparison = benchmark.Compare(result, [Registries.Shipped.Resolve("delta"), Registries.Shipped.Resolve("AmericanAir")]);

            Assert.Null(comparison.Quality);
            Assert.NotEmpty(comparison.Weekly);
        }
    }

    public sealed class Scorecard
    {
        [Fact]
        public void Carries_this_week_and_last_week_agreeing_with_the_periods_metrics()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: true);

            var card = benchmark.Scorecard(Registries.Shipped.Resolve("delta"), new ScorecardOptions { Week = Week }, scoreOptions: Scoring, textOptions: TextFixtures.Options);

            Assert.NotNull(card.Quality);
            var (thisWeek, lastWeek) = (card.Quality.ThisWeek!, card.Quality.LastWeek!);
            Assert.Equal("delta", thisWeek.BrandId);
            Assert.Equal(card.ThisWeek.Brand!.Metrics.Mentions, thisWeek.Mentions);
            Assert.Equal(card.ThisWeek.Brand.Metrics.ResponseRate, thisWeek.ResponseRate);
            Assert.Equal(card.LastWeek.Brand!.Metrics.Mentions, lastWeek.Mentions);
            Assert.All(thisWeek.Examples.Values, e => Assert.InRange(e.CreatedAt, Week.Start, Week.End));
        }

        [Fact]
        public void Shows_customers_only_when_the_scorecard_options_say_so()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: true);
            var delta = Registries.Shipped.Resolve("delta");

            var hidden = benchmark.Scorecard(delta, new ScorecardOptions { Week = Week }, scoreOptions: Scoring, textOptions: TextFixtures.Options);
            var shown = benchmark.Scorecard(delta, new ScorecardOptions { Week = Week, ShowCustomers = true }, scoreOptions: Scoring, textOptions: TextFixtures.Options);
            var keyed = benchmark.Scorecard(delta, new ScorecardOptions { Week = Week, PseudonymKey = "another key" }, scoreOptions: Scoring, textOptions: TextFixtures.Options);

            static List<string> Customers(Benchmarking.Engine.Pipeline.Scorecard card) =>
                [.. card.Quality!.ThisWeek!.Examples.Values.Where(e => !e.Author.Equals("Delta", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.PostId, StringComparer.Ordinal).Select(e => e.Author)];

            Assert.NotEmpty(Customers(hidden));
            Assert.All(Customers(hidden), a => Assert.StartsWith("cust-", a, StringComparison.Ordinal));
            Assert.All(Customers(shown), a => Assert.DoesNotContain("cust-", a, StringComparison.Ordinal));
            Assert.Equal(Customers(hidden).Count, Customers(keyed).Count);
            Assert.NotEqual(Customers(hidden), Customers(keyed));
        }

        [Fact]
        public void Has_no_quality_when_the_text_is_not_analysed()
        {
            using var dir = new TempDir();
            using var benchmark = Open(dir, analyse: false);

            var card = benchmark.Scorecard(Registries.Shipped.Resolve("delta"), new ScorecardOptions { Week = Week }, scoreOptions: Scoring);

            Assert.Null(card.Quality);
            Assert.NotNull(card.ThisWeek.Brand);
        }
    }
}
