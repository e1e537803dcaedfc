using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The comparison report as Markdown: summary sentences, headline table, methodology, inputs and findings.</summary>
internal static class ComparisonMarkdown
{
    /// <summary>Renders the report.</summary>
    public static string Render(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var result = comparison.Result;
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, ReportTitles.Comparison(comparison));
        MarkdownText.AppendParagraph(builder, $"Generated {ReportFormat.Time(result.GeneratedAt)}; methodology {ReportText.Methodology(result.ScoreOptions)}; answer window {ReportFormat.Duration(result.MetricsOptions.AnswerWindow)}.");

        MarkdownText.AppendHeading(builder, 2, "Summary");
        var sentences = ComparisonSummary.Sentences(comparison);
        if (sentences.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No metric separates these brands.");
        }
        else
        {
            MarkdownText.AppendList(builder, sentences);
        }

        MarkdownText.AppendHeading(builder, 2, "Headline figures");
        MarkdownText.AppendTable(builder, ComparisonTables.Headline(comparison));
        MarkdownText.AppendParagraph(builder, "The HTML report also charts the distribution of first-response times and the score components.");

        MarkdownSections.AppendAbout(builder, result);
        MarkdownSections.AppendInputs(builder, result);
        MarkdownSections.AppendFindings(builder, result, comparison.Brands.Select(b => b.Brand.Id).ToHashSet(StringComparer.Ordinal));
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
