using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

/// <summary>The one-slide executive summary: four KPI tiles whose changes carry a verb only where the rules allow.</summary>
public sealed class ExecutiveSummaryTests
{
    [Fact]
    public void Has_score_rate_median_and_rank_tiles_with_both_changes_and_the_industry()
    {
        var tiles = ExecutiveSummary.Tiles(Sample.DeltaScorecard);

        Assert.Equal(["Care score (0–100)", "Response rate", "Median first response", "Rank in airlines"], tiles.Select(t => t.Label));
        Assert.Equal(["79.8", "83.7%", "22 min", "=2"], tiles.Select(t => t.Value));
        Assert.All(tiles, t => Assert.Equal(2, t.Changes.Count));
        Assert.StartsWith("airlines median [quartiles]: ", tiles[0].Industry, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_against_a_one_mention_week_is_never_called_rose_or_fell()
    {
        // Last week (2017-W43) has 1 mention: every change against it is "not enough data".
        var tiles = ExecutiveSummary.Tiles(Sample.DeltaScorecard);

        Assert.All(tiles.Take(3), t => Assert.Contains("not enough data to call a change", t.Changes[0], StringComparison.Ordinal));
        Assert.DoesNotContain(tiles.SelectMany(t => t.Changes), c => c.Contains("rose", StringComparison.Ordinal) || c.Contains("fell", StringComparison.Ordinal)
            || c.Contains("faster", StringComparison.Ordinal) || c.Contains("slower", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ClaimStrength.Supported, true, "rose, +5.0 points (supported)")]
    [InlineData(ClaimStrength.Supported, false, "fell, +5.0 points (supported)")]
    [InlineData(ClaimStrength.Tied, true, "+5.0 points, no supported change")]
    [InlineData(ClaimStrength.NotEnoughData, true, "+5.0 points, not enough data to call a change")]
    [InlineData(ClaimStrength.NotMeasured, true, "+5.0 points (not tested)")]
    public void Words_a_change_by_what_the_rule_allows(ClaimStrength strength, bool up, string expected)
    {
        Assert.Equal(expected, ExecutiveSummary.Worded("+5.0 points", strength, up, "rose", "fell"));
    }

    [Fact]
    public void Separated_intervals_on_enough_mentions_support_a_rate_change_and_overlapping_ones_do_not()
    {
        var result = Some.Result();
        var (delta, american) = (result.Leaderboards[0].Ranked[0], result.Leaderboards[0].Ranked[1]);
        var options = result.ScoreOptions;

        // 56.5–62.0% against 41.6–48.2%: apart. Then overlapping, then one side below the minimum.
        Assert.Equal(ClaimStrength.Supported, ClaimRules.IntervalChange(delta, american, u => u.ResponseRate, options));
        var close = american with { Uncertainty = american.Uncertainty! with { ResponseRate = new ConfidenceInterval(0.5, 0.6) } };
        Assert.Equal(ClaimStrength.Tied, ClaimRules.IntervalChange(delta, close, u => u.ResponseRate, options));
        var small = american with { Metrics = american.Metrics with { Mentions = options.MinimumMentions - 1 } };
        Assert.Equal(ClaimStrength.NotEnoughData, ClaimRules.IntervalChange(delta, small, u => u.ResponseRate, options));
    }

    [Fact]
    public async Task The_page_encodes_and_shows_every_tile()
    {
        var text = HtmlText.Of(await HtmlReports.ExecutiveSummaryAsync(Sample.DeltaScorecard));

        Assert.All(ExecutiveSummary.Tiles(Sample.DeltaScorecard), t => Assert.Contains(t.Label + "\n" + t.Value + "\n", text, StringComparison.Ordinal));
        Assert.Contains(Answers.Scorecard(Sample.DeltaScorecard).Lead, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_moves_only_against_a_field_of_the_same_size()
    {
        // Rank 1 of 1 against =2 of 4 printed "up 1 places": the field shrank, the brand did not climb.
        var now = Sample.DeltaScorecard.ThisWeek;
        var board = now.Result.Leaderboards.Single(l => l.Industry == now.Brand!.Brand.Industry);
        Assert.True(board.Ranked.Count >= 2);
        var alone = now with { Result = now.Result with { Leaderboards = [board with { Ranked = [now.Brand!] }] } };

        Assert.Equal("same", ScorecardTables.RankMove(now, now));
        Assert.Equal($"not comparable (1 ranked now, {board.Ranked.Count} then)", ScorecardTables.RankMove(alone, now));
        Assert.Equal("not comparable (1 ranked now, 1 then)", ScorecardTables.RankMove(alone, alone));
        Assert.Equal("–", ScorecardTables.RankMove(now, now with { Brand = null }));
    }
}
