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

        var table = LeaderboardTables.Ranked(board);

        Assert.Equal(
            ["Responsiveness (weight 0.35)", "Speed (weight 0.30)", "SLA attainment (weight 0.20)", "Consistency (weight 0.15)"],
            table.Header.Skip(4).Take(4));
        Assert.Equal(["60.0", "70.0", "40.0", "50.0"], table.Rows[0].Skip(4).Take(4));
        Assert.Contains("| SLA attainment (weight 0.20) |", LeaderboardMarkdown.Render(result, board), StringComparison.Ordinal);
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
