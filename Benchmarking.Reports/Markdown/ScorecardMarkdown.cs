using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The weekly scorecard as Markdown, with the same tables as the HTML.</summary>
internal static class ScorecardMarkdown
{
    /// <summary>Renders the scorecard.</summary>
    public static string Render(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var result = card.ThisWeek.Result;
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, ScorecardTables.Title(card));
        MarkdownText.AppendParagraph(builder, ScorecardTables.WeekLine(card));
        MarkdownText.AppendParagraph(builder, $"Generated {ReportFormat.Time(result.GeneratedAt)}; methodology {ReportText.Methodology(result.ScoreOptions)}; answer window {ReportFormat.Duration(result.MetricsOptions.AnswerWindow)}.");

        MarkdownSections.AppendAnswer(builder, Answers.Scorecard(card));
        if (card.Movement.Contributions.Count > 0)
        {
            MarkdownText.AppendHeading(builder, 2, "Why the score moved");
            MarkdownText.AppendTable(builder, ScorecardTables.Movement(card));
        }

        MarkdownText.AppendHeading(builder, 2, "This week, last week and the trailing weeks");
        MarkdownText.AppendTable(builder, ScorecardTables.Periods(card));
        MarkdownText.AppendTable(builder, ScorecardTables.Headline(card));
        foreach (var legend in ScorecardTables.Legends(card))
        {
            MarkdownText.AppendParagraph(builder, legend);
        }

        MarkdownText.AppendHeading(builder, 2, "Weekly trend");
        MarkdownText.AppendTable(builder, ScorecardTables.Trend(card));
        MarkdownText.AppendParagraph(builder, Charts.WeeklyTrendChart.TableNote);
        MarkdownText.AppendParagraph(builder, "The HTML report also charts the weekly trend and the score components per period.");

        MarkdownText.AppendHeading(builder, 2, "Slowest unanswered mentions");
        MarkdownText.AppendParagraph(builder, ScorecardTables.SlowestIntro(card));
        MarkdownText.AppendParagraph(builder, ScorecardTables.PrivacyLine(card));
        if (card.Slowest.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "Every mention of the week was answered within the window.");
        }
        else
        {
            MarkdownText.AppendTable(builder, ScorecardTables.Slowest(card));
        }

        QualityMarkdown.AppendOverview(builder, QualityTables.Overview(card));

        MarkdownSections.AppendAbout(builder, result);
        MarkdownSections.AppendInputs(builder, result);
        MarkdownSections.AppendFindings(builder, result, new HashSet<string>(StringComparer.Ordinal) { card.Brand.Id });
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
