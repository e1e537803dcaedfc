using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pipeline;

/// <summary>
/// The weekly scorecard and the weekly breakdowns on the shipped TWCS sample (5000 real rows, latest post Sunday
/// 2017-12-03, so the last complete week is 2017-W47, in which Delta has mentions).
/// </summary>
public sealed class ScorecardTests : IClassFixture<ScorecardTests.SampleStore>
{
    private static readonly ScoreOptions Scoring = new() { MinimumMentions = 10, BootstrapResamples = 100 };

    private readonly SampleStore sample;

    public ScorecardTests(SampleStore sample) => this.sample = sample;

    [Fact]
    public void Defaults_to_the_last_complete_week_of_the_data()
    {
        Assert.Equal(new IsoWeek(2017, 47), sample.Benchmark.LastCompleteWeek());

        var card = sample.Benchmark.Scorecard(sample.Delta, scoreOptions: Scoring);

        Assert.Equal(new IsoWeek(2017, 47), card.Week);
        Assert.True(card.WeekIsDefault);
        Assert.Equal(new IsoWeek(2017, 47).Start, card.ThisWeek.Result.MetricsOptions.From);
        Assert.Equal(new IsoWeek(2017, 47).End, card.ThisWeek.Result.MetricsOptions.To);
    }

    [Fact]
    public void Each_period_is_an_evaluation_of_exactly_its_weeks()
    {
        var week = new IsoWeek(2017, 44);
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = week }, scoreOptions: Scoring);

        var alone = sample.Benchmark.Evaluate(new MetricsOptions { From = week.Start, To = week.End }, Scoring);
        var trailing = sample.Benchmark.Evaluate(new MetricsOptions { From = week.Plus(-4).Start, To = week.Start }, Scoring);

        Assert.False(card.WeekIsDefault);
        Assert.Equal(Metrics(alone, "delta"), card.ThisWeek.Brand!.Metrics);
        Assert.Equal(Metrics(trailing, "delta"), card.Trailing.Brand?.Metrics);
        Assert.Equal((week.Plus(-4), week.Plus(-1), 4), (card.Trailing.First, card.Trailing.Last, card.Trailing.Weeks));
        Assert.Equal(card.ThisWeek.Brand.Score.Total, alone.AllBrands.Single(b => b.Brand.Id == "delta").Score.Total);
    }

    [Fact]
    public void The_trend_agrees_with_evaluating_each_week_alone()
    {
        var week = new IsoWeek(2017, 47);
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = week, TrendWeeks = 6 }, scoreOptions: Scoring);
        var each = sample.Benchmark.EvaluateEachWeek(week.Plus(-5), week, scoreOptions: Scoring with { BootstrapResamples = 0 });

        Assert.Equal(IsoWeek.Range(week.Plus(-5), week), card.Trend.Select(t => t.Week));
        Assert.Equal(IsoWeek.Range(week.Plus(-5), week), each.Select(e => e.Week));
        foreach (var (point, evaluated) in card.Trend.Zip(each))
        {
            var metrics = evaluated.Result.AllBrands.SingleOrDefault(b => b.Brand.Id == "delta")?.Metrics;
            Assert.Equal(metrics?.Mentions ?? 0, point.Mentions);
            Assert.Equal(metrics?.Answered ?? 0, point.Answered);
            Assert.Equal(metrics?.ResponseRate, point.ResponseRate);
            Assert.Equal(metrics?.FirstResponse.MedianSeconds, point.MedianSeconds);
        }

        Assert.Contains(card.Trend, t => t.Mentions > 0);
    }

    [Fact]
    public void Explains_the_score_change_exactly_by_component()
    {
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = new IsoWeek(2017, 44) }, scoreOptions: Scoring);

        Assert.NotNull(card.LastWeek.Brand);
        var change = card.ThisWeek.Brand!.Score.Total - card.LastWeek.Brand!.Score.Total;
        Assert.Equal(change, card.Movement.ScoreChange!.Value, 9);
        Assert.Equal(change, card.Movement.Contributions.Sum(c => c.Points), 9);
        Assert.Equal(card.Movement.Contributions.OrderByDescending(c => Math.Abs(c.Points)).Select(c => c.Id), card.Movement.Contributions.Select(c => c.Id));
        Assert.Contains("mainly because of", string.Join(' ', card.Movement.Summary), StringComparison.Ordinal);
        Assert.NotNull(card.Movement.ShareHigher);
    }

    [Fact]
    public void Below_the_eligibility_minimum_a_change_is_never_called_supported_or_a_rise()
    {
        var strict = Scoring with { MinimumMentions = 1000 };
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = new IsoWeek(2017, 44) }, scoreOptions: strict);
        var text = string.Join(' ', card.Movement.Summary);

        Assert.Contains("Not enough data to call the change: this week has ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("statistically supported", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" rose ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" fell ", text, StringComparison.Ordinal);
        Assert.Equal(Benchmarking.Engine.Inference.ClaimStrength.NotEnoughData, card.Movement.Claim!.Strength);
    }

    [Fact]
    public void A_week_without_mentions_last_week_has_nothing_to_explain()
    {
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = new IsoWeek(2017, 47) }, scoreOptions: Scoring);

        Assert.Null(card.LastWeek.Brand);
        Assert.Null(card.Movement.ScoreChange);
        Assert.Empty(card.Movement.Contributions);
        Assert.Contains("no mentions last week", string.Join(' ', card.Movement.Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_slowest_unanswered_mentions_longest_wait_first_with_pseudonyms()
    {
        var week = new IsoWeek(2017, 47);
        var card = sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { Week = week, SlowestCount = 5 }, scoreOptions: Scoring);
        var delta = card.ThisWeek.Brand!.Metrics;

        Assert.Equal((int)Math.Min(5, delta.Unanswered + delta.Pending), card.Slowest.Count);
        Assert.NotEmpty(card.Slowest);
        Assert.All(card.Slowest, m =>
        {
            Assert.InRange(m.CreatedAt, week.Start, week.End.AddTicks(-1));
            Assert.Contains(m.Status, new[] { MentionStatus.Unanswered, MentionStatus.Pending });
            Assert.StartsWith("cust-", m.Customer, StringComparison.Ordinal);
            Assert.Null(m.Link); // TWCS ids are anonymised: no public status to link to
            Assert.True(m.WaitedSeconds > 0);
        });
        Assert.Equal(card.Slowest.Select(m => m.WaitedSeconds).OrderDescending(), card.Slowest.Select(m => m.WaitedSeconds));
        Assert.False(card.CustomersShown);
    }

    [Theory]
    [InlineData("twitter", "925473935458979840", "https://x.com/i/status/925473935458979840")]
    [InlineData("twitter", "811", null)]
    [InlineData("twitter", "12345678x9", null)]
    [InlineData("mastodon", "925473935458979840", null)]
    public void Links_only_ids_that_can_be_public_twitter_statuses(string platform, string id, string? expected) =>
        Assert.Equal(expected, new UnansweredMention(platform, id, "cust-1", DateTimeOffset.UnixEpoch, MentionStatus.Unanswered, null, 1).Link);

    [Fact]
    public void Shows_real_customer_handles_only_when_asked()
    {
        var week = new IsoWeek(2017, 47);
        var hidden = sample.Benchmark.SlowestUnanswered(sample.Delta, 3, new MetricsOptions { From = week.Start, To = week.End });
        var shown = sample.Benchmark.SlowestUnanswered(sample.Delta, 3, new MetricsOptions { From = week.Start, To = week.End }, showCustomers: true);

        Assert.Equal(hidden.Select(m => m.PostId), shown.Select(m => m.PostId));
        Assert.All(shown, m => Assert.DoesNotContain("cust-", m.Customer, StringComparison.Ordinal));
        Assert.All(hidden.Zip(shown), p => Assert.NotEqual(p.First.Customer, p.Second.Customer));
    }

    [Fact]
    public void Activity_cells_add_up_to_the_brand_metrics()
    {
        var options = new MetricsOptions();
        var result = sample.Benchmark.Evaluate(options, Scoring with { BootstrapResamples = 0 });
        var cells = sample.Benchmark.Activity(options).Where(c => c.BrandId == "delta").ToList();
        var delta = Metrics(result, "delta")!;

        Assert.Equal(delta.Mentions, cells.Sum(c => c.Mentions));
        Assert.Equal(delta.Answered, cells.Sum(c => c.Answered));
        Assert.All(cells, c =>
        {
            Assert.InRange(c.Weekday, 1, 7);
            Assert.InRange(c.Hour, 0, 23);
        });
        Assert.Equal(cells.Count, cells.Select(c => (c.Weekday, c.Hour)).Distinct().Count());
    }

    [Fact]
    public void Refuses_invalid_options_naming_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => sample.Benchmark.Scorecard(sample.Delta, new ScorecardOptions { TrailingWeeks = 0, TrendWeeks = 1, PseudonymKey = string.Empty }));

        Assert.Contains("trailing weeks", error.Message, StringComparison.Ordinal);
        Assert.Contains("trend weeks", error.Message, StringComparison.Ordinal);
        Assert.Contains("pseudonym key", error.Message, StringComparison.Ordinal);
    }

    private static BrandMetrics? Metrics(BenchmarkResult result, string id) =>
        result.AllBrands.SingleOrDefault(b => b.Brand.Id == id)?.Metrics;

    /// <summary>The shipped sample, ingested once for the class.</summary>
    public sealed class SampleStore : IDisposable
    {
        private readonly TempDir temp = new();

        public SampleStore()
        {
            Benchmark = CareBenchmark.Open(temp.File("store.duckdb"), Registries.Shipped, FixedTime.Default);
            Benchmark.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"), new IngestOptions { RejectsDirectory = temp.File("rejects") });
        }

        public CareBenchmark Benchmark { get; }

        public Benchmarking.Engine.Registry.Brand Delta => Registries.Shipped.Resolve("delta");

        public void Dispose()
        {
            Benchmark.Dispose();
            temp.Dispose();
        }
    }
}
