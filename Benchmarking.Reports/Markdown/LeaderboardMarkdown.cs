using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>One industry's leaderboard as Markdown.</summary>
internal static class LeaderboardMarkdown
{
    /// <summary>Renders the report.</summary>
    public static string Render(BenchmarkResult result, Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(leaderboard);
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, ReportTitles.Leaderboard(leaderboard.Industry));
        MarkdownText.AppendParagraph(builder, $"Generated {ReportFormat.Time(result.GeneratedAt)}; methodology {ReportText.Methodology(result.ScoreOptions)}; answer window {ReportFormat.Duration(result.MetricsOptions.AnswerWindow)}.");

        MarkdownSections.AppendAnswer(builder, Answers.Leaderboard(leaderboard, result.ScoreOptions));
        MarkdownText.AppendHeading(builder, 2, "Ranking");
        MarkdownText.AppendParagraph(builder, $"Brands with at least {ReportFormat.Count(leaderboard.MinimumMentions)} mentions, by care score; ties by answered mentions, then brand id.");
        MarkdownText.AppendTable(builder, LeaderboardTables.Ranked(leaderboard));
        if (leaderboard.Ranked.Count > 0)
        {
            MarkdownText.AppendHeading(builder, 3, "Score components");
            MarkdownText.AppendTable(builder, LeaderboardTables.Components(leaderboard, result.ScoreOptions));
        }

        foreach (var legend in LeaderboardTables.Legends(result, leaderboard))
        {
            MarkdownText.AppendParagraph(builder, legend);
        }

        MarkdownText.AppendHeading(builder, 2, "Not ranked: not enough data");
        MarkdownText.AppendParagraph(builder, $"Brands with fewer than {ReportFormat.Count(leaderboard.MinimumMentions)} mentions are not ranked and are never leaders: their figures rest on too few mentions to compare.");
        MarkdownText.AppendTable(builder, LeaderboardTables.NotEnoughData(leaderboard));

        MarkdownText.AppendHeading(builder, 2, "Response times on both clocks");
        MarkdownText.AppendTable(builder, ClockTables.Clocks(leaderboard));
        MarkdownText.AppendTable(builder, ClockTables.Hours(leaderboard));
        MarkdownText.AppendParagraph(builder, ClockTables.Legend(result.ScoreOptions.Clock));

        MarkdownSections.AppendAbout(builder, result);
        MarkdownSections.AppendInputs(builder, result);
        MarkdownSections.AppendFindings(builder, result, leaderboard.Ranked.Concat(leaderboard.NotEnoughData).Select(b => b.Brand.Id).ToHashSet(StringComparer.Ordinal));
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
