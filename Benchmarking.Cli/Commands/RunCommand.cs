using System.CommandLine;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench run [files...]</c>: ingest, evaluate, print the rankings and write every report.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var files = new Argument<string[]>("files")
        {
            Description = $"TWCS-format CSV files to ingest before ranking. Without files, the shipped sample {Ingestion.SampleFile} is ingested into a new store; an existing store is ranked as it is, never mixed with the sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("run", "Ingest files, then rank every industry and write the run summary and leaderboard reports. The main job.")
        {
            files,
            options.Encoding,
        };
        foreach (var option in options.EvaluationOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var ingestOptions = options.IngestOptions(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var given = parse.GetValue(files) ?? [];
            var storePath = options.StorePath(parse, context);
            var storeExists = CareStores.IsClickHouse(storePath) || File.Exists(storePath);
            IReadOnlyList<string> inputs = given.Length > 0 ? Ingestion.ResolveInputs(context, given) : storeExists ? [] : [Ingestion.Sample(context)];
            var outDirectory = options.OutDirectory(parse, context);
            OutputFolder.EnsureWritable(outDirectory);

            using var benchmark = CommandRunner.OpenBenchmark(context, storePath, registry, mustExist: false);
            if (inputs.Count == 0)
            {
                context.Out.WriteLine($"No files given: ranking the data already in {context.Shown(benchmark.StorePath)} (the shipped sample is ingested only into a new store).");
            }

            var ingests = inputs.Count > 0 ? Ingestion.IngestAll(context, benchmark, inputs, ingestOptions) : [];
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var result = benchmark.Evaluate(metricsOptions, scoreOptions, ingests);

            var printer = new ResultPrinter(context);
            printer.PrintHeader(result);
            if (result.Leaderboards.Count == 0)
            {
                context.Out.WriteLine("No brand in the registry has mentions in the period: nothing to rank.");
            }

            printer.PrintLeaderboards(result, result.Leaderboards);

            printer.PrintFindings(result.Findings);
            // The run summary writes every industry leaderboard it links to as well.
            printer.PrintReports(Reporting.WriteRunSummary(result, outDirectory, context.CancellationToken));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
