using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Reference;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>Methodology §2: which customer posts are inbound mentions of which brand.</summary>
public sealed class MentionRulesTests
{
    public sealed class AtMentions
    {
        [Theory]
        [InlineData("@AcmeHelp my parcel is late", 1)]
        [InlineData("@acmehelp lower case still counts", 1)]
        [InlineData("@ACMECARE the second handle counts", 1)]
        [InlineData("hi @AcmeHelp and @AcmeCare, both handles", 1)]
        [InlineData("Thanks @AcmeHelp!", 1)]
        [InlineData("@AcmeHelpdesk is another account", 0)]
        [InlineData("@115713 anonymised mention", 0)]
        [InlineData("no handle at all", 0)]
        [InlineData("RT @AcmeHelp a repost", 0)]
        [InlineData("great RT @AcmeHelp not at the start", 1)]
        public void A_post_counts_once_per_brand_it_names(string text, long mentions)
        {
            var scenario = new Scenario();
            scenario.Customer(text);
            scenario.Customer("@GlobexSupport keeps the run non-empty", 60);

            var metrics = scenario.Evaluate();

            Assert.Equal(mentions, metrics.TryGetValue("acme", out var acme) ? acme.Mentions : 0);
        }

        [Fact]
        public void A_post_naming_two_brands_is_a_mention_of_each_answered_separately()
        {
            var scenario = new Scenario();
            var post = scenario.Customer("@AcmeHelp @GlobexSupport which of you lost my parcel?");
            scenario.Brand("GlobexSupport", 100, post);
            scenario.Brand("AcmeCare", 200, post);

            var metrics = scenario.Evaluate();

            Assert.Equal((1L, 1L, 200.0), (metrics["acme"].Mentions, metrics["acme"].Answered, metrics["acme"].FirstResponse.MedianSeconds!.Value));
            Assert.Equal((1L, 1L, 100.0), (metrics["globex"].Mentions, metrics["globex"].Answered, metrics["globex"].FirstResponse.MedianSeconds!.Value));
        }
    }

    public sealed class Replies
    {
        [Fact]
        public void A_direct_reply_to_a_brand_post_is_a_mention_without_a_handle_in_the_text()
        {
            var scenario = new Scenario();
            var brandPost = scenario.Brand("AcmeCare", 0, text: "Can you DM us your order number?");
            scenario.Customer("done, sent it", 60, replyTo: brandPost);

            Assert.Equal(1, scenario.Evaluate("acme").Mentions);
        }

        [Fact]
        public void A_reply_that_also_names_the_brand_is_still_one_mention()
        {
            var scenario = new Scenario();
            var brandPost = scenario.Brand("AcmeHelp", 0);
            scenario.Customer("@AcmeHelp sent", 60, replyTo: brandPost);

            Assert.Equal(1, scenario.Evaluate("acme").Mentions);
        }

        [Fact]
        public void A_reply_to_another_customer_is_not_a_mention()
        {
            var scenario = new Scenario();
            var other = scenario.Customer("@GlobexSupport hello");
            scenario.Customer("me too", 60, replyTo: other);

            var metrics = scenario.Evaluate();

            Assert.False(metrics.ContainsKey("acme"));
            Assert.Equal(1, metrics["globex"].Mentions);
        }
    }

    public sealed class Authors
    {
        [Theory]
        [InlineData("AcmeHelp")]
        [InlineData("acmecare")]
        [InlineData("GlobexSupport")]
        public void A_brand_handle_never_makes_a_mention_even_when_marked_inbound(string author)
        {
            var scenario = new Scenario();
            scenario.Customer("@AcmeHelp @GlobexSupport hello", author: author);
            scenario.Customer("@GlobexSupport keeps the run non-empty", 60);

            var metrics = scenario.Evaluate();

            Assert.False(metrics.ContainsKey("acme"));
            Assert.Equal(1, metrics["globex"].Mentions);
        }

        [Fact]
        public void A_handle_not_in_the_registry_is_a_customer_even_when_marked_outbound()
        {
            var scenario = new Scenario();
            scenario.Brand("SomeOtherCompany", 0, text: "@AcmeHelp partner question");

            Assert.Equal(1, scenario.Evaluate("acme").Mentions);
        }
    }

    public sealed class RegistryHandles
    {
        [Fact]
        public void A_handle_registered_with_a_leading_at_sign_still_matches_mentions()
        {
            var registry = BrandRegistry.Create([new Brand("acme", "Acme", "retail", [new BrandHandle(Platform.Twitter, "@AcmeHelp")])]);
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hi");
            scenario.Brand("AcmeHelp", 60, mention);
            using var temp = new TempDir();
            var file = scenario.Write(temp.File("a.csv"));
            using var engine = new EngineRun(registry, file);

            var expected = ReferenceMetrics.Compute(ReferenceTwcsFile.Read(file).Posts, registry, new MetricsOptions());

            Assert.Equal(1, Assert.Single(expected).Answered);
            Agreement.Equal(expected, engine.Metrics(new MetricsOptions()), "handle with @");
        }
    }
}
