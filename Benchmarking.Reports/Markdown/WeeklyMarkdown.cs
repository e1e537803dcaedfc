using System.Text;
using Benchmarking.Engine.History;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>The weekly summary page of one week and the index of every week, as Markdown.</summary>
internal static class WeeklyMarkdown
{
    /// <summary>Renders one week's summary; <paramref name="leaderboards"/> are (industry, file base name) in the week folder.</summary>
    public static string Summary(WeekComparison comparison, IReadOnlyList<(string Industry, string BaseName)> leaderboards, IReadOnlyList<(string Brand, string BaseName)>? scorecards = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(leaderboards);
        var snapshot = comparison.Snapshot;
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, WeeklyText.SummaryTitle(snapshot.Week));
        MarkdownText.AppendParagraph(builder, WeeklyText.SummaryMeta(comparison));
        if (comparison.Note is { } note)
        {
            MarkdownText.AppendParagraph(builder, note);
        }

        foreach (var warning in WeeklyText.PartialData(snapshot))
        {
            MarkdownText.AppendParagraph(builder, warning);
        }

        builder.Append("[All weeks](../index.md)\n\n");
        MarkdownSections.AppendAnswer(builder, Answers.Weekly(comparison));
        MarkdownText.AppendHeading(builder, 2, "Every brand's week");
        MarkdownText.AppendParagraph(builder, WeeklyText.TableLegend);
        foreach (var industry in WeeklyTables.Industries(comparison))
        {
            MarkdownText.AppendHeading(builder, 3, industry);
            MarkdownText.AppendTable(builder, WeeklyTables.Brands(comparison, industry), "No brand in this industry is ranked this week.");
            var apart = WeeklyTables.Brands(comparison, industry, ranked: false);
            if (apart.Rows.Count > 0)
            {
                MarkdownText.AppendParagraph(builder, $"Not ranked (fewer than {ReportFormat.Count(snapshot.MinimumMentions)} mentions this week), whatever their score:");
                MarkdownText.AppendTable(builder, apart);
            }
        }

        MarkdownText.AppendHeading(builder, 2, "Rank movements");
        var moves = WeeklyTables.Movements(comparison);
        if (moves.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, comparison.Comparable ? "No ranked brand changed places." : "None: there is no comparable previous week.");
        }

        MarkdownText.AppendList(builder, moves);
        MarkdownText.AppendHeading(builder, 2, "Entering and leaving the ranking");
        var eligibility = WeeklyTables.EligibilityChanges(comparison);
        if (eligibility.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No brand entered or left the ranking.");
        }

        MarkdownText.AppendList(builder, eligibility);
        MarkdownText.AppendHeading(builder, 2, "Leaderboards");
        if (leaderboards.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No brand had mentions in this week.");
        }

        foreach (var (industry, baseName) in leaderboards)
        {
            builder.Append("- [").Append(MarkdownText.Escape(industry)).Append("](").Append(baseName).Append(".md)\n");
        }

        builder.Append('\n');
        if (scorecards is { Count: > 0 })
        {
            MarkdownText.AppendHeading(builder, 2, "Scorecards");
            foreach (var (brand, baseName) in scorecards)
            {
                builder.Append("- [").Append(MarkdownText.Escape(brand)).Append("](").Append(baseName).Append(".md)\n");
            }

            builder.Append('\n');
        }

        MarkdownText.AppendParagraph(builder, "Score trend charts are in the HTML version of this page (summary.html).");
        MarkdownText.AppendHeading(builder, 2, "Data window, methodology and rows");
        MarkdownText.AppendTable(builder, WeeklyTables.About(snapshot));
        return builder.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Renders the index of every stored week, latest first.</summary>
    public static string Index(IReadOnlyList<WeeklySnapshot> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var builder = new StringBuilder();
        MarkdownText.AppendHeading(builder, 1, WeeklyText.IndexTitle);
        MarkdownText.AppendParagraph(builder, WeeklyText.IndexIntro(history));
        var table = WeeklyTables.Index(history);
        if (table.Rows.Count == 0)
        {
            MarkdownText.AppendParagraph(builder, "No week has been computed yet: run carebench weekly.");
            return builder.ToString().TrimEnd('\n') + "\n";
        }

        // The week cell is a link (week names are generated, never user text); every other cell is escaped.
        var linked = table.Rows.Select(r => (IReadOnlyList<string>)[$"[{r[0]}]({r[0]}/{WeeklyTables.SummaryName}.md)", .. r.Skip(1).Select(MarkdownText.Escape)]).ToList();
        builder.Append("| ").Append(string.Join(" | ", table.Header.Select(MarkdownText.Escape))).Append(" |\n|");
        foreach (var right in table.RightAligned)
        {
            builder.Append(right ? " ---: |" : " --- |");
        }

        builder.Append('\n');
        foreach (var row in linked)
        {
            builder.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }

        builder.Append('\n');
        MarkdownText.AppendParagraph(builder, "Score trend charts per industry are in the HTML version of this page (index.html).");
        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
