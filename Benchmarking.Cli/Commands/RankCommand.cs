using System.CommandLine;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench rank [--industry x]</c>: rank from the store, print and write the leaderboards.</summary>
internal static class RankCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var industry = new Option<string?>("--industry")
        {
            Description = "Industry to rank, as listed by 'carebench brands' (e.g. airlines). Default: every industry with mentions.",
            HelpName = "name",
        };
        var command = new Command("rank", "Rank brands within their industry from the data already in the store; print and write the leaderboards (HTML and Markdown).")
        {
            industry,
        };
        foreach (var option in options.EvaluationOptions)
        {
            command.Add(option);
        }

        command.Add(options.Pdf);
        command.Add(options.Paper);
        command.Add(options.Data);
        command.Add(options.Charts);

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var wanted = parse.GetValue(industry) is { } name ? Industries.Resolve(registry, name) : null;
            var outDirectory = options.OutDirectory(parse, context);
            OutputFolder.EnsureWritable(outDirectory);
            var dataFormats = options.DataFormats(parse);
            var chartFormats = options.ChartFormats(parse);

            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var result = benchmark.Evaluate(metricsOptions, scoreOptions);
            var boards = result.Leaderboards.Where(b => wanted is null || b.Industry == wanted).ToList();
            var printer = new ResultPrinter(context);
            printer.PrintHeader(result);
            if (boards.Count == 0)
            {
                context.Out.WriteLine(wanted is null
                    ? "No brand in the registry has mentions in the period: nothing to rank."
                    : $"No {wanted} brand has mentions in the period: nothing to rank.");
            }

            var paths = new List<string>();
            printer.PrintLeaderboards(result, boards, always: wanted is not null);
            foreach (var board in boards)
            {
                paths.AddRange(Reporting.WriteLeaderboard(result, board, outDirectory, context.CancellationToken, chartFormats));
            }

            var rankedResult = wanted is null ? result : result with { Leaderboards = boards };
            paths.AddRange(Reporting.WriteData(rankedResult, dataFormats, outDirectory, context.CancellationToken));
            printer.PrintReports(paths);
            if (parse.GetValue(options.Pdf))
            {
                printer.PrintPdfs(Reporting.PrintPdf(paths, context.CancellationToken, parse.GetValue(options.Paper)));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
