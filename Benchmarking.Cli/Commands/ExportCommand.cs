using System.CommandLine;
using Benchmarking.Reports.Exports;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench export</c>: evaluate the store and write per-brand metrics, rankings and per-mention facts as CSV, JSON,
/// Parquet and Arrow under <c>&lt;out&gt;/export/</c> (see <c>docs/exports.md</c>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var formats = new Option<string>("--format")
        {
            Description = "Comma-separated formats to write: csv, json, parquet, arrow.",
            DefaultValueFactory = _ => "csv,json,parquet,arrow",
            HelpName = "list",
        };
        var tables = new Option<string>("--tables")
        {
            Description = "Comma-separated tables to write: brands (metrics and scores), rankings, mentions (one row per mention).",
            DefaultValueFactory = _ => "brands,rankings,mentions",
            HelpName = "list",
        };
        var command = new Command("export", "Write per-brand metrics, rankings and per-mention facts as CSV, JSON, Parquet and Arrow files under <out>/export/; customers are pseudonymised.")
        {
            formats,
            tables,
            options.ShowCustomers,
            options.PseudonymKey,
        };
        foreach (var option in options.EvaluationOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var exportOptions = new ExportOptions
            {
                Formats = CommonOptions.ParseList<ExportFormat>(parse.GetValue(formats)!, "--format"),
                Tables = CommonOptions.ParseList<ExportTableKind>(parse.GetValue(tables)!, "--tables"),
                ShowCustomers = parse.GetValue(options.ShowCustomers),
                PseudonymKey = options.PseudonymKeyValue(parse),
            };
            if (exportOptions.Validate() is { Count: > 0 } problems)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var registry = options.LoadRegistry(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var outDirectory = options.OutDirectory(parse, context);
            OutputFolder.EnsureWritable(outDirectory);

            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var result = benchmark.Evaluate(metricsOptions, scoreOptions);
            var printer = new ResultPrinter(context);
            printer.PrintHeader(result);
            var paths = DataExporter.Write(result, benchmark.MentionFacts(), outDirectory, exportOptions, context.CancellationToken);
            printer.PrintReports(paths);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
