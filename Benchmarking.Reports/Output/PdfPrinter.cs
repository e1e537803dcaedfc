namespace Benchmarking.Reports.Output;

/// <summary>Prints written HTML reports to PDF next to them (<c>report.html</c> → <c>report.pdf</c>) with headless Chromium.</summary>
internal static class PdfPrinter
{
    /// <summary>Prints every <c>.html</c> path among <paramref name="paths"/>; other paths are ignored.</summary>
    /// <param name="paths">Report paths as the writers return them.</param>
    /// <param name="chromium">The browser; null to find it (see <see cref="Chromium.Find()"/>).</param>
    /// <param name="timeout">Time allowed per report; null for <see cref="Chromium.DefaultTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels between and during prints.</param>
    /// <returns>The PDF paths written, in input order.</returns>
    /// <exception cref="ChromiumNotFoundException">No browser is installed: nothing was printed.</exception>
    /// <exception cref="ChromiumException">A print failed or timed out.</exception>
    public static async Task<IReadOnlyList<string>> PrintAsync(
        IReadOnlyList<string> paths, Chromium? chromium = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
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
            await chromium.PrintToPdfAsync(path, pdf, timeout ?? Chromium.DefaultTimeout, cancellationToken);
            written.Add(pdf);
        }

        return written;
    }
}
