using Benchmarking.Engine.History;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Charts;

/// <summary>Sentiment mix per week in the comparison (issue #19 item 6), on the shipped sample.</summary>
public sealed class SentimentMixTests
{
    [Fact]
    public void The_weekly_counts_add_up_to_the_inputs_of_the_whole_period_estimate()
    {
        var quality = Sample.DeltaVsAmerican.Quality;

        Assert.NotNull(quality);
        Assert.All(quality, q =>
        {
            long[] period = [.. SentimentMix.Classes.Select(c => q.MentionSentiment.FirstOrDefault(k => k.Kind == c)?.Count ?? 0)];
            Assert.NotEmpty(q.WeeklySentiment);
            Assert.Equal(period, SentimentMix.Classes.Select((_, c) => q.WeeklySentiment.Sum(w => w.Counts[c])));
            Assert.Equal(q.SentimentShares!.Count, q.WeeklySentiment.Sum(w => w.Analysed));
            Assert.Equal(q.WeeklySentiment.Select(w => w.Week).Order(), q.WeeklySentiment.Select(w => w.Week));
        });
    }

    [Fact]
    public void A_week_below_the_minimum_shows_not_enough_data_and_a_week_at_it_is_estimated_like_the_period()
    {
        var comparison = Sample.DeltaVsAmerican;
        var weeks = comparison.Quality!.SelectMany(q => q.WeeklySentiment).ToList();
        var validation = comparison.Quality![0].SentimentValidation;

        Assert.Contains(weeks, w => w.Analysed < ClaimRules.MinimumTrendMentions);
        Assert.Contains(weeks, w => w.Analysed >= ClaimRules.MinimumTrendMentions);
        foreach (var week in weeks)
        {
            if (week.Analysed < ClaimRules.MinimumTrendMentions)
            {
                Assert.Null(week.Shares);
                Assert.All(SentimentMix.Classes.Select((_, c) => SentimentMix.Cell(week, c)), cell => Assert.Equal(SentimentMix.NotEnoughData, cell));
            }
            else
            {
                var expected = ShareEstimator.Estimate([.. week.Counts.Select(c => (int)c)], [.. validation.Select(v => v.Confusion)]);
                Assert.Equal(expected.Estimated, week.Shares!.Estimated);
                Assert.Equal(expected.Intervals, week.Shares.Intervals);
            }
        }

        // The boundary, on a made-up week: 9 analysed mentions are not enough, 10 are.
        Assert.Equal(SentimentMix.NotEnoughData, SentimentMix.Cell(new WeeklySentiment(new IsoWeek(2017, 44), [3, 3, 3]), 0));
        Assert.True(new WeeklySentiment(new IsoWeek(2017, 44), [4, 3, 3]).Enough);
    }

    [Fact]
    public void The_table_lists_every_trend_week_the_chart_draws_only_estimated_weeks_and_no_change_is_claimed_on_overlap()
    {
        var comparison = Sample.DeltaVsAmerican;
        var lines = SentimentMix.Lines(comparison);

        Assert.Equal(ComparisonTables.Weekly(comparison).Rows.Select(r => r[0]), ComparisonTables.SentimentMix(comparison).Rows.Select(r => r[0]));
        Assert.Equal(comparison.Brands.Count, lines.Count);
        foreach (var (line, brand) in lines.Zip(comparison.Brands))
        {
            Assert.All(line.Points, p => Assert.Equal(SentimentMix.Week(comparison, brand.Brand.Id, p.Week)?.Shares?.Estimated[0], p.Value));
        }

        Assert.Contains(ComparisonCharts.Trends(comparison), c => c.Chart.Name == "trend-sentiment");

        // American's negative share goes from about 49% to 79%, but the intervals overlap: no "rose".
        var changes = comparison.Brands.Select(b => SentimentMix.Change(comparison, b)).OfType<string>().ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.DoesNotContain("rose", c, StringComparison.Ordinal));
        Assert.All(changes, c => Assert.Contains("no supported change", c, StringComparison.Ordinal));
    }
}
