using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Scoring;

namespace Benchmarking.Engine.Tests.Ranking;

/// <summary>Methodology §4 "Eligibility" and "Ranking": per-industry leaderboards with a documented tie order.</summary>
public sealed class RankerTests
{
    private static readonly string[] IndustryNames = ["airlines", "retail", "telecom"];

    private static readonly BrandRegistry Registry = BrandRegistry.Create(
        Enumerable.Range(0, 30).Select(i => new Brand(
            $"brand-{i:00}", $"Brand {i}", IndustryNames[i % IndustryNames.Length], [new BrandHandle(Platform.Twitter, $"Brand{i}Help")])),
        IndustryNames);

    public static readonly TheoryData<int> Seeds = new(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_leaderboard_is_a_permutation_of_its_eligible_brands_in_score_answered_id_order(int seed)
    {
        var random = new Random(seed);
        var metrics = RandomMetrics(random);
        var options = new ScoreOptions { MinimumMentions = random.Next(1, 200) };
        var scorer = new Scorer(options.EffectiveFor(metrics));

        var boards = Ranker.Rank(Registry, metrics, options);

        Assert.Equal(boards.Select(b => b.Industry).Order(StringComparer.Ordinal), boards.Select(b => b.Industry));
        foreach (var board in boards)
        {
            var inIndustry = metrics.Where(m => Registry.FindById(m.BrandId)!.Industry == board.Industry).ToList();
            var eligible = inIndustry.Where(m => m.Mentions >= options.MinimumMentions).Select(m => m.BrandId).Order(StringComparer.Ordinal);
            var ineligible = inIndustry.Where(m => m.Mentions < options.MinimumMentions).Select(m => m.BrandId).Order(StringComparer.Ordinal);

            Assert.Equal(eligible, board.Ranked.Select(r => r.Brand.Id).Order(StringComparer.Ordinal));
            Assert.Equal(ineligible, board.NotEnoughData.Select(r => r.Brand.Id).Order(StringComparer.Ordinal));
            Assert.Equal(Enumerable.Range(1, board.Ranked.Count), board.Ranked.Select(r => r.Rank!.Value));
            Assert.All(board.NotEnoughData, r => Assert.Null(r.Rank));
            Assert.All(board.Ranked.Concat(board.NotEnoughData), r => Assert.Equal(scorer.Score(r.Metrics).Total, r.Score.Total));
            Assert.Equal(options.MinimumMentions, board.MinimumMentions);

            foreach (var (a, b) in board.Ranked.Zip(board.Ranked.Skip(1)))
            {
                Assert.True(RankedBefore(a, b), $"{a.Brand.Id} ({a.Score.Total}, {a.Metrics.Answered}) is ranked above {b.Brand.Id} ({b.Score.Total}, {b.Metrics.Answered})");
            }

            foreach (var (a, b) in board.NotEnoughData.Zip(board.NotEnoughData.Skip(1)))
            {
                Assert.True(a.Metrics.Mentions > b.Metrics.Mentions || (a.Metrics.Mentions == b.Metrics.Mentions && string.CompareOrdinal(a.Brand.Id, b.Brand.Id) < 0));
            }
        }

        Assert.Equal(metrics.Count, boards.Sum(b => b.Ranked.Count + b.NotEnoughData.Count));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_order_does_not_depend_on_the_input_order(int seed)
    {
        var random = new Random(seed);
        var metrics = RandomMetrics(random);
        var options = new ScoreOptions { MinimumMentions = 20 };

        var shuffled = metrics.ToArray();
        random.Shuffle(shuffled);

        Assert.Equal(Flatten(Ranker.Rank(Registry, metrics, options)), Flatten(Ranker.Rank(Registry, shuffled, options)));
    }

    [Fact]
    public void Ties_on_score_are_broken_by_answered_mentions_then_by_id()
    {
        BrandMetrics Tied(string id, long answered) => SomeMetrics.With(
            new BrandMetrics(id, 200, answered, 0, 200 - answered, 0.5, new ResponseTimeStats(answered, 600, 600, null, null, 600, 600, 600), 0.4, null, null, null, 0, 0),
            responseRate: 0.5);
        var metrics = new[] { Tied("brand-06", 90), Tied("brand-03", 90), Tied("brand-00", 50), Tied("brand-09", 120) };

        var board = Assert.Single(Ranker.Rank(Registry, metrics, new ScoreOptions()));

        Assert.Equal(["brand-09", "brand-03", "brand-06", "brand-00"], board.Ranked.Select(r => r.Brand.Id));
        Assert.Single(board.Ranked.Select(r => r.Score.Total).Distinct());
    }

    [Fact]
    public void Brands_below_the_minimum_are_listed_apart_and_industries_without_metrics_are_omitted()
    {
        var random = new Random(42);
        var metrics = new[]
        {
            SomeMetrics.Random(random, "brand-00") with { Mentions = 49 },
            SomeMetrics.Random(random, "brand-03") with { Mentions = 50 },
            SomeMetrics.Random(random, "brand-06") with { Mentions = 0 },
        };

        var board = Assert.Single(Ranker.Rank(Registry, metrics, new ScoreOptions()));

        Assert.Equal("airlines", board.Industry);
        Assert.Equal(["brand-03"], board.Ranked.Select(r => r.Brand.Id));
        Assert.Equal(["brand-00", "brand-06"], board.NotEnoughData.Select(r => r.Brand.Id));
    }

    [Fact]
    public void Metrics_for_a_brand_not_in_the_registry_are_refused()
    {
        var metrics = new[] { SomeMetrics.Random(new Random(1), "no-such-brand") };

        var error = Assert.Throws<ArgumentException>(() => Ranker.Rank(Registry, metrics, new ScoreOptions()));

        Assert.Contains("no-such-brand", error.Message, StringComparison.Ordinal);
    }

    private static bool RankedBefore(RankedBrand a, RankedBrand b) =>
        a.Score.Total > b.Score.Total
        || (a.Score.Total == b.Score.Total && (a.Metrics.Answered > b.Metrics.Answered
            || (a.Metrics.Answered == b.Metrics.Answered && string.CompareOrdinal(a.Brand.Id, b.Brand.Id) < 0)));

    /// <summary>Metrics for a random subset of the registry; scores tie often (coarse inputs) so the tie keys matter.</summary>
    private static List<BrandMetrics> RandomMetrics(Random random) =>
        Registry.Brands
            .Where(_ => random.Next(4) > 0)
            .Select(b =>
            {
                var m = SomeMetrics.Random(random, b.Id);
                return random.Next(3) == 0 ? SomeMetrics.With(m, responseRate: 0.5, median: 900, logIqr: 0, within15Min: 0.1, within1Hour: 0.2) : m;
            })
            .ToList();

    private static List<string> Flatten(IReadOnlyList<Leaderboard> boards) =>
        boards.SelectMany(b => b.Ranked.Concat(b.NotEnoughData).Select(r => $"{b.Industry}/{r.Rank}/{r.Brand.Id}/{r.Score.Total:R}")).ToList();
}
