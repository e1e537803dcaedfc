using Benchmarking.Engine.History;
using static Benchmarking.Engine.Tests.History.SnapshotsSome;

namespace Benchmarking.Engine.Tests.History;

public sealed class WeeklyHistoryTests
{
    [Fact]
    public void Deltas_are_this_week_minus_the_previous_week_with_the_component_that_moved_most()
    {
        WeeklySnapshot[] history =
        [
            Week("2017-W43", Brand("a", 1, 80, 60), Brand("b", 2, 70, 60)),
            Week("2017-W44", Brand("a", 2, 78, 40), Brand("b", 1, 72, 64)),
        ];

        var comparison = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44"));

        Assert.True(comparison.Comparable);
        Assert.Null(comparison.Note);
        var a = comparison.Changes.Single(c => c.BrandId == "a");
        Assert.Equal(59.0 - 70.0, a.ScoreDelta!.Value, 9);
        Assert.Equal(-1, a.RankChange);
        Assert.Equal("speed", a.MainMove!.Id);
        Assert.Equal(-10.0, a.MainMove.Points, 9); // (40 − 60) × 0.5
        Assert.Equal(-1.0, a.Moves[1].Points, 9);  // responsiveness (78 − 80) × 0.5
        var b = comparison.Changes.Single(c => c.BrandId == "b");
        Assert.Equal(1, b.RankChange);
        Assert.Equal("speed", b.MainMove!.Id);
        Assert.Equal(["b", "a"], comparison.Changes.Select(c => c.BrandId)); // this week's rank order
    }

    [Fact]
    public void Brands_entering_and_leaving_the_ranking_are_named()
    {
        WeeklySnapshot[] history =
        [
            Week("2017-W43", Brand("stays", 1, 80, 60), Brand("leaves", 2, 70, 60), Brand("joins", null, 50, 50, mentions: 10)),
            Week("2017-W44", Brand("stays", 1, 80, 60), Brand("joins", 2, 50, 50, mentions: 70)),
        ];

        var changes = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44")).Changes.ToDictionary(c => c.BrandId);

        Assert.Equal(EligibilityChange.Unchanged, changes["stays"].Eligibility);
        Assert.Equal(EligibilityChange.Entered, changes["joins"].Eligibility);
        Assert.Equal(EligibilityChange.Left, changes["leaves"].Eligibility);
        Assert.Null(changes["leaves"].Current);
        Assert.Null(changes["joins"].RankChange);
        Assert.Equal("leaves", WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44")).Changes[^1].BrandId);
    }

    [Fact]
    public void A_missing_previous_week_gives_no_deltas_rather_than_a_two_week_delta()
    {
        WeeklySnapshot[] history = [Week("2017-W42", Brand("a", 1, 80, 60)), Week("2017-W44", Brand("a", 1, 90, 60))];

        var comparison = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44"));

        Assert.False(comparison.Comparable);
        Assert.Contains("2017-W43", comparison.Note, StringComparison.Ordinal);
        Assert.Null(comparison.Changes.Single().ScoreDelta);
        Assert.Equal(EligibilityChange.Unchanged, comparison.Changes.Single().Eligibility);
        Assert.Equal(2, comparison.Changes.Single().FourWeekPoints); // the trend still uses W42 and W44
    }

    [Fact]
    public void A_previous_week_under_another_methodology_is_not_compared()
    {
        var old = Week("2017-W43", Brand("a", 1, 80, 60)) with { Weights = "responsiveness 0.60, speed 0.40" };
        WeeklySnapshot[] history = [old, Week("2017-W44", Brand("a", 1, 90, 60))];

        var comparison = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44"));

        Assert.False(comparison.Comparable);
        Assert.Contains("another methodology", comparison.Note, StringComparison.Ordinal);
        Assert.Null(comparison.Changes.Single().ScoreDelta);
        Assert.Null(comparison.Changes.Single().FourWeekTrend);
    }

    [Fact]
    public void The_four_week_trend_is_the_least_squares_slope_over_this_week_and_the_three_before()
    {
        // Scores 50, 60, 70, 80 over W41–W44 (W40 at 0 is outside the window): slope 10 points per week.
        WeeklySnapshot[] history =
        [
            Week("2017-W40", Brand("a", 1, 0, 0)),
            Week("2017-W41", Brand("a", 1, 50, 50)),
            Week("2017-W42", Brand("a", 1, 60, 60)),
            Week("2017-W43", Brand("a", 1, 70, 70)),
            Week("2017-W44", Brand("a", 1, 80, 80)),
        ];

        var change = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44")).Changes.Single();

        Assert.Equal(10.0, change.FourWeekTrend!.Value, 9);
        Assert.Equal(4, change.FourWeekPoints);
    }

    [Fact]
    public void Asking_for_a_week_without_a_snapshot_says_so()
    {
        var e = Assert.Throws<ArgumentException>(() => WeeklyHistory.Compare([Week("2017-W43")], IsoWeek.Parse("2017-W44")));

        Assert.Contains("2017-W44", e.Message, StringComparison.Ordinal);
    }
}
