using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;
using Benchmarking.Reports.Tables;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Benchmarking.Cli;

/// <summary>
/// Prints engine results. Plain lines go straight to <see cref="CliContext.Out"/> (never wrapped, never parsed as
/// markup); tables go through Spectre.Console with every cell a <see cref="Text"/>, so user text containing <c>[</c> is
/// printed as is. Nothing printed here contains post text.
/// </summary>
internal sealed class ResultPrinter(CliContext context)
{
    private const int MaxFindingsPrinted = 10;

    private TextWriter Out => context.Out;

    /// <summary>The accounting of one ingested file.</summary>
    public void PrintIngest(IngestSummary summary)
    {
        Out.WriteLine(ControlCharacters.Escape($"{context.Shown(summary.File)} ({summary.Format})"));
        Out.WriteLine($"  {summary.AccountingLine}");
        Out.WriteLine(summary.Edited == 0
            ? $"  new {Formats.Count(summary.NewPosts)}, already stored {Formats.Count(summary.AlreadyStored)}"
            : $"  new {Formats.Count(summary.NewPosts)}, already stored {Formats.Count(summary.AlreadyStored)}, edited {Formats.Count(summary.Edited)} (a later version replaced the stored text)");
        foreach (var warning in summary.Warnings)
        {
            Out.WriteLine(ControlCharacters.Escape($"  warning: {warning}"));
        }

        if (summary.Rejected == 0)
        {
            return;
        }

        foreach (var (reason, count) in summary.RejectedByReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Code(), StringComparer.Ordinal))
        {
            Out.WriteLine($"  rejected {reason.Code()}: {Formats.Count(count)} ({reason.Fix()})");
        }

        foreach (var row in summary.FirstRejects)
        {
            var column = row.Column.Length > 0 ? $", column '{row.Column}'" : string.Empty;
            var value = row.Value.Length > 0 ? $" (value '{row.Value}')" : string.Empty;
            var lines = row.Lines > 1 ? $"lines {Formats.Count(row.Line)}-{Formats.Count(row.Line + row.Lines - 1)}" : $"line {Formats.Count(row.Line)}";
            Out.WriteLine(ControlCharacters.Escape($"    row {Formats.Count(row.Row)} ({lines}){column}: {row.Reason.Code()}{value}"));
        }

        if (summary.RejectsFile is { } rejects)
        {
            Out.WriteLine(ControlCharacters.Escape($"  rejects file: {context.Shown(rejects)}"));
        }
    }

    /// <summary>What the figures cover: store, period, window and methodology (version, normalisation, weights, bootstrap).</summary>
    public void PrintHeader(BenchmarkResult result)
    {
        var score = result.ScoreOptions;
        Out.WriteLine();
        Out.WriteLine($"Store {context.Shown(result.Store.Path)}: {Formats.Count(result.Store.Posts)} posts ({Formats.Count(result.Store.BrandPosts)} by brands) from {Formats.Count(result.Store.Sources)} source file(s)");
        var asOfSource = result.MetricsOptions.AsOf is null ? "the latest stored post" : "as given";
        Out.WriteLine($"Period {Formats.Time(result.Window.FirstMention)} to {Formats.Time(result.Window.LastMention)}, as of {Formats.Time(result.Window.AsOf)} ({asOfSource}); answer window {Formats.Hours(result.MetricsOptions.AnswerWindow)}");
        Out.WriteLine($"Care score v{score.Version}, {ReportTables.Normalisation(score.Normalisation)} normalisation, {ReportTables.Clock(score.Clock)} clock: {score.WeightsText}; bootstrap {ReportTables.Bootstrap(score)}; ranked with at least {Formats.Count(score.MinimumMentions)} mentions");
    }

    /// <summary>
    /// The leaderboards worth a table: industries with at least two ranked brands, each with its answer and headline
    /// table (<see cref="PrintLeaderboard"/>); the other industries are summarised in one line, since a one-brand
    /// "leaderboard" names no leader. An industry asked for by name (<paramref name="always"/>) is printed in full.
    /// </summary>
    public void PrintLeaderboards(BenchmarkResult result, IReadOnlyList<Leaderboard> boards, bool always = false)
    {
        var rest = new List<Leaderboard>();
        foreach (var board in boards)
        {
            if (always || board.Ranked.Count >= 2)
            {
                PrintLeaderboard(result, board);
            }
            else
            {
                rest.Add(board);
            }
        }

        if (rest.Count > 0)
        {
            Out.WriteLine();
            Out.WriteLine($"Fewer than two ranked brands (no leaderboard printed; see the reports): "
                + string.Join("; ", rest.Select(b => $"{b.Industry} ({Formats.Count(b.Ranked.Count)} ranked, {Formats.Count(b.NotEnoughData.Count)} not ranked)")) + ".");
        }
    }

    /// <summary>
    /// One industry: its answer (who leads and whether that is supported), the headline table of the reports (rank,
    /// brand, score, response rate, median, mentions, rank range), its legends, and the brands without enough data on
    /// one line. The components are in the reports.
    /// </summary>
    public void PrintLeaderboard(BenchmarkResult result, Leaderboard board)
    {
        Out.WriteLine();
        Out.WriteLine($"{board.Industry}: {Formats.Count(board.Ranked.Count)} ranked, {Formats.Count(board.NotEnoughData.Count)} with not enough data");
        Out.WriteLine($"  {ReportTables.LeaderboardAnswer(board, result.ScoreOptions).Lead}");
        if (board.Ranked.Count > 0)
        {
            Write(ReportTables.Leaderboard(board));
            foreach (var legend in ReportTables.LeaderboardLegends(result, board, components: false))
            {
                Out.WriteLine("  " + legend);
            }
        }

        if (board.NotEnoughData.Count > 0)
        {
            Out.WriteLine($"  not ranked, not enough data (< {Formats.Count(board.MinimumMentions)} mentions): "
                + string.Join(", ", board.NotEnoughData.Select(b => $"{b.Brand.Name} {Formats.Count(b.Metrics.Mentions)}")));
        }
    }

    /// <summary>Counts of findings by severity and the most severe few; the reports list them all.</summary>
    public void PrintFindings(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var ordered = findings
            .OrderByDescending(f => f.Severity)
            .ThenByDescending(f => f.Count)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.BrandId, StringComparer.Ordinal)
            .ToList();
        var counts = string.Join(", ", findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key)
            .Select(g => $"{Formats.Count(g.Count())} {g.Key.ToString().ToLowerInvariant()}"));
        Out.WriteLine();
        Out.WriteLine($"Data-quality findings: {counts}");
        foreach (var finding in ordered.Take(MaxFindingsPrinted))
        {
            var brand = finding.BrandId is null ? string.Empty : $" [{finding.BrandId}]";
            // Findings can quote handles from the data (e.g. an unregistered brand handle): never let them drive the terminal.
            Out.WriteLine(ControlCharacters.Escape($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}{brand}: {finding.Message}"));
        }

        if (ordered.Count > MaxFindingsPrinted)
        {
            Out.WriteLine($"  … and {Formats.Count(ordered.Count - MaxFindingsPrinted)} more in the run summary report");
        }
    }

    /// <summary>
    /// The comparison's answer first (who leads, by how much, whether supported, the drivers and each headline figure
    /// with its test), then the headline table of the report, the statistical tests and the score decomposition of each pair.
    /// </summary>
    public void PrintComparison(Comparison comparison)
    {
        var answer = ReportTables.ComparisonAnswer(comparison);
        Out.WriteLine();
        Out.WriteLine(answer.Lead);
        foreach (var point in answer.Points)
        {
            Out.WriteLine($"  - {point}");
        }

        Out.WriteLine();
        Write(ReportTables.ComparisonHeadline(comparison));
        foreach (var legend in ReportTables.ComparisonLegends(comparison))
        {
            Out.WriteLine("  " + legend);
        }

        foreach (var pair in comparison.Pairs ?? [])
        {
            Out.WriteLine();
            Out.WriteLine($"Statistical tests, {ReportTables.PairTitle(comparison, pair)} (two-sided, 5% level):");
            Write(ReportTables.PairTests(comparison, pair));
            foreach (var verdict in pair.Verdicts)
            {
                Out.WriteLine($"  - {verdict}");
            }
        }

        foreach (var explanation in comparison.Explanations ?? [])
        {
            PrintExplanation(explanation, comparison.Result);
        }
    }

    /// <summary>
    /// Why one brand's score differs from another's: both scores with intervals and ranks, the contribution of every
    /// component (weight × difference of component scores), and the summary sentence.
    /// </summary>
    public void PrintExplanation(ScoreExplanation explanation, BenchmarkResult result)
    {
        var boards = result.Leaderboards.ToDictionary(b => b.Industry, StringComparer.Ordinal);
        string Standing(RankedBrand b)
        {
            if (b.Rank is null)
            {
                return $"not ranked in {b.Brand.Industry}";
            }

            var of = boards.TryGetValue(b.Brand.Industry, out var board) ? $" of {Formats.Count(board.Ranked.Count)}" : string.Empty;
            var range = b.Uncertainty is { RankLow: not null, RankHigh: not null } ? $" (95% range {ReportTables.RankRange(b)})" : string.Empty;
            return $"rank {ReportTables.RankLabel(b)}{of} in {b.Brand.Industry}{range}";
        }

        Out.WriteLine();
        Out.WriteLine($"Why the scores differ, {ReportTables.ExplanationTitle(explanation)}:");
        foreach (var brand in new[] { explanation.A, explanation.B })
        {
            Out.WriteLine($"  {brand.Brand.Name}: care score {ReportTables.Score(brand)}, {Standing(brand)}");
        }

        Write(ReportTables.Explanation(explanation));
        Out.WriteLine(ReportTables.ExplanationConclusion(explanation));
    }

    /// <summary>The report files written, or that none were.</summary>
    public void PrintReports(IReadOnlyList<string> paths)
    {
        Out.WriteLine();
        if (paths.Count == 0)
        {
            Out.WriteLine("Reports: none written.");
            return;
        }

        Out.WriteLine("Reports:");
        foreach (var path in paths)
        {
            Out.WriteLine($"  {context.Shown(path)}");
        }
    }

    /// <summary>The PDFs printed from the HTML reports.</summary>
    public void PrintPdfs(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }

        Out.WriteLine("PDF:");
        foreach (var path in paths)
        {
            Out.WriteLine($"  {context.Shown(path)}");
        }
    }

    /// <summary>A weekly scorecard: the week, why the rank and score moved, and the side-by-side figures.</summary>
    public void PrintScorecard(Scorecard card)
    {
        Out.WriteLine();
        Out.WriteLine(ReportTables.ScorecardTitle(card));
        Out.WriteLine($"  {ReportTables.ScorecardWeekLine(card)}");
        foreach (var sentence in card.Movement.Summary)
        {
            Out.WriteLine($"  {sentence}");
        }

        Write(ReportTables.ScorecardHeadline(card));
        Out.WriteLine($"  {Formats.Count(card.Slowest.Count)} slowest unanswered {(card.Slowest.Count == 1 ? "mention" : "mentions")} of the week {(card.Slowest.Count == 1 ? "is" : "are")} listed in the report ({(card.CustomersShown ? "real customer handles" : "customers pseudonymised")}).");
    }

    /// <summary>A report table on the console: the same cells as in the reports, every cell plain text.</summary>
    private void Write(TextTable source)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < source.Header.Count; c++)
        {
            var column = new TableColumn(new Text(source.Header[c]));
            table.AddColumn(source.RightAligned[c] ? column.RightAligned() : column);
        }

        foreach (var row in source.Rows)
        {
            table.AddRow(Cells([.. row]));
        }

        context.Console.Write(table);
    }

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();
}
