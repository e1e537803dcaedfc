using System.CommandLine;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Store;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench migrate --to clickhouse://…</c>: copies every post of a DuckDB store into a ClickHouse store through the
/// ordinary ingest (idempotent, with its accounting), see <c>docs/scale-out.md</c>.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var to = new Option<string>("--to")
        {
            Description = "The ClickHouse store to copy the posts into: clickhouse://host:port[,host:port...]/database?cluster=name. Running it again adds nothing.",
            Required = true,
            HelpName = "url",
        };
        var command = new Command("migrate", "Copy every post of the DuckDB store (--store) into a ClickHouse store and print the accounting (read = accepted + rejected).")
        {
            to,
            options.Store,
            options.Out,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var source = options.StorePath(parse, context);
            var target = parse.GetValue(to)!;
            if (CareStores.IsClickHouse(source) || !File.Exists(source))
            {
                throw new UsageException($"--store must name an existing DuckDB store to migrate from (was '{source}').");
            }

            if (!CareStores.IsClickHouse(target))
            {
                throw new UsageException($"--to must be a ClickHouse store URL, clickhouse://host:port[,host:port...]/database?cluster=name (was '{target}').");
            }

            var ingestOptions = new IngestOptions { RejectsDirectory = Path.Combine(options.OutDirectory(parse, context), "rejects") };
            OutputFolder.EnsureWritable(ingestOptions.RejectsDirectory);
            context.Out.WriteLine($"Migrating {source} into {target}");
            var summary = CareStores.Migrate(source, target, registry, ingestOptions, context.Time, new PlainProgress(context.Out, context.Time), context.CancellationToken);
            new ResultPrinter(context).PrintIngest(summary);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
