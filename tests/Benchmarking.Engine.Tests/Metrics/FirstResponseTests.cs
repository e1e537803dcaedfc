using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>Methodology §2: the first response, the answer window, pending mentions and replies timed too early.</summary>
public sealed class FirstResponseTests
{
    private const double Hour = 3600;
    private const double Window = 72 * Hour;

    public sealed class AnswerWindow
    {
        [Theory]
        [InlineData(0, "answered")]
        [InlineData(1, "answered")]
        [InlineData(900, "answered")]
        [InlineData(Window, "answered")]
        [InlineData(Window + 1, "unanswered")]
        [InlineData(10 * 24 * Hour, "unanswered")]
        public void A_mention_is_answered_only_when_the_first_response_comes_within_the_window(double responseSeconds, string expected)
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp is my order lost?");
            scenario.Brand("AcmeHelp", responseSeconds, mention);
            scenario.Customer("unrelated post that moves the data horizon far away", 30 * 24 * Hour);

            var acme = scenario.Evaluate("acme");

            Assert.Equal(expected, Status(acme));
            Assert.Equal(expected == "answered" ? responseSeconds : null, acme.FirstResponse.MedianSeconds);
            Assert.Equal(expected == "answered" ? 1.0 : 0.0, acme.ResponseRate);
        }

        [Theory]
        [InlineData(59 * 60, "answered")]
        [InlineData(Hour, "answered")]
        [InlineData(Hour + 1, "unanswered")]
        public void A_shorter_window_moves_the_boundary(double responseSeconds, string expected)
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?");
            scenario.Brand("AcmeHelp", responseSeconds, mention);
            scenario.Customer("later post", 5 * Hour);

            Assert.Equal(expected, Status(scenario.Evaluate("acme", new MetricsOptions { AnswerWindow = TimeSpan.FromHours(1) })));
        }

        [Fact]
        public void Only_the_earliest_reply_counts()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?");
            scenario.Brand("AcmeHelp", 500, mention);
            scenario.Brand("AcmeCare", 120, mention);
            scenario.Brand("AcmeHelp", 9000, mention);

            var acme = scenario.Evaluate("acme");

            Assert.Equal(1, acme.Answered);
            Assert.Equal(120.0, acme.FirstResponse.MedianSeconds);
            Assert.Equal(3, acme.BrandReplies);
        }
    }

    public sealed class Handles
    {
        [Theory]
        [InlineData("AcmeHelp", "answered")]
        [InlineData("AcmeCare", "answered")]
        [InlineData("ACMECARE", "answered")]
        [InlineData("GlobexSupport", "unanswered")]
        [InlineData("115999", "unanswered")]
        public void Any_handle_of_the_brand_answers_and_no_one_else_does(string replier, string expected)
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp my card was charged twice");
            scenario.Brand(replier, 300, mention);
            scenario.Customer("later post", 30 * 24 * Hour);

            Assert.Equal(expected, Status(scenario.Evaluate("acme")));
        }
    }

    public sealed class Pending
    {
        [Theory]
        [InlineData(1, "pending")]
        [InlineData(71, "pending")]
        [InlineData(72, "unanswered")]
        [InlineData(73, "unanswered")]
        public void An_unanswered_mention_younger_than_the_window_at_the_as_of_time_is_pending(double asOfHours, string expected)
        {
            var scenario = new Scenario();
            scenario.Customer("@AcmeHelp hello?");

            var acme = scenario.Evaluate("acme", new MetricsOptions { AsOf = Scenario.At(asOfHours * Hour) });

            Assert.Equal(expected, Status(acme));
            Assert.Equal(expected == "pending" ? null : 0.0, acme.ResponseRate);
            Assert.Equal(expected == "pending" ? null : 0.0, acme.Within24Hours);
        }

        [Fact]
        public void The_default_as_of_is_the_latest_post_of_any_author()
        {
            var scenario = new Scenario();
            scenario.Customer("@AcmeHelp hello?");
            scenario.Brand("GlobexSupport", 71 * Hour, text: "unrelated");

            Assert.Equal("pending", Status(scenario.Evaluate("acme")));
        }

        [Fact]
        public void Pending_mentions_leave_every_rate_s_denominator()
        {
            var scenario = new Scenario();
            var answered = scenario.Customer("@AcmeHelp one");
            scenario.Brand("AcmeHelp", 600, answered);
            scenario.Customer("@AcmeHelp two", 60);
            scenario.Customer("@AcmeHelp three", 100 * Hour);

            var acme = scenario.Evaluate("acme", new MetricsOptions { AsOf = Scenario.At(101 * Hour) });

            Assert.Equal((3L, 1L, 1L, 1L, 2L), (acme.Mentions, acme.Answered, acme.Pending, acme.Unanswered, acme.Decided));
            Assert.Equal(0.5, acme.ResponseRate);
            Assert.Equal(0.5, acme.Within15Min);
        }
    }

    public sealed class RepliesBeforeTheMention
    {
        [Fact]
        public void Are_counted_and_ignored_so_the_later_reply_is_the_first_response()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?", 1000);
            scenario.Brand("AcmeHelp", 940, mention);
            scenario.Brand("AcmeCare", 1120, mention);

            var acme = scenario.Evaluate("acme");

            Assert.Equal(1, acme.RepliesBeforeMention);
            Assert.Equal(1, acme.Answered);
            Assert.Equal(120.0, acme.FirstResponse.MedianSeconds);
        }

        [Fact]
        public void Never_give_a_negative_time_when_they_are_the_only_reply()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?", 1000);
            scenario.Brand("AcmeHelp", 0, mention);
            scenario.Customer("later post", 30 * 24 * Hour);

            var acme = scenario.Evaluate("acme");

            Assert.Equal((1L, 0L, 1L), (acme.RepliesBeforeMention, acme.Answered, acme.Unanswered));
            Assert.Null(acme.FirstResponse.MedianSeconds);
        }

        [Theory]
        [InlineData("@AcmeHelp @AcmeCare hello?", false)]
        [InlineData("@AcmeHelp hello? @AcmeHelp?", false)]
        [InlineData("@AcmeHelp still waiting", true)]
        public void Are_counted_once_when_the_post_addresses_the_brand_twice(string text, bool replyToBrandPost)
        {
            // Two handles of one brand, one handle twice, or a reply to the brand's post that also names its handle: one
            // mention, so each early reply is counted once (the SQL merges the repeated (post, brand) targets).
            var scenario = new Scenario();
            var brandPost = scenario.Brand("AcmeCare", 0, text: "How can we help?");
            var mention = scenario.Customer(text, 1000, replyTo: replyToBrandPost ? brandPost : null);
            scenario.Brand("AcmeHelp", 940, mention);
            scenario.Brand("AcmeCare", 1120, mention);
            scenario.Brand("AcmeHelp", 1300, mention);

            var acme = scenario.Evaluate("acme");

            Assert.Equal((1L, 1L, 1L), (acme.Mentions, acme.RepliesBeforeMention, acme.Answered));
            Assert.Equal(120.0, acme.FirstResponse.MedianSeconds);
        }

        [Fact]
        public void Of_another_brand_are_not_counted()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?", 1000);
            scenario.Brand("GlobexSupport", 0, mention);

            Assert.Equal(0, scenario.Evaluate("acme").RepliesBeforeMention);
        }
    }

    public sealed class Period
    {
        [Theory]
        [InlineData(-1, false)]
        [InlineData(0, true)]
        [InlineData(3599, true)]
        [InlineData(3600, false)]
        public void A_mention_belongs_to_the_half_open_period_by_its_own_time(double mentionSeconds, bool counted)
        {
            var scenario = new Scenario();
            scenario.Customer("@AcmeHelp hello?", mentionSeconds);
            scenario.Customer("@GlobexSupport in the period", 1800);

            var metrics = scenario.Evaluate(new MetricsOptions { From = Scenario.At(0), To = Scenario.At(3600) });

            Assert.Equal(counted, metrics.ContainsKey("acme"));
        }

        [Fact]
        public void Replies_after_the_period_still_answer_and_brand_replies_count_by_their_own_time()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hello?", 3000);
            scenario.Brand("AcmeHelp", 4000, mention);
            scenario.Brand("AcmeCare", 100, text: "Good morning!");

            var acme = scenario.Evaluate("acme", new MetricsOptions { From = Scenario.At(0), To = Scenario.At(3600) });

            Assert.Equal(1, acme.Answered);
            Assert.Equal(1000.0, acme.FirstResponse.MedianSeconds);
            Assert.Equal(1, acme.BrandReplies);
        }
    }

    private static string Status(BrandMetrics metrics)
    {
        Assert.Equal(1, metrics.Mentions);
        return (metrics.Answered, metrics.Pending, metrics.Unanswered) switch
        {
            (1, 0, 0) => "answered",
            (0, 1, 0) => "pending",
            (0, 0, 1) => "unanswered",
            var other => $"inconsistent {other}",
        };
    }
}
