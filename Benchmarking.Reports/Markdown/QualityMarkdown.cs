using System.Text;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Text;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The text-quality report as Markdown: the same sections as the HTML page (<see cref="QualityTables"/>).</summary>
internal static class QualityMarkdown
{
    /// <summary>Renders the report.</summary>
    /// <param name="quality">Per-brand text quality, in the order to print.</param>
    /// <param name="result">The run, for brand display names and the window; null to print brand ids.</param>
    /// <param name="customersShown">True when the examples carry real customer handles: the privacy note says so.</param>
    /// <param name="registry">The brand registry, for display names of brands the run does not know (or without a run).</param>
    public static string Render(IReadOnlyList<BrandQuality> quality, BenchmarkResult? result, bool customersShown = false, BrandRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(quality);
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, QualityTables.Title);
        MarkdownText.AppendParagraph(builder, QualityTables.Meta(result, customersShown));
        var sections = QualityTables.Sections(quality, result, registry);
        if (sections.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No brand has mentions or replies in this period.");
        }

        foreach (var section in sections)
        {
            MarkdownText.AppendHeading(builder, 2, section.Heading);
            MarkdownText.AppendList(builder, section.Summary);
            foreach (var block in section.Blocks)
            {
                MarkdownText.AppendHeading(builder, 3, block.Heading);
                foreach (var paragraph in block.Paragraphs)
                {
                    MarkdownText.AppendParagraph(builder, paragraph);
                }

                if (block.Table is not null)
                {
                    MarkdownText.AppendTable(builder, block.Table);
                }
            }
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Appends the "Care quality from the text" section of the comparison and scorecard reports.</summary>
    public static void AppendOverview(StringBuilder builder, QualityOverview overview)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(overview);
        MarkdownText.AppendHeading(builder, 2, QualityTables.OverviewTitle);
        foreach (var paragraph in overview.Paragraphs)
        {
            MarkdownText.AppendParagraph(builder, paragraph);
        }

        if (overview.Figures is not null)
        {
            MarkdownText.AppendTable(builder, overview.Figures);
        }

        foreach (var details in overview.Details)
        {
            MarkdownText.AppendHeading(builder, 3, details.Heading);
            foreach (var block in details.Blocks)
            {
                MarkdownText.AppendHeading(builder, 4, block.Heading);
                foreach (var paragraph in block.Paragraphs)
                {
                    MarkdownText.AppendParagraph(builder, paragraph);
                }

                if (block.Table is not null)
                {
                    MarkdownText.AppendTable(builder, block.Table);
                }
            }
        }
    }
}
