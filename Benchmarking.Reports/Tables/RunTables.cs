using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>The run-level tables every report carries: data window and methodology, input accounting, store, findings.</summary>
internal static class RunTables
{
    /// <summary>Generated time, data window, methodology and answer window as label/value rows.</summary>
    public static TextTable About(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = result.MetricsOptions;
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["Generated", ReportFormat.Time(result.GeneratedAt)],
            ["First mention", ReportFormat.Time(result.Window.FirstMention)],
            ["Last mention", ReportFormat.Time(result.Window.LastMention)],
            ["Data as of", ReportFormat.Time(result.Window.AsOf)],
            ["Period", $"{(options.From is { } from ? ReportFormat.Time(from) : "start of data")} to {(options.To is { } to ? ReportFormat.Time(to) + " (exclusive)" : "end of data")}"],
            ["Methodology", $"v{result.ScoreOptions.Version}"],
            ["Normalisation", ReportText.NormalisationMeaning(result.ScoreOptions.Normalisation)],
            ["Weights", result.ScoreOptions.WeightsText],
            ["Clock", ReportText.ClockMeaning(result.ScoreOptions.Clock)],
            ["Bootstrap", ReportText.Bootstrap(result.ScoreOptions)],
            ["Statistical tie", result.ScoreOptions.BootstrapResamples <= 0
                ? "not assessed (bootstrap off)"
                : $"adjacent brands are tied unless the higher one scores higher in at least {ReportFormat.Percent(result.ScoreOptions.TieConfidence)} of replicates"],
            ["Answer window", ReportFormat.Duration(options.AnswerWindow)],
            ["Minimum mentions to be ranked", ReportFormat.Count(result.ScoreOptions.MinimumMentions)],
        ];
        return new TextTable(["Item", "Value"], rows, [false, false]);
    }

    /// <summary>Row accounting per ingested file.</summary>
    public static TextTable Ingests(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Ingests.Select(i => (IReadOnlyList<string>)
        [
            ReportFormat.FileName(i.File),
            i.Format,
            i.AccountingLine,
            ReportFormat.Count(i.NewPosts),
            ReportFormat.Count(i.AlreadyStored),
            RejectReasonsText(i),
            i.RejectsFile is { } rejects ? ReportFormat.FileName(rejects) : ReportFormat.Missing,
        ]).ToList();
        return new TextTable(
            ["File", "Format", "Accounting", "New", "Already stored", "Rejected by reason", "Rejects file"],
            rows,
            [false, false, false, true, true, false, false]);
    }

    /// <summary>What the store holds.</summary>
    public static TextTable Store(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var store = result.Store;
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["Store", ReportFormat.FileName(store.Path)],
            ["Posts", ReportFormat.Count(store.Posts)],
            ["Posts by brand handles", ReportFormat.Count(store.BrandPosts)],
            ["Input files", ReportFormat.Count(store.Sources)],
        ];
        return new TextTable(["Item", "Value"], rows, [false, false]);
    }

    /// <summary>
    /// The files in the store the figures come from, with the row accounting of their ingest: file, format, ingested,
    /// accounting line, new posts. Empty when the store's files were not read.
    /// </summary>
    public static TextTable StoreFiles(BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Store.Files.Select(f => (IReadOnlyList<string>)
        [
            ReportFormat.FileName(f.Path),
            f.Format,
            ReportFormat.Time(f.IngestedAt),
            $"read {ReportFormat.Count(f.Read)} = accepted {ReportFormat.Count(f.Accepted)} + rejected {ReportFormat.Count(f.Rejected)}",
            ReportFormat.Count(f.NewPosts),
        ]).ToList();
        return new TextTable(["File", "Format", "Ingested", "Accounting", "New posts"], rows, [false, false, false, false, true]);
    }

    /// <summary>Data-quality findings: severity, rule, brand, count, message; in the order the run reported them.</summary>
    /// <param name="result">The run.</param>
    /// <param name="brandIds">Only findings about these brands or about the whole data set; null for all.</param>
    public static TextTable Findings(BenchmarkResult result, IReadOnlyCollection<string>? brandIds = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Findings
            .Where(f => brandIds is null || f.BrandId is null || brandIds.Contains(f.BrandId))
            .Select(f => (IReadOnlyList<string>)
            [
                f.Severity.ToString(),
                f.RuleId,
                ReportText.FindingBrand(f.BrandId, result),
                ReportFormat.Count(f.Count),
                f.Message,
            ]).ToList();
        return new TextTable(["Severity", "Rule", "Brand", "Count", "Message"], rows, [false, false, false, true, false]);
    }

    private static string RejectReasonsText(IngestSummary ingest) =>
        ingest.RejectedByReason.Count == 0
            ? ReportFormat.Missing
            : string.Join(", ", ingest.RejectedByReason
                .OrderBy(r => r.Key.Code(), StringComparer.Ordinal)
                .Select(r => $"{r.Key.Code()} {ReportFormat.Count(r.Value)}"));
}
