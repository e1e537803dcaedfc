using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// The text content of an HTML report, for snapshots: the style sheet and the charts' SVG are dropped (charts are tested
/// on their data), each block element starts a line, table cells are separated by " | ", entities are decoded.
/// </summary>
internal static partial class HtmlText
{
    /// <summary>The HTML without the cells' <c>data-label</c> attributes (the stacked-card headings on narrow screens).</summary>
    public static string WithoutLabels(string html) => DataLabel().Replace(html, string.Empty);

    [GeneratedRegex(" data-label=\"[^\"]*\"")]
    private static partial Regex DataLabel();

    public static string Of(string html)
    {
        var text = StyleOrSvg().Replace(html, string.Empty);
        text = CellEnd().Replace(text, " | ");
        text = BlockBoundary().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = Spaces().Replace(line, " ").Trim().TrimEnd('|').TrimEnd();
            if (trimmed.Length > 0)
            {
                builder.Append(trimmed).Append('\n');
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<style\b.*?</style>|<svg\b.*?</svg>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrSvg();

    [GeneratedRegex(@"</t[hd]>", RegexOptions.IgnoreCase)]
    private static partial Regex CellEnd();

    [GeneratedRegex(@"<(?:/?(?:p|h[1-6]|li|ul|tr|table|thead|tbody|figure|figcaption|div|title|main)\b[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r]+")]
    private static partial Regex Spaces();
}
