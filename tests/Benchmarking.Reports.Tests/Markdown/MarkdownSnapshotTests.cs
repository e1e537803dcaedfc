using Benchmarking.Reports.Markdown;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Markdown;

public sealed class MarkdownSnapshotTests
{
    [Fact]
    public void Comparison() => Snapshot.Match("compare-delta-vs-american-airlines.md", ComparisonMarkdown.Render(Some.Comparison()));

    [Fact]
    public void Comparison_with_hostile_text() => Snapshot.Match("compare-hostile.md", ComparisonMarkdown.Render(Some.Comparison(hostile: true)));

    [Fact]
    public void Leaderboard()
    {
        var result = Some.Result();
        Snapshot.Match("leaderboard-airlines.md", LeaderboardMarkdown.Render(result, result.Leaderboards[0]));
    }

    [Fact]
    public void Summary() => Snapshot.Match("summary.md", SummaryMarkdown.Render(Some.Result()));

    [Fact]
    public void Quality() => Snapshot.Match("quality.md", QualityMarkdown.Render(SomeQuality.List(), Some.Result()));
}
