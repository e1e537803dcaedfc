using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tables;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Tables;

public sealed class LeaderboardTablesTests
{
    [Fact]
    public void Without_inference_there_is_no_rank_range_column_and_no_legend()
    {
        var result = Some.Result(inference: false);
        var board = result.Leaderboards[0];

        var table = LeaderboardTables.Ranked(board);

        Assert.DoesNotContain("Rank range (95%)", table.Header);
        Assert.Equal(["1", "Delta", "63.2"], table.Rows[0].Take(3));
        Assert.Empty(LeaderboardTables.Legends(result, board));
    }

    [Fact]
    public void Columns_follow_the_components_of_the_scores()
    {
        var result = Some.Result();
        ComponentScore[] components = [new("responsiveness", "Responsiveness", 60, 0.35), new("speed", "Speed", 70, 0.30), new("sla", "SLA attainment", 40, 0.20), new("consistency", "Consistency", 50, 0.15)];
        var board = result.Leaderboards[0] with { Ranked = result.Leaderboards[0].Ranked.Select(b => b with { Score = Some.Score(components) }).ToList() };

        var table = LeaderboardTables.Components(board, result.ScoreOptions);

        Assert.Equal(
            ["Responsiveness (weight 0.35)", "Speed (weight 0.30)", "SLA attainment (weight 0.20)", "Consistency (weight 0.15)"],
            table.Header.Skip(2).Take(4));
        Assert.Equal(["60.0", "70.0", "40.0", "50.0"], table.Rows[0].Skip(2).Take(4));
        Assert.Contains("| SLA attainment (weight 0.20) |", LeaderboardMarkdown.Render(result, board), StringComparison.Ordinal);
    }

    [Fact]
    public void The_ranked_table_leads_with_rank_brand_score_rate_and_median_and_keeps_components_apart()
    {
        var result = Some.Result();
        var table = LeaderboardTables.Ranked(result.Leaderboards[0]);

        Assert.Equal(LeaderboardTables.HeadlineHeaders, table.Header.Take(5));
        Assert.DoesNotContain(table.Header, h => h.Contains("weight", StringComparison.Ordinal));
        Assert.Contains(LeaderboardTables.Components(result.Leaderboards[0], result.ScoreOptions).Header, h => h.Contains("weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_brand_of_a_tie_group_shows_the_rank_of_its_first_brand()
    {
        var result = Some.Result();
        var board = result.Leaderboards[0];
        var first = board.Ranked[0];
        IReadOnlyList<Engine.Ranking.RankedBrand> ranked =
        [
            first with { Rank = 1, TieGroup = null, TieRank = null },
            first with { Rank = 2, TieGroup = 1, TieRank = 2, Brand = first.Brand with { Id = "b", Name = "B" } },
            first with { Rank = 3, TieGroup = 1, TieRank = 2, Brand = first.Brand with { Id = "c", Name = "C" } },
            first with { Rank = 4, TieGroup = 1, TieRank = 2, Brand = first.Brand with { Id = "d", Name = "D" } },
        ];

        var table = LeaderboardTables.Ranked(board with { Ranked = ranked });

        Assert.Equal(["1", "=2", "=2", "=2"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void A_reply_based_component_with_too_few_replies_says_so()
    {
        var result = Some.Result();
        var board = result.Leaderboards[0];
        var few = board.Ranked[0] with { Metrics = board.Ranked[0].Metrics with { Answered = 1 } };

        var table = LeaderboardTables.Components(board with { Ranked = [few] }, result.ScoreOptions);
        var consistency = table.Header.ToList().FindIndex(h => h.StartsWith("Consistency", StringComparison.Ordinal));

        Assert.Equal("not enough replies (1)", table.Rows[0][consistency]);
        Assert.Contains(LeaderboardTables.Legends(result, board with { Ranked = [few] }), l => l.StartsWith("not enough replies (n): consistency needs at least 10", StringComparison.Ordinal));
    }

    [Fact]
    public void Kaplan_meier_legend_appears_only_when_a_share_differs()
    {
        var result = Some.Result();
        var board = result.Leaderboards[0];
        var same = board with { Ranked = board.Ranked.Select(b => b with { Metrics = b.Metrics with { Survival = new(b.Metrics.Within15Min, b.Metrics.Within1Hour, b.Metrics.Within24Hours) } }).ToList() };

        Assert.Contains(LeaderboardTables.Legends(result, board), l => l.StartsWith("KM: ", StringComparison.Ordinal));
        Assert.DoesNotContain(LeaderboardTables.Legends(result, same), l => l.StartsWith("KM: ", StringComparison.Ordinal));
    }
}
