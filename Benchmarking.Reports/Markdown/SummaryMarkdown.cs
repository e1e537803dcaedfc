using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Output;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The run summary as Markdown: every industry's top brands with a link to its full leaderboard.</summary>
internal static class SummaryMarkdown
{
    /// <summary>Brands listed per industry.</summary>
    public const int TopBrands = 5;

    /// <summary>Renders the report.</summary>
    public static string Render(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, ReportTitles.Summary);
        MarkdownText.AppendParagraph(builder, $"Generated {ReportFormat.Time(result.GeneratedAt)}; methodology {ReportText.Methodology(result.ScoreOptions)}; answer window {ReportFormat.Duration(result.MetricsOptions.AnswerWindow)}.");

        MarkdownSections.AppendAnswer(builder, Answers.Summary(result));
        MarkdownText.AppendHeading(builder, 2, "Industries");
        var names = ReportNames.Leaderboards(result.Leaderboards);
        if (result.Leaderboards.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No industry has mentions in this period.");
        }

        for (var i = 0; i < result.Leaderboards.Count; i++)
        {
            var board = result.Leaderboards[i];
            MarkdownText.AppendHeading(builder, 3, board.Industry);
            builder.Append($"Full leaderboard: [{MarkdownText.Escape(board.Industry)}]({names[i]}.md) ([HTML]({names[i]}.html)). ")
                .Append(MarkdownText.Escape(SummaryText.Counts(board)))
                .Append("\n\n");
            MarkdownText.AppendTable(builder, LeaderboardTables.Ranked(board, TopBrands));
            foreach (var legend in LeaderboardTables.Legends(result, board, TopBrands, components: false))
            {
                MarkdownText.AppendParagraph(builder, legend);
            }
        }

        MarkdownSections.AppendAbout(builder, result);
        MarkdownSections.AppendInputs(builder, result);
        MarkdownSections.AppendFindings(builder, result, brandIds: null);
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
