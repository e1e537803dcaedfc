using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>
/// The comparison report as Markdown: the answer first, then the statistical tests and the score decomposition per pair,
/// the headline table, the weekly trend, care quality from the text, methodology, inputs and findings.
/// </summary>
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

        MarkdownSections.AppendAnswer(builder, Answers.Comparison(comparison));
        MarkdownText.AppendHeading(builder, 2, "Statistical tests");
        if (comparison.Pairs is not { Count: > 0 } pairs)
        {
            MarkdownText.AppendParagraph(builder, PairTables.NotComputed);
        }
        else
        {
            MarkdownText.AppendParagraph(builder, PairTables.TestsIntro);
            foreach (var pair in pairs)
            {
                MarkdownText.AppendHeading(builder, 3, PairTables.Title(comparison, pair));
                MarkdownText.AppendTable(builder, PairTables.Tests(comparison, pair));
                MarkdownText.AppendList(builder, pair.Verdicts);
            }
        }

        MarkdownText.AppendHeading(builder, 2, "Why the scores differ");
        if (comparison.Explanations is not { Count: > 0 } explanations)
        {
            MarkdownText.AppendParagraph(builder, PairTables.NotComputed);
        }
        else
        {
            MarkdownText.AppendParagraph(builder, PairTables.ExplanationIntro);
            foreach (var explanation in explanations)
            {
                MarkdownText.AppendHeading(builder, 3, PairTables.Title(explanation));
                MarkdownText.AppendTable(builder, PairTables.Explanation(explanation));
                MarkdownText.AppendParagraph(builder, PairTables.Conclusion(explanation));
            }
        }

        MarkdownText.AppendHeading(builder, 2, "Headline figures");
        MarkdownText.AppendTable(builder, ComparisonTables.Headline(comparison));
        foreach (var legend in ComparisonTables.Legends(comparison))
        {
            MarkdownText.AppendParagraph(builder, legend);
        }

        if (comparison.Weekly.Count > 0)
        {
            MarkdownText.AppendHeading(builder, 2, "Weekly trend");
            MarkdownText.AppendParagraph(builder, Charts.ComparisonCharts.TrendSpan(comparison) + " Weeks without mentions of any compared brand are left out.");
            MarkdownText.AppendTable(builder, ComparisonTables.Weekly(comparison));
            MarkdownText.AppendParagraph(builder, Charts.WeeklyTrendChart.TableNote);
            if (comparison.IndustryWeekly.Count > 0)
            {
                MarkdownText.AppendHeading(builder, 3, "Mention volume and share of voice");
                MarkdownText.AppendTable(builder, ComparisonTables.Volume(comparison));
                MarkdownText.AppendParagraph(builder, Charts.ShareOfVoice.Legend);
            }

            if (Charts.SentimentMix.Available(comparison))
            {
                MarkdownText.AppendHeading(builder, 3, "Sentiment mix");
                MarkdownText.AppendTable(builder, ComparisonTables.SentimentMix(comparison));
                MarkdownText.AppendParagraph(builder, Charts.SentimentMix.Legend);
                foreach (var change in comparison.Brands.Select(b => Charts.SentimentMix.Change(comparison, b)).OfType<string>())
                {
                    MarkdownText.AppendParagraph(builder, change);
                }
            }
        }

        MarkdownText.AppendParagraph(builder, comparison.Activity.Count > 0
            ? "The HTML report also charts the distribution of first-response times, the score components, the weekly trend and, per brand, mentions and median first response by hour of day and weekday."
            : "The HTML report also charts the distribution of first-response times and the score components.");

        QualityMarkdown.AppendOverview(builder, QualityTables.Overview(comparison));

        MarkdownSections.AppendAbout(builder, result);
        MarkdownSections.AppendInputs(builder, result);
        MarkdownSections.AppendFindings(builder, result, comparison.Brands.Select(b => b.Brand.Id).ToHashSet(StringComparer.Ordinal));
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
