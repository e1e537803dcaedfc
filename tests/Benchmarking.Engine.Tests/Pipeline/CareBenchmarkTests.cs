using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Metrics;
using Benchmarking.Engine.Tests.Reference;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pipeline;

/// <summary>The entry point's composition: option checks, the data window, findings, comparisons and reply latencies.</summary>
public sealed class CareBenchmarkTests : IDisposable
{
    private readonly TempDir temp = new();

    public void Dispose() => temp.Dispose();

    public sealed class Evaluate : IDisposable
    {
        private readonly TempDir temp = new();

        public void Dispose() => temp.Dispose();

        [Fact]
        public void Refuses_invalid_metric_options_naming_every_problem()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));
            var options = new MetricsOptions { AnswerWindow = TimeSpan.Zero, From = Scenario.At(100), To = Scenario.At(0) };

            var error = Assert.Throws<ArgumentException>(() => engine.Benchmark.Evaluate(options));

            Assert.Contains("answer window must be positive", error.Message, StringComparison.Ordinal);
            Assert.Contains("must be later than its start", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_invalid_score_options()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));

            Assert.Throws<ArgumentException>(() => engine.Benchmark.Evaluate(scoreOptions: new ScoreOptions { MinimumMentions = 0 }));
        }

        [Fact]
        public void Reports_the_mention_window_the_as_of_time_and_every_brand_with_mentions()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));

            var result = engine.Benchmark.Evaluate(new MetricsOptions { AsOf = Scenario.At(7200) });

            Assert.Equal(Scenario.At(0), result.Window.FirstMention);
            Assert.Equal(Scenario.At(60), result.Window.LastMention);
            Assert.Equal(Scenario.At(7200), result.Window.AsOf);
            Assert.Equal(["acme", "globex"], result.AllBrands.Select(b => b.Brand.Id).Order(StringComparer.Ordinal));
            Assert.All(result.AllBrands, b => Assert.Null(b.Rank));
        }

        [Fact]
        public void The_default_as_of_is_the_latest_post_in_the_store()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));

            Assert.Equal(Scenario.At(300), engine.Benchmark.Evaluate().Window.AsOf);
        }

        [Fact]
        public void Replies_timed_before_their_mention_become_a_finding()
        {
            var scenario = new Scenario();
            var mention = scenario.Customer("@AcmeHelp hi", 100);
            scenario.Brand("AcmeHelp", 50, mention);
            scenario.Brand("AcmeCare", 40, mention);
            using var engine = new EngineRun(Scenario.Registry, scenario.Write(temp.File("a.csv")));

            var finding = Assert.Single(engine.Benchmark.Evaluate().Findings, f => f.RuleId == "reply-before-mention");

            Assert.Equal("acme", finding.BrandId);
            Assert.Equal(2, finding.Count);
        }
    }

    public sealed class Compare : IDisposable
    {
        private readonly TempDir temp = new();

        public void Dispose() => temp.Dispose();

        [Fact]
        public void Gives_each_brand_s_answered_first_response_times_in_ascending_order()
        {
            var scenario = new Scenario().AnsweredAfter(600, 30, 7200);
            var mention = scenario.Customer("@GlobexSupport hi", 50);
            scenario.Brand("GlobexSupport", 95, mention);
            using var engine = new EngineRun(Scenario.Registry, scenario.Write(temp.File("a.csv")));
            var result = engine.Benchmark.Evaluate();

            var comparison = engine.Benchmark.Compare(result, [Scenario.Registry.FindById("globex")!, Scenario.Registry.FindById("acme")!]);

            Assert.Equal(["globex", "acme"], comparison.Brands.Select(b => b.Brand.Id));
            Assert.Equal([30.0, 600.0, 7200.0], comparison.ResponseTimes["acme"]);
            Assert.Equal([45.0], comparison.ResponseTimes["globex"]);
        }

        [Fact]
        public void Needs_two_different_brands_with_mentions()
        {
            using var engine = new EngineRun(Scenario.Registry, new Scenario().AnsweredAfter(60).Write(temp.File("a.csv")));
            var result = engine.Benchmark.Evaluate();
            var acme = Scenario.Registry.FindById("acme")!;
            var globex = Scenario.Registry.FindById("globex")!;

            Assert.Throws<ArgumentException>(() => engine.Benchmark.Compare(result, [acme, acme]));
            var error = Assert.Throws<ArgumentException>(() => engine.Benchmark.Compare(result, [acme, globex]));
            Assert.Contains("Globex (globex)", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class ReplyLatencies : IDisposable
    {
        private readonly TempDir temp = new();

        public void Dispose() => temp.Dispose();

        [Fact]
        public void Count_every_brand_reply_to_a_customer_post_at_or_after_it()
        {
            var scenario = new Scenario();
            var a = scenario.Customer("@AcmeHelp one", 0);
            scenario.Brand("AcmeHelp", 100, a);
            scenario.Brand("AcmeCare", 300, a);
            scenario.Brand("AcmeHelp", -50, a);
            var b = scenario.Customer("no handle, still a customer post", 1000);
            scenario.Brand("AcmeHelp", 1000, b);
            var own = scenario.Brand("GlobexSupport", 0, text: "announcement");
            scenario.Brand("AcmeHelp", 500, own);
            using var engine = new EngineRun(Scenario.Registry, scenario.Write(temp.File("a.csv")));

            var latency = Assert.Single(engine.Benchmark.ReplyLatencies());

            Assert.Equal("acme", latency.BrandId);
            Assert.Equal(3, latency.Stats.Count);
            Assert.Equal(100.0, latency.Stats.MedianSeconds);
            Assert.Equal(400.0 / 3, latency.Stats.MeanSeconds!.Value, 9);
            Assert.Equal(0.0 + (0.8 * (300 - 100)) + 100, latency.Stats.P90Seconds!.Value, 9);
        }

        [Fact]
        public void Select_by_the_customer_post_s_time()
        {
            var scenario = new Scenario();
            var early = scenario.Customer("@AcmeHelp early", 0);
            scenario.Brand("AcmeHelp", 5000, early);
            var late = scenario.Customer("@AcmeHelp late", 4000);
            scenario.Brand("AcmeHelp", 4010, late);
            using var engine = new EngineRun(Scenario.Registry, scenario.Write(temp.File("a.csv")));

            var latency = Assert.Single(engine.Benchmark.ReplyLatencies(new MetricsOptions { From = Scenario.At(0), To = Scenario.At(3600) }));

            Assert.Equal(1, latency.Stats.Count);
            Assert.Equal(5000.0, latency.Stats.MedianSeconds);
        }
    }

    [Fact]
    public void Reopening_a_store_keeps_the_figures()
    {
        var file = new Scenario().AnsweredAfter(60, 600).Write(temp.File("a.csv"));
        var store = temp.File("store.duckdb");
        BrandMetrics first;
        using (var engine = CareBenchmark.Open(store, Scenario.Registry))
        {
            engine.Ingest(file, new IngestOptions { RejectsDirectory = temp.File("rejects") });
            first = engine.Evaluate().AllBrands.Single().Metrics;
        }

        using var reopened = CareBenchmark.Open(store, Scenario.Registry);
        Assert.Equal(first, reopened.Evaluate().AllBrands.Single().Metrics);
    }

    public sealed class MentionFacts : IDisposable
    {
        private readonly TempDir temp = new();

        public void Dispose() => temp.Dispose();

        [Fact]
        public void Are_refused_before_an_evaluation()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));

            Assert.Throws<InvalidOperationException>(() => engine.Benchmark.MentionFacts());
        }

        [Fact]
        public void Stream_every_counted_mention_with_its_author_and_first_reply()
        {
            using var engine = new EngineRun(Scenario.Registry, Simple().Write(temp.File("a.csv")));
            var result = engine.Benchmark.Evaluate(new MetricsOptions { AsOf = Scenario.At(30 * 24 * 3600) });

            var facts = engine.Benchmark.MentionFacts().ToList();

            Assert.Equal(result.AllBrands.Sum(b => b.Metrics.Mentions), facts.Count);
            var answered = Assert.Single(facts, f => f.Status == MentionStatus.Answered);
            Assert.Equal(300, answered.ResponseSeconds);
            Assert.Equal(answered.CreatedAt.AddSeconds(300), answered.FirstReplyAt);
            Assert.Equal(TimeSpan.Zero, answered.CreatedAt.Offset);
            var unanswered = Assert.Single(facts, f => f.Status == MentionStatus.Unanswered);
            Assert.Null(unanswered.FirstReplyAt);
            Assert.Null(unanswered.ResponseSeconds);
            Assert.Equal(facts.OrderBy(f => f.BrandId, StringComparer.Ordinal).Select(f => f.PostId), facts.Select(f => f.PostId));
        }
    }

    /// <summary>Acme mentioned at T0 and answered at +300 s; Globex mentioned at +60 s, unanswered.</summary>
    private static Scenario Simple()
    {
        var scenario = new Scenario();
        var mention = scenario.Customer("@AcmeHelp hi", 0);
        scenario.Customer("@GlobexSupport hi", 60);
        scenario.Brand("AcmeCare", 300, mention);
        return scenario;
    }
}
