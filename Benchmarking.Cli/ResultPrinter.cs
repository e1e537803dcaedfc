using Benchmarking.Engine.Findings;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
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
        Out.WriteLine($"{summary.File} ({summary.Format})");
        Out.WriteLine($"  {summary.AccountingLine}");
        Out.WriteLine($"  new {Formats.Count(summary.NewPosts)}, already stored {Formats.Count(summary.AlreadyStored)}");
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
            Out.WriteLine($"    row {Formats.Count(row.Row)} (line {Formats.Count(row.Line)}){column}: {row.Reason.Code()}{value}");
        }

        if (summary.RejectsFile is { } rejects)
        {
            Out.WriteLine($"  rejects file: {rejects}");
        }
    }

    /// <summary>What the figures cover: store, period, window and methodology.</summary>
    public void PrintHeader(BenchmarkResult result)
    {
        Out.WriteLine();
        Out.WriteLine($"Store {result.Store.Path}: {Formats.Count(result.Store.Posts)} posts ({Formats.Count(result.Store.BrandPosts)} by brands) from {Formats.Count(result.Store.Sources)} source file(s)");
        Out.WriteLine($"Period {Formats.Time(result.Window.FirstMention)} to {Formats.Time(result.Window.LastMention)}, as of {Formats.Time(result.Window.AsOf)}; answer window {Formats.Hours(result.MetricsOptions.AnswerWindow)}");
        Out.WriteLine($"Care score v{result.ScoreOptions.Version}: {result.ScoreOptions.WeightsText}; ranked with at least {Formats.Count(result.ScoreOptions.MinimumMentions)} mentions");
    }

    /// <summary>One industry: a ranked table and the brands without enough data on one line.</summary>
    public void PrintLeaderboard(Leaderboard board)
    {
        Out.WriteLine();
        Out.WriteLine($"{board.Industry}: {Formats.Count(board.Ranked.Count)} ranked, {Formats.Count(board.NotEnoughData.Count)} with not enough data");
        if (board.Ranked.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn(new TableColumn("Brand"));
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn(new TableColumn("Responsiveness").RightAligned());
            table.AddColumn(new TableColumn("Speed").RightAligned());
            table.AddColumn(new TableColumn("Consistency").RightAligned());
            table.AddColumn(new TableColumn("Mentions").RightAligned());
            table.AddColumn(new TableColumn("Response rate").RightAligned());
            table.AddColumn(new TableColumn("Median 1st response").RightAligned());
            foreach (var brand in board.Ranked)
            {
                table.AddRow(Cells(
                    brand.Rank is { } rank ? Formats.Count(rank) : Formats.None,
                    brand.Brand.Name,
                    Formats.Score(brand.Score.Total),
                    Component(brand, "responsiveness"),
                    Component(brand, "speed"),
                    Component(brand, "consistency"),
                    Formats.Count(brand.Metrics.Mentions),
                    Formats.Percent(brand.Metrics.ResponseRate),
                    Formats.Duration(brand.Metrics.FirstResponse.MedianSeconds)));
            }

            context.Console.Write(table);
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
            Out.WriteLine($"  {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}{brand}: {finding.Message}");
        }

        if (ordered.Count > MaxFindingsPrinted)
        {
            Out.WriteLine($"  … and {Formats.Count(ordered.Count - MaxFindingsPrinted)} more in the run summary report");
        }
    }

    /// <summary>The compared brands side by side, one column per brand.</summary>
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
        Row("Rank", b => b.Rank is { } rank
            ? $"{Formats.Count(rank)} of {Formats.Count(boards.TryGetValue(b.Brand.Industry, out var board) ? board.Ranked.Count : 0)}"
            : $"not ranked (< {Formats.Count(comparison.Result.ScoreOptions.MinimumMentions)} mentions)");
        Row("Care score", b => Formats.Score(b.Score.Total));
        Row("Responsiveness", b => Component(b, "responsiveness"));
        Row("Speed", b => Component(b, "speed"));
        Row("Consistency", b => Component(b, "consistency"));
        Row("Mentions", b => Formats.Count(b.Metrics.Mentions));
        Row("Answered", b => Formats.Count(b.Metrics.Answered));
        Row("Pending", b => Formats.Count(b.Metrics.Pending));
        Row("Response rate", b => Formats.Percent(b.Metrics.ResponseRate));
        Row("Median 1st response", b => Formats.Duration(b.Metrics.FirstResponse.MedianSeconds));
        Row("P25 / P75 1st response", b => $"{Formats.Duration(b.Metrics.FirstResponse.P25Seconds)} / {Formats.Duration(b.Metrics.FirstResponse.P75Seconds)}");
        Row("P90 1st response", b => Formats.Duration(b.Metrics.FirstResponse.P90Seconds));
        Row("Answered within 15 min", b => Formats.Percent(b.Metrics.Within15Min));
        Row("Answered within 1 h", b => Formats.Percent(b.Metrics.Within1Hour));
        Row("Answered within 24 h", b => Formats.Percent(b.Metrics.Within24Hours));
        Row("Replies before mention", b => Formats.Count(b.Metrics.RepliesBeforeMention));
        Out.WriteLine();
        context.Console.Write(table);
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

    private static string Component(RankedBrand brand, string id) =>
        Formats.Score(brand.Score.Components.FirstOrDefault(c => c.Id == id)?.Score);

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();
}
