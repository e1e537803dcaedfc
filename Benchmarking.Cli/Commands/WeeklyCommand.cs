using System.CommandLine;
using System.CommandLine.Parsing;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Reports.Tables;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench weekly [files...] [--week 2017-W44]</c>: ingest the files (if any), compute one ISO week for every
/// industry, store it as that week's snapshot (replacing an earlier one) and publish <c>{out}/weekly/{week}/</c> and the
/// index <c>{out}/weekly/index.html/.md</c>. Meant to run unattended (see docs/scheduling.md).
/// </summary>
internal static class WeeklyCommand
{
    /// <summary>The <c>--week</c> value that picks the last complete week of the stored data.</summary>
    public const string LatestData = "latest-data";

    /// <summary>Sub-folder of <c>--out</c> holding the weekly reports.</summary>
    public const string Folder = "weekly";

    public static Command Create(CliContext context, CommonOptions options)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "TWCS-format CSV files to ingest before computing the week (optional: without files the week is computed from the store as it is).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var week = new Option<string?>("--week")
        {
            Description = $"ISO week to compute, e.g. 2017-W44 (Monday 00:00 to Monday 00:00 UTC). Default '{LatestData}': the last complete week of the stored data (the week before the one holding the latest post). A week without mentions is refused (exit code 1) and nothing is stored.",
            HelpName = "yyyy-Www|" + LatestData,
            CustomParser = ParseWeek,
        };
        var remove = new Option<string?>("--remove")
        {
            Description = "Delete the stored snapshot of this ISO week (e.g. 2017-W30) and its published folder, together, and rewrite the index; nothing is computed.",
            HelpName = "yyyy-Www",
            CustomParser = ParseWeek,
        };
        var recompute = new Option<bool>("--recompute")
        {
            Description = "Empty the store's evaluation cache first, so last week, the trailing weeks and the trend are computed afresh. Without it, what an earlier weekly run computed is reused where the data and options it came from are unchanged (the figures are the same either way).",
        };
        var command = new Command("weekly", "Compute one ISO week for every industry, store it as that week's snapshot (rerunning replaces it) and publish the week's folder and the index of every week under <out>/weekly. For schedulers: see the exit codes.")
        {
            files,
            week,
            remove,
            recompute,
            options.Encoding,
            options.Store,
            options.Out,
            options.Window,
            options.MinMentions,
        };
        foreach (var option in options.MethodologyOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var ingestOptions = options.IngestOptions(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var inputs = Ingestion.ResolveInputs(context, parse.GetValue(files) ?? []);
            var weeklyRoot = Path.Combine(options.OutDirectory(parse, context), Folder);

            using var hold = WeeklyLock.Acquire(weeklyRoot);
            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: inputs.Count == 0);
            if (parse.GetValue(remove) is { } removed)
            {
                if (removed == LatestData || inputs.Count > 0 || parse.GetValue(week) is not null)
                {
                    throw new UsageException("--remove takes one ISO week, e.g. --remove 2017-W30, and no files or --week.");
                }

                var index = WeeklyRun.Remove(benchmark, IsoWeek.Parse(removed), weeklyRoot, context.CancellationToken);
                context.Out.WriteLine($"Removed the snapshot of {removed} and its folder {Path.Combine(Folder, removed)}.");
                new ResultPrinter(context).PrintReports(index);
                return ExitCodes.Ok;
            }

            var ingests = inputs.Count > 0 ? Ingestion.IngestAll(context, benchmark, inputs, ingestOptions) : [];
            var chosen = parse.GetValue(week) switch
            {
                null or LatestData => benchmark.LatestPostTime() is { } latest
                    ? IsoWeek.LastComplete(latest)
                    : throw new UsageException($"--week {LatestData}: the store has no posts yet. Ingest data first, or give the week, e.g. --week 2017-W44."),
                var text => IsoWeek.Parse(text),
            };

            context.Out.WriteLine($"Week {chosen}: {Formats.Time(chosen.Start)} to {Formats.Time(chosen.End)} (end exclusive)");
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            if (parse.GetValue(recompute))
            {
                context.Out.WriteLine($"Evaluation cache emptied ({Formats.Count(benchmark.ClearEvaluationCache())} entries).");
            }

            var run = WeeklyRun.Execute(benchmark, chosen, metricsOptions, scoreOptions, ingests, weeklyRoot, cancellationToken: context.CancellationToken);
            return Print(context, run);
        }));
        return command;
    }

    private static int Print(CliContext context, WeeklyRunResult run)
    {
        var output = context.Out;
        foreach (var line in run.Recovered)
        {
            output.WriteLine($"Repaired an interrupted earlier run: {line}");
        }

        var snapshot = run.Evaluation.Snapshot;
        var a = snapshot.Accounting;
        output.WriteLine($"Snapshot stored: {Formats.Count(snapshot.Brands.Count)} brand(s) with mentions, {Formats.Count(snapshot.Brands.Count(b => b.Eligible))} ranked; {Formats.Count(a.WeekMentions)} mention(s), {Formats.Count(a.WeekPending)} pending; computed {Formats.Time(snapshot.ComputedAt)}");
        output.WriteLine(run.Comparison.Note ?? $"Compared with {run.Comparison.Previous!.Week}.");
        foreach (var line in ReportTables.Movements(run.Comparison).Concat(ReportTables.EligibilityChanges(run.Comparison)))
        {
            output.WriteLine($"  {line}");
        }

        var warnings = ReportTables.PartialData(snapshot).ToList();
        if (a.WeekMentions == 0)
        {
            warnings.Add($"No mentions in {snapshot.Week}: check that the data for this week has been ingested.");
        }

        foreach (var warning in warnings)
        {
            output.WriteLine($"Partial data: {warning}");
        }

        new ResultPrinter(context).PrintReports(run.Files);
        if (warnings.Count > 0)
        {
            output.WriteLine($"Exit code {ExitCodes.PartialData}: completed with partial data.");
            return ExitCodes.PartialData;
        }

        return ExitCodes.Ok;
    }

    private static string? ParseWeek(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (string.Equals(text, LatestData, StringComparison.OrdinalIgnoreCase))
        {
            return LatestData;
        }

        if (IsoWeek.TryParse(text, out var week))
        {
            return week.ToString();
        }

        var option = (result.Parent as OptionResult)?.Option.Name ?? "--week";
        result.AddError($"{option}: '{text}' is not an ISO week; use e.g. 2017-W44 (weeks start on Monday, UTC) or {LatestData}.");
        return null;
    }
}
