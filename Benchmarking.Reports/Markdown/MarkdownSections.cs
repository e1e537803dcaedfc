using System.Text;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The run-level sections every Markdown report ends with.</summary>
internal static class MarkdownSections
{
    /// <summary>The answer block: its lead in bold, then its points as a list.</summary>
    public static void AppendAnswer(StringBuilder builder, AnswerBlock answer)
    {
        MarkdownText.AppendHeading(builder, 2, "Answer");
        builder.Append("**").Append(MarkdownText.Escape(answer.Lead)).Append("**\n\n");
        if (answer.Points.Count > 0)
        {
            MarkdownText.AppendList(builder, answer.Points);
        }
    }

    /// <summary>Data window and methodology.</summary>
    public static void AppendAbout(StringBuilder builder, BenchmarkResult result)
    {
        MarkdownText.AppendHeading(builder, 2, "Data window and methodology");
        MarkdownText.AppendTable(builder, RunTables.About(result));
    }

    /// <summary>Input accounting and store totals.</summary>
    public static void AppendInputs(StringBuilder builder, BenchmarkResult result)
    {
        MarkdownText.AppendHeading(builder, 2, "Input files");
        MarkdownText.AppendTable(builder, RunTables.Ingests(result));
        MarkdownText.AppendHeading(builder, 2, "Store");
        MarkdownText.AppendTable(builder, RunTables.Store(result));
        if (result.Store.Files.Count > 0)
        {
            MarkdownText.AppendHeading(builder, 3, "Files in the store");
            MarkdownText.AppendParagraph(builder, "Every file the figures come from, with the row accounting of its ingest; rejected rows are listed in that ingest's rejects file.");
            MarkdownText.AppendTable(builder, RunTables.StoreFiles(result));
        }
    }

    /// <summary>Data-quality findings, optionally only those about some brands (plus the data-set-wide ones).</summary>
    public static void AppendFindings(StringBuilder builder, BenchmarkResult result, IReadOnlyCollection<string>? brandIds)
    {
        MarkdownText.AppendHeading(builder, 2, "Data-quality findings");
        if (brandIds is not null)
        {
            MarkdownText.AppendParagraph(builder, "Findings about the brands in this report and about the whole data set.");
        }

        MarkdownText.AppendTable(builder, RunTables.Findings(result, brandIds));
    }
}
