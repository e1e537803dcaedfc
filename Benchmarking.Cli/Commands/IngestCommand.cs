using System.CommandLine;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench ingest &lt;files...&gt;</c>: store files and print their row accounting.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "TWCS-format CSV files, or X API v2 JSON/JSONL exports, to ingest. Re-ingesting a file is safe: stored posts are counted as already stored.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Ingest files into the store and print each file's accounting (read = accepted + rejected); no ranking.")
        {
            files,
            options.Store,
            options.Out,
            options.Encoding,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var ingestOptions = options.IngestOptions(parse, context);
            var inputs = Ingestion.ResolveInputs(context, parse.GetValue(files) ?? []);
            OutputFolder.EnsureWritable(ingestOptions.RejectsDirectory);
            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: false);
            var summaries = Ingestion.IngestAll(context, benchmark, inputs, ingestOptions);

            // A file that held an API error answer, or tweets requested without the fields posts need, was unusable as
            // input, though the other files were stored.
            return summaries.Any(s => s.HadUnusableResponse) ? ExitCodes.InputRejected : ExitCodes.Ok;
        }));
        return command;
    }
}
