using Benchmarking.Engine.History;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Html;
using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Weekly;

public sealed class WeeklyReportTests
{
    private static readonly IReadOnlyList<(string Industry, string BaseName)> Boards = [("airlines", "leaderboard-airlines"), ("telecom", "leaderboard-telecom")];

    [Fact]
    public void Summary_markdown_matches_its_snapshot() =>
        Snapshot.Match("weekly-summary.md", WeeklyMarkdown.Summary(WeeklyHistory.Compare(SomeWeeks.History(), IsoWeek.Parse("2017-W44")), Boards));

    [Fact]
    public void Index_markdown_matches_its_snapshot() => Snapshot.Match("weekly-index.md", WeeklyMarkdown.Index(SomeWeeks.History()));

    [Fact]
    public void Summary_names_the_component_behind_each_rank_movement_and_the_eligibility_changes()
    {
        var markdown = WeeklyMarkdown.Summary(WeeklyHistory.Compare(SomeWeeks.History(), IsoWeek.Parse("2017-W43")), Boards);

        // Delta fell from 1 to 2: speed moved (70 → 50) × 0.5 = −10 points, responsiveness only −1.
        Assert.Contains("- Delta (airlines): ↓1 to \\#2, score -11.0; main change: Speed -10.0 pts (70.0 → 50.0).", markdown, StringComparison.Ordinal);
        Assert.Contains("- Gone Air (airlines) left the ranking: mentions 100 → 12 (minimum 50).", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_pages_encode_brand_names_and_carry_the_trend_charts()
    {
        var history = SomeWeeks.History();
        var comparison = WeeklyHistory.Compare(history, IsoWeek.Parse("2017-W44"));
        var weeks = ScoreTrendChart.Weeks(history, IsoWeek.Parse("2017-W44"), 8);
        var charts = new Dictionary<string, ChartSvg> { ["airlines"] = ScoreTrendChart.Render(history, "airlines", weeks, "trend1")! };

        var summary = await HtmlPages.RenderAsync<WeeklySummaryPage>(new Dictionary<string, object?>
        {
            [nameof(WeeklySummaryPage.Comparison)] = comparison,
            [nameof(WeeklySummaryPage.Leaderboards)] = Boards,
            [nameof(WeeklySummaryPage.Charts)] = charts,
        });
        var index = await HtmlPages.RenderAsync<WeeklyIndexPage>(new Dictionary<string, object?>
        {
            [nameof(WeeklyIndexPage.History)] = history,
            [nameof(WeeklyIndexPage.Charts)] = new List<(string, ChartSvg)> { ("airlines", charts["airlines"]) },
        });

        foreach (var html in new[] { summary, index })
        {
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("<svg", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; | *Air*", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"leaderboard-airlines.html\">airlines</a>", summary, StringComparison.Ordinal);
        Assert.Contains("<a href=\"2017-W44/summary.html\">2017-W44</a>", index, StringComparison.Ordinal);
        Assert.Contains("Provisional: 12 mentions", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_chart_draws_each_ranked_week_of_a_brand_and_leaves_gaps()
    {
        var history = SomeWeeks.History();
        var weeks = ScoreTrendChart.Weeks(history, IsoWeek.Parse("2017-W44"), 8);

        var series = ScoreTrendChart.Series(history, "airlines", weeks).ToDictionary(s => s.Label, s => s.Points);

        Assert.Equal(["2017-W42", "2017-W43", "2017-W44"], weeks.Select(w => w.ToString()));
        Assert.Equal([(0, 75.0), (1, 64.0), (2, 85.0)], series["Delta"]);
        Assert.Equal([(2, 50.0)], series["New Air"]); // not ranked in W43
        Assert.Equal([(0, 40.0)], series["Gone Air"]);
        Assert.Equal(["Delta", SomeWeeks.Hostile, "New Air", "Gone Air"], series.Keys); // last week's rank order, then others
    }

    public sealed class AtomicDirectoryTests : IDisposable
    {
        private readonly TempDirectory temp = new();

        [Fact]
        public void Replace_swaps_a_complete_folder_in_and_removes_the_old_one()
        {
            var target = Path.Combine(temp.Path, "2017-W44");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "old.md"), "old");
            var next = AtomicDirectory.CreateTemp(target);
            File.WriteAllText(Path.Combine(next, "new.md"), "new");

            AtomicDirectory.Replace(next, target);

            Assert.Equal(["new.md"], Directory.GetFiles(target).Select(Path.GetFileName));
            Assert.Equal([target], Directory.GetDirectories(temp.Path));
        }

        [Fact]
        public void Recover_restores_a_folder_set_aside_by_a_run_killed_between_the_renames_and_deletes_leftovers()
        {
            var target = Path.Combine(temp.Path, "2017-W44");
            var old = Path.Combine(temp.Path, ".2017-W44.0123.old");
            Directory.CreateDirectory(old);
            File.WriteAllText(Path.Combine(old, "summary.md"), "complete");
            var leftover = AtomicDirectory.CreateTemp(target);
            File.WriteAllText(Path.Combine(leftover, "summary.md"), "half");

            var actions = AtomicDirectory.Recover(target);

            Assert.Equal("complete", File.ReadAllText(Path.Combine(target, "summary.md")));
            Assert.Equal([target], Directory.GetDirectories(temp.Path));
            Assert.Equal(2, actions.Count);
        }

        public void Dispose() => temp.Dispose();
    }
}
