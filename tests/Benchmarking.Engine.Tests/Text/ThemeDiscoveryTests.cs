using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>Recurring issues discovered from the inbound text: tokens, phrases, distinctiveness, and the shipped TWCS sample.</summary>
public sealed class ThemeDiscoveryTests
{
    public sealed class Tokens
    {
        [Fact]
        public void Handles_urls_and_punctuation_go_numbers_become_hash_and_case_folds()
        {
            var tokens = ThemeDiscovery.Tokens("@AppleSupport My iPhone 8 won’t charge!! https://t.co/abc &amp; the #battery dies");

            Assert.Equal(["my", "iphone", "#", "won't", "charge", "the", "battery", "dies"], tokens);
        }

        [Theory]
        [InlineData("@Delta waste of time and money", "waste of time", "of time")]
        [InlineData("the mince pies are great", "mince pies", "mince pies are great")]
        public void Phrases_neither_start_nor_end_with_a_stop_word(string text, string kept, string notKept)
        {
            var phrases = ThemeDiscovery.Phrases(text);

            Assert.Contains(kept, phrases);
            Assert.DoesNotContain(notKept, phrases);
            Assert.All(phrases, p => Assert.InRange(p.Split(' ').Length, 2, 3));
        }

        [Fact]
        public void A_phrase_counts_once_per_post()
        {
            Assert.Single(ThemeDiscovery.Phrases("battery life battery life battery life"), p => p == "battery life");
        }
    }

    public sealed class Distinctiveness
    {
        [Fact]
        public void Is_positive_when_the_brand_uses_a_phrase_more_and_negative_when_less()
        {
            var more = ThemeDiscovery.Distinctiveness(30, 300, 30, 3000);
            var less = ThemeDiscovery.Distinctiveness(3, 300, 300, 3000);
            var same = ThemeDiscovery.Distinctiveness(30, 300, 300, 3000);

            Assert.True(more > ThemeDiscovery.MinDistinctiveness, $"z = {more}");
            Assert.True(less < 0, $"z = {less}");
            Assert.InRange(same, -0.5, 0.5);
        }

        [Fact]
        public void Grows_with_evidence_at_the_same_rates()
        {
            Assert.True(ThemeDiscovery.Distinctiveness(40, 400, 40, 4000) > ThemeDiscovery.Distinctiveness(4, 40, 4, 400));
        }
    }

    public sealed class On_the_shipped_sample
    {
        [Fact]
        public void Finds_the_phrases_a_brand_is_known_for_with_weekly_counts_and_pseudonymised_examples()
        {
            using var store = new TestStore();
            store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
            TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

            var quality = Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options);

            // Aldi UK's customers ran a mince-pie contest in November 2017 (real TWCS posts).
            var aldi = Assert.Single(quality, q => q.BrandId == "aldi-uk");
            var pies = Assert.Single(aldi.DiscoveredThemes, t => t.Phrase == "mince pies");
            Assert.Equal(16, pies.Count);
            Assert.True(pies.Distinctiveness >= ThemeDiscovery.MinDistinctiveness);
            Assert.Equal(pies.Count, pies.Weekly.Sum(w => w.Count));
            Assert.All(pies.Weekly, w => Assert.Equal(DayOfWeek.Monday, w.WeekStart.DayOfWeek));
            Assert.NotEmpty(pies.ExamplePostIds);
            foreach (var id in pies.ExamplePostIds)
            {
                var example = aldi.Examples[id];
                Assert.Contains("mince pie", example.Text, StringComparison.OrdinalIgnoreCase);
                Assert.StartsWith("cust-", example.Author, StringComparison.Ordinal);
                Assert.DoesNotMatch(@"@\d{6}\b", example.Text);
            }

            // Every discovered phrase is distinctive, frequent enough, and no two of one brand share a word pair.
            foreach (var brand in quality)
            {
                Assert.All(brand.DiscoveredThemes, t => Assert.True(t.Count >= ThemeDiscovery.MinMentions && t.Distinctiveness >= ThemeDiscovery.MinDistinctiveness));
                Assert.InRange(brand.DiscoveredThemes.Count, 0, TextFixtures.Options.TopCount);
                Assert.Equal(brand.DiscoveredThemes.OrderByDescending(t => t.Distinctiveness).Select(t => t.Phrase), brand.DiscoveredThemes.Select(t => t.Phrase));
            }

            // The keyword themes are still there.
            Assert.Contains(quality, q => q.Themes.Count > 0);
        }
    }
}
