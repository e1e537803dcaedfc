namespace Benchmarking.Reports.Output;

/// <summary>Prints written HTML reports to PDF next to them (<c>report.html</c> → <c>report.pdf</c>) with headless Chromium.</summary>
public static class PdfPrinter
{
    /// <summary>The element that marks a report made as one 16:9 slide; printed landscape.</summary>
    internal const string SlideMarker = "<div class=\"slide-frame\">";

    /// <summary>Tables with more columns than this are printed on landscape pages.</summary>
    internal const int PortraitColumns = 7;

    /// <summary>Prints every <c>.html</c> path among <paramref name="paths"/> with the installed browser; other paths are ignored.</summary>
    /// <param name="paths">Report paths as the writers return them.</param>
    /// <param name="paper">The paper size.</param>
    /// <param name="cancellationToken">Cancels between and during prints.</param>
    /// <returns>The PDF paths written, in input order.</returns>
    /// <exception cref="ChromiumNotFoundException">No browser is installed: nothing was printed.</exception>
    /// <exception cref="ChromiumException">A print failed or timed out.</exception>
    public static Task<IReadOnlyList<string>> PrintAsync(IReadOnlyList<string> paths, PaperSize paper = PaperSize.A4, CancellationToken cancellationToken = default) =>
        PrintAsync(paths, chromium: null, cancellationToken: cancellationToken, paper: paper);

    /// <summary>Prints every <c>.html</c> path among <paramref name="paths"/>; other paths are ignored.</summary>
    /// <param name="paths">Report paths as the writers return them.</param>
    /// <param name="chromium">The browser; null to find it (see <see cref="Chromium.Find()"/>).</param>
    /// <param name="timeout">Time allowed per report; null for <see cref="Chromium.DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels between and during prints.</param>
    /// <param name="paper">The paper size; A4 by default.</param>
    /// <returns>The PDF paths written, in input order.</returns>
    /// <exception cref="ChromiumNotFoundException">No browser is installed: nothing was printed.</exception>
    /// <exception cref="ChromiumException">A print failed or timed out.</exception>
    internal static async Task<IReadOnlyList<string>> PrintAsync(
        IReadOnlyList<string> paths, Chromium? chromium, TimeSpan? timeout = null, CancellationToken cancellationToken = default, PaperSize paper = PaperSize.A4)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var html = paths.Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToList();
        if (html.Count == 0)
        {
            return [];
        }

        chromium ??= Chromium.Require();
        var written = new List<string>(html.Count);
        foreach (var path in html)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pdf = Path.ChangeExtension(path, ".pdf");

            // The page set-up (paper, orientation, running header, page numbers) goes into a hidden copy beside the
            // report, so relative links still resolve and the published HTML stays free of print-only choices.
            var source = await File.ReadAllTextAsync(path, cancellationToken);
            var copy = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}.print.html");
            try
            {
                await File.WriteAllTextAsync(copy, WithPageSetup(source, paper), cancellationToken);
                await chromium.PrintToPdfAsync(copy, pdf, timeout ?? Chromium.DefaultTimeout, cancellationToken);
            }
            finally
            {
                File.Delete(copy);
            }

            written.Add(pdf);
        }

        return written;
    }

    /// <summary>
    /// The report with its print page set-up added before <c>&lt;/head&gt;</c>: the paper size, landscape when a table
    /// has more than <see cref="PortraitColumns"/> columns, the report title as a running header and "page n of m" at
    /// the foot (CSS page-margin boxes).
    /// </summary>
    internal static string WithPageSetup(string html, PaperSize paper)
    {
        ArgumentNullException.ThrowIfNull(html);
        // A slide (the executive summary) is landscape like the screen it was made for.
        var landscape = MaxColumns(html) > PortraitColumns || html.Contains(SlideMarker, StringComparison.Ordinal);
        var size = (paper == PaperSize.Letter ? "letter" : "A4") + (landscape ? " landscape" : string.Empty);
        var title = CssString(TitleOf(html));
        var style = "<style>@page { size: " + size + "; margin: 16mm 12mm 16mm 12mm; "
            + "@top-left { content: " + title + "; font: 8pt sans-serif; color: #555; } "
            + "@bottom-right { content: \"page \" counter(page) \" of \" counter(pages); font: 8pt sans-serif; color: #555; } }</style>\n";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? style + html : html.Insert(head, style);
    }

    /// <summary>The most header columns of any table in <paramref name="html"/> (count of <c>scope="col"</c> per header row).</summary>
    internal static int MaxColumns(string html) =>
        html.Split("<thead>", StringSplitOptions.None).Skip(1)
            .Select(part => part[..Math.Max(0, part.IndexOf("</thead>", StringComparison.Ordinal))])
            .Select(header => CountOf(header, "scope=\"col\""))
            .DefaultIfEmpty(0)
            .Max();

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string TitleOf(string html)
    {
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var end = html.IndexOf("</title>", StringComparison.OrdinalIgnoreCase);
        return start >= 0 && end > start ? System.Net.WebUtility.HtmlDecode(html[(start + 7)..end]) : "CareBench report";
    }

    /// <summary>A CSS string literal: quotes, backslashes and anything that could end the style element escaped as code points.</summary>
    private static string CssString(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                builder.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
