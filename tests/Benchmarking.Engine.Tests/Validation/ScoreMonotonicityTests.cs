using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Scoring;

namespace Benchmarking.Engine.Tests.Validation;

/// <summary>
/// Methodology v2 property: a brand that improves any single component input never loses score: under absolute
/// normalisation its total does not fall, and under relative normalisation (peers fixed) its own total does not fall.
/// </summary>
public sealed class ScoreMonotonicityTests
{
    public static readonly TheoryData<int, ScoreNormalisation> Cases = Build();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Improving_one_input_of_one_brand_never_lowers_its_score(int seed, ScoreNormalisation normalisation)
    {
        var random = new Random(seed);
        var scorer = new Scorer(new ScoreOptions { Normalisation = normalisation, MinimumMentions = 20 });
        for (var i = 0; i < 200; i++)
        {
            var group = Enumerable.Range(0, random.Next(1, 8)).Select(k => SomeMetrics.Random(random, $"brand-{k}")).ToArray();
            var self = random.Next(group.Length);
            var before = group[self];
            var baseline = scorer.ScoreGroup(group)[self].Total;
            var rate = before.ResponseRate ?? 0;
            var median = before.FirstResponse.MedianSeconds ?? 86400 * 30;
            var iqr = before.LogIqrDecades ?? 5;
            var (in15, in60) = SomeMetrics.SlaShares(before);

            var changes = new (string Change, BrandMetrics After)[]
            {
                ("higher response rate", SomeMetrics.With(before, responseRate: rate + ((1 - rate) * random.NextDouble()))),
                ("lower median", SomeMetrics.With(before, median: median * random.NextDouble())),
                ("lower log IQR", SomeMetrics.With(before, logIqr: iqr * random.NextDouble())),
                ("more within 15 min", SomeMetrics.With(before, within15Min: (in15 ?? 0) + ((1 - (in15 ?? 0)) * random.NextDouble()))),
                ("more within 1 h", SomeMetrics.With(before, within1Hour: (in60 ?? 0) + ((1 - (in60 ?? 0)) * random.NextDouble()))),
                ("fewer canned replies", SomeMetrics.With(before, replyText: SomeMetrics.LessCanned(before.ReplyText, random.NextDouble()))),
                ("fewer deflecting replies", SomeMetrics.With(before, replyText: SomeMetrics.LessDeflecting(before.ReplyText, random.NextDouble()))),
            };
            foreach (var (change, after) in changes)
            {
                var improved = group.ToArray();
                improved[self] = after;
                var total = scorer.ScoreGroup(improved)[self].Total;
                Assert.True(total >= baseline - 1e-9, FormattableString.Invariant($"{normalisation}: {change} lowered the total from {baseline} to {total} (seed {seed}, case {i})"));
            }
        }
    }

    private static TheoryData<int, ScoreNormalisation> Build()
    {
        var data = new TheoryData<int, ScoreNormalisation>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
        {
            data.Add(seed, ScoreNormalisation.Absolute);
            data.Add(seed, ScoreNormalisation.Relative);
        }

        return data;
    }
}
