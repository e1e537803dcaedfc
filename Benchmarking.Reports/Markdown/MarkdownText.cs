using System.Text;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Reports.Markdown;

/// <summary>
/// Markdown building blocks (GitHub-flavoured): escaping of user text and pipe tables. Lines end with <c>\n</c> on every
/// platform so output is byte-identical everywhere.
/// </summary>
internal static class MarkdownText
{
    // ASCII punctuation (all backslash-escapable in CommonMark) that can open emphasis, code, links, raw HTML, entities,
    // headings, table cells, strikethrough or math anywhere in a line. '(' ')' '!' need no escape because '[' and ']'
    // are escaped; list markers ("- ", "+ ", "1. ") matter only at the start of a line and are handled there.
    private const string Significant = "\\`*_[]<>#|~&$";

    /// <summary>
    /// Escapes user text for use inside a line or table cell: markdown-significant characters get a backslash, line
    /// breaks and tabs become spaces, other control characters are dropped.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else if (Significant.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        // "- x", "+ x", "12. x" and "12) x" at the start of a line would open a list.
        var marker = 0;
        while (marker < builder.Length && char.IsAsciiDigit(builder[marker]))
        {
            marker++;
        }

        var isMarker = marker > 0
            ? marker < builder.Length && builder[marker] is '.' or ')'
            : builder.Length > 0 && builder[0] is '-' or '+';
        var afterMarker = marker + 1;
        if (isMarker && (afterMarker >= builder.Length || builder[afterMarker] == ' '))
        {
            builder.Insert(marker, '\\');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Appends <paramref name="table"/> as a pipe table, every cell escaped; writes <paramref name="emptyText"/> (or
    /// <c>_none_</c>) for no rows.
    /// </summary>
    public static void AppendTable(StringBuilder builder, TextTable table, string? emptyText = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count == 0)
        {
            builder.Append(emptyText is null ? "_none_" : Escape(emptyText)).Append("\n\n");
            return;
        }

        AppendRow(builder, table.Header);
        builder.Append('|');
        foreach (var right in table.RightAligned)
        {
            builder.Append(right ? " ---: |" : " --- |");
        }

        builder.Append('\n');
        foreach (var row in table.Rows)
        {
            AppendRow(builder, row);
        }

        builder.Append('\n');
    }

    /// <summary>Appends a heading line and a blank line; the heading text is escaped.</summary>
    public static void AppendHeading(StringBuilder builder, int level, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        builder.Append('#', level).Append(' ').Append(Escape(text)).Append("\n\n");
    }

    /// <summary>Appends a paragraph of escaped text and a blank line.</summary>
    public static void AppendParagraph(StringBuilder builder, string text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append(Escape(text)).Append("\n\n");
    }

    /// <summary>Appends a bullet list of escaped items and a blank line; nothing for no items.</summary>
    public static void AppendList(StringBuilder builder, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(items);
        var any = false;
        foreach (var item in items)
        {
            builder.Append("- ").Append(Escape(item)).Append('\n');
            any = true;
        }

        if (any)
        {
            builder.Append('\n');
        }
    }

    private static void AppendRow(StringBuilder builder, IReadOnlyList<string> cells)
    {
        builder.Append('|');
        foreach (var cell in cells)
        {
            var text = Escape(cell);
            builder.Append(' ').Append(text.Length == 0 ? " " : text).Append(" |");
        }

        builder.Append('\n');
    }
}
