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
        Out.WriteLine(ControlCharacters.Escape($"{summary.File} ({summary.Format})"));
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
            Out.WriteLine(ControlCharacters.Escape($"  rejects file: {rejects}"));
        }
    }

    /// <summary>What the figures cover: store, period, window and methodology (version, normalisation, weights, bootstrap).</summary>
    public void PrintHeader(BenchmarkResult result)
    {
        var score = result.ScoreOptions;
        Out.WriteLine();
        Out.WriteLine($"Store {result.Store.Path}: {Formats.Count(result.Store.Posts)} posts ({Formats.Count(result.Store.BrandPosts)} by brands) from {Formats.Count(result.Store.Sources)} source file(s)");
        var asOfSource = result.MetricsOptions.AsOf is null ? "the latest stored post" : "as given";
        Out.WriteLine($"Period {Formats.Time(result.Window.FirstMention)} to {Formats.Time(result.Window.LastMention)}, as of {Formats.Time(result.Window.AsOf)} ({asOfSource}); answer window {Formats.Hours(result.MetricsOptions.AnswerWindow)}");
        Out.WriteLine($"Care score v{score.Version}, {ReportText.Normalisation(score.Normalisation)} normalisation, {ReportText.Clock(score.Clock)} clock: {score.WeightsText}; bootstrap {ReportText.Bootstrap(score)}; ranked with at least {Formats.Count(score.MinimumMentions)} mentions");
    }

    /// <summary>
    /// One industry: a ranked table (tie marks, rank ranges and intervals where computed, one column per score
    /// component), its legends, the Kaplan–Meier shares that differ from the naive ones, and the brands without enough
    /// data on one line.
    /// </summary>
    public void PrintLeaderboard(Leaderboard board)
    {
        Out.WriteLine();
        Out.WriteLine($"{board.Industry}: {Formats.Count(board.Ranked.Count)} ranked, {Formats.Count(board.NotEnoughData.Count)} with not enough data");
        if (board.Ranked.Count > 0)
        {
            var components = ReportText.Components(board.Ranked.Select(b => b.Score));
            var rankRange = board.Ranked.Any(b => b.Uncertainty is { RankLow: not null, RankHigh: not null });
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn("#").RightAligned());
            if (rankRange)
            {
                table.AddColumn(new TableColumn("95% rank").RightAligned());
            }

            table.AddColumn(new TableColumn("Brand"));
            table.AddColumn(new TableColumn("Score").RightAligned());
            foreach (var component in components)
            {
                table.AddColumn(new TableColumn(new Text(component.Name)).RightAligned());
            }

            table.AddColumn(new TableColumn("Mentions").RightAligned());
            table.AddColumn(new TableColumn("Response rate").RightAligned());
            table.AddColumn(new TableColumn("Median 1st response").RightAligned());
            foreach (var brand in board.Ranked)
            {
                table.AddRow(Cells(
                [
                    RankLabel(brand),
                    .. rankRange ? [RankRange(brand)] : Array.Empty<string>(),
                    brand.Brand.Name,
                    ScoreText(brand),
                    .. components.Select(c => Component(brand, c.Id)),
                    Formats.Count(brand.Metrics.Mentions),
                    RateText(brand),
                    MedianText(brand),
                ]));
            }

            context.Console.Write(table);
            PrintLegends(board.Ranked, survivalRows: false);
            foreach (var brand in board.Ranked)
            {
                var differing = ReportText.Shares
                    .Where(s => s.Survival(brand.Metrics) is not null
                        && Formats.Percent(s.Naive(brand.Metrics)) != Formats.Percent(s.Survival(brand.Metrics)))
                    .Select(s => $"{s.Label} {Formats.Percent(s.Naive(brand.Metrics))} (KM {Formats.Percent(s.Survival(brand.Metrics))})")
                    .ToList();
                if (differing.Count > 0)
                {
                    Out.WriteLine($"  {brand.Brand.Name} answered {string.Join(", ", differing)}");
                }
            }
        }

        if (board.NotEnoughData.Count > 0)
        {
            Out.WriteLine($"  not enough data (< {Formats.Count(board.MinimumMentions)} mentions): "
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
    /// The compared brands side by side, one column per brand (intervals where computed, one row per score component,
    /// Kaplan–Meier shares next to the naive ones), then the statistical tests and the score decomposition of each pair.
    /// </summary>
    public void PrintComparison(Comparison comparison)
    {
        var boards = comparison.Result.Leaderboards.ToDictionary(b => b.Industry, StringComparer.Ordinal);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(string.Empty));
        foreach (var brand in comparison.Brands)
        {
            table.AddColumn(new TableColumn(new Text(brand.Brand.Name)).RightAligned());
        }

        void Row(string label, Func<RankedBrand, string> value) =>
            table.AddRow(Cells([label, .. comparison.Brands.Select(value)]));

        Row("Industry", b => b.Brand.Industry);
        Row("Rank", b => b.Rank is not null
            ? $"{RankLabel(b)} of {Formats.Count(boards.TryGetValue(b.Brand.Industry, out var board) ? board.Ranked.Count : 0)}"
            : $"not ranked (< {Formats.Count(comparison.Result.ScoreOptions.MinimumMentions)} mentions)");
        if (comparison.Brands.Any(b => b.Uncertainty is { RankLow: not null, RankHigh: not null }))
        {
            Row("95% rank range", RankRange);
        }

        Row("Care score", ScoreText);
        foreach (var component in ReportText.Components(comparison.Brands.Select(b => b.Score)))
        {
            Row(component.Name, b => Component(b, component.Id));
        }

        Row("Mentions", b => Formats.Count(b.Metrics.Mentions));
        Row("Answered", b => Formats.Count(b.Metrics.Answered));
        Row("Pending", b => Formats.Count(b.Metrics.Pending));
        Row("Response rate", RateText);
        Row("Median 1st response", MedianText);
        Row("P25 / P75 1st response", b => $"{Formats.Duration(b.Metrics.FirstResponse.P25Seconds)} / {Formats.Duration(b.Metrics.FirstResponse.P75Seconds)}");
        Row("P90 1st response", b => Formats.Duration(b.Metrics.FirstResponse.P90Seconds));
        var survival = comparison.Brands.Any(b => b.Metrics.Survival is not null);
        foreach (var share in ReportText.Shares)
        {
            Row("Answered " + share.Label, b => Formats.Percent(share.Naive(b.Metrics)));
            if (survival)
            {
                Row("  Kaplan–Meier", b => Formats.Percent(share.Survival(b.Metrics)));
            }
        }

        Row("Replies before mention", b => Formats.Count(b.Metrics.RepliesBeforeMention));
        Out.WriteLine();
        context.Console.Write(table);
        PrintLegends(comparison.Brands, survivalRows: survival);

        foreach (var pair in comparison.Pairs ?? [])
        {
            Out.WriteLine();
            Out.WriteLine($"Statistical tests, {PairTables.Title(comparison, pair)} (two-sided, 5% level):");
            Write(PairTables.Tests(comparison, pair));
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
            var range = b.Uncertainty is { RankLow: not null, RankHigh: not null } ? $" (95% range {RankRange(b)})" : string.Empty;
            return $"rank {RankLabel(b)}{of} in {b.Brand.Industry}{range}";
        }

        Out.WriteLine();
        Out.WriteLine($"Why the scores differ, {PairTables.Title(explanation)}:");
        foreach (var brand in new[] { explanation.A, explanation.B })
        {
            Out.WriteLine($"  {brand.Brand.Name}: care score {ScoreText(brand)}, {Standing(brand)}");
        }

        Write(PairTables.Explanation(explanation));
        Out.WriteLine(explanation.Summary);
        var (a, b) = (explanation.A, explanation.B);
        if (a.TieGroup is { } group && b.TieGroup == group && string.Equals(a.Brand.Industry, b.Brand.Industry, StringComparison.Ordinal))
        {
            Out.WriteLine($"{a.Brand.Name} and {b.Brand.Name} are statistically tied: their order is not supported by the data.");
        }
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
            Out.WriteLine($"  {path}");
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
            Out.WriteLine($"  {path}");
        }
    }

    /// <summary>A weekly scorecard: the week, why the rank and score moved, and the side-by-side figures.</summary>
    public void PrintScorecard(Scorecard card)
    {
        Out.WriteLine();
        Out.WriteLine(ScorecardTables.Title(card));
        Out.WriteLine($"  {ScorecardTables.WeekLine(card)}");
        foreach (var sentence in card.Movement.Summary)
        {
            Out.WriteLine($"  {sentence}");
        }

        var headline = ScorecardTables.Headline(card);
        var table = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < headline.Header.Count; c++)
        {
            var column = new TableColumn(new Text(headline.Header[c]));
            table.AddColumn(headline.RightAligned[c] ? column.RightAligned() : column);
        }

        foreach (var row in headline.Rows)
        {
            table.AddRow(Cells([.. row]));
        }

        context.Console.Write(table);
        Out.WriteLine($"  {Formats.Count(card.Slowest.Count)} slowest unanswered mention(s) of the week are listed in the report ({(card.CustomersShown ? "real customer handles" : "customers pseudonymised")}).");
    }

    private void PrintLegends(IReadOnlyList<RankedBrand> brands, bool survivalRows)
    {
        if (brands.Any(b => b.Uncertainty is not null))
        {
            Out.WriteLine($"  In brackets: 95% bootstrap intervals. 95% rank: the best and worst rank in the middle 95% of replicates.");
        }

        if (brands.Any(b => b.TieGroup is not null))
        {
            Out.WriteLine("  " + ReportText.TieLegend);
        }

        if (survivalRows || ReportText.AnySurvivalDiffers(brands))
        {
            Out.WriteLine("  " + ReportText.SurvivalLegend);
        }
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

    private static string RankLabel(RankedBrand brand) =>
        brand.Rank is { } rank ? (brand.TieGroup is null ? string.Empty : ReportText.TieMark) + Formats.Count(rank) : Formats.None;

    private static string RankRange(RankedBrand brand) =>
        brand.Uncertainty is { RankLow: { } low, RankHigh: { } high } ? (low == high ? Formats.Count(low) : $"{Formats.Count(low)}–{Formats.Count(high)}") : Formats.None;

    private static string ScoreText(RankedBrand brand) =>
        WithInterval(brand.Score.Total, brand.Uncertainty?.Score, Formats.Score);

    private static string RateText(RankedBrand brand) =>
        WithInterval(brand.Metrics.ResponseRate, brand.Uncertainty?.ResponseRate, Formats.Percent);

    private static string MedianText(RankedBrand brand) =>
        WithInterval(brand.Metrics.FirstResponse.MedianSeconds, brand.Uncertainty?.MedianSeconds, Formats.Duration);

    private static string WithInterval(double? value, ConfidenceInterval? interval, Func<double?, string> format) =>
        value is null || interval is null ? format(value) : ReportFormat.WithInterval(value, interval, format);

    private static string Component(RankedBrand brand, string id) =>
        Formats.Score(brand.Score.Components.FirstOrDefault(c => c.Id == id)?.Score);

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();
}
