using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Simulation;
using Spectre.Console;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench generate --posts N --brands B --seed S</c>: write a simulated TWCS file with known ground truth, its
/// truth file and a brand registry for the simulated brands.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var defaults = new SimulationOptions();
        var posts = new Option<long>("--posts")
        {
            Description = "Number of posts to generate, approximately (within a few percent); dirt rows come on top.",
            DefaultValueFactory = _ => defaults.Posts,
            HelpName = "count",
        };
        // Shadows the global --brands (registry path): here it is how many brands to simulate.
        var brands = new Option<int>("--brands")
        {
            Description = "Number of simulated brands (here a count, not a registry path), spread round-robin over airlines, telecom and retail; handles start with 'Sim'.",
            DefaultValueFactory = _ => defaults.Brands,
            HelpName = "count",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of every random draw: the same options write byte-identical files.",
            DefaultValueFactory = _ => defaults.Seed,
            HelpName = "number",
        };
        var outFile = new Option<string>("--out-file")
        {
            Description = "The CSV to write; the truth file (.truth.csv) and brand registry (.brands.json) go next to it. Relative to the current directory.",
            DefaultValueFactory = _ => "out/generated.csv",
            HelpName = "path",
        };
        var start = new Option<DateTimeOffset?>("--start")
        {
            Description = "Start of the data: ISO 8601 date or date-time, UTC unless an offset is given. Default: 2017-10-01, as in TWCS.",
            CustomParser = CommonOptions.ParseDate,
            HelpName = "date",
        };
        var days = new Option<int>("--days")
        {
            Description = "Days of data. Mentions stop 78 h before the end (answer window + 6 h), so every mention is decided.",
            DefaultValueFactory = _ => defaults.Days,
            HelpName = "days",
        };
        var dirt = new Option<double>("--dirt")
        {
            Description = "Extra bad rows per post (duplicates, conflicting ids, bad timestamps, spreadsheet ids, empty authors), to exercise the rejects.",
            DefaultValueFactory = _ => defaults.DirtRate,
            HelpName = "rate",
        };
        var command = new Command("generate", "Write a simulated TWCS-format file with known ground truth (a truth CSV per brand) and a brand registry for it, to check what the engine recovers.")
        {
            posts,
            brands,
            seed,
            outFile,
            start,
            days,
            dirt,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var simulation = defaults with
            {
                Posts = parse.GetValue(posts),
                Brands = parse.GetValue(brands),
                Seed = parse.GetValue(seed),
                Start = parse.GetValue(start) ?? defaults.Start,
                Days = parse.GetValue(days),
                DirtRate = parse.GetValue(dirt),
            };
            var problems = simulation.Validate();
            if (problems.Count > 0)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var files = SimulationFiles.For(context.ResolvePath(parse.GetValue(outFile)!));
            var simulator = new TwcsSimulator(simulation);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generating about {Formats.Count(simulation.Posts)} posts for {Formats.Count(simulation.Brands)} simulated brand(s), seed {simulation.Seed}, {Formats.Time(simulation.StartUtc)} + {simulation.Days} days"));
            var result = context.Interactive
                ? GenerateWithProgressBar(context, simulator, files)
                : simulator.WriteFiles(files, PlainProgress(context, files.Csv, simulation.Posts), context.CancellationToken);
            Print(context, result, files);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Print(CliContext context, SimulationResult result, SimulationFiles files)
    {
        var output = context.Out;
        var dirt = result.DirtByReason.Count == 0
            ? string.Empty
            : " (" + string.Join(", ", result.DirtByReason.OrderBy(d => d.Key.Code(), StringComparer.Ordinal).Select(d => $"{d.Key.Code()} {Formats.Count(d.Value)}")) + ")";
        output.WriteLine($"Wrote {Formats.Count(result.Rows)} rows = {Formats.Count(result.Posts)} posts + {Formats.Count(result.DirtRows)} dirt rows{dirt}");
        var mentions = result.Truth.Sum(t => t.Mentions);
        var answered = result.Truth.Sum(t => t.Answered);
        output.WriteLine($"  {Formats.Count(mentions)} mentions, {Formats.Count(answered)} answered within {Formats.Hours(result.Options.AnswerWindow)}; no mention after {Formats.Time(result.MentionEnd)}, data horizon {Formats.Time(result.AsOf)}");
        output.WriteLine();
        output.WriteLine("Files:");
        output.WriteLine($"  {files.Csv}");
        output.WriteLine($"  {files.Truth}");
        output.WriteLine($"  {files.Registry}");
        var store = Path.ChangeExtension(files.Csv, ".duckdb");
        output.WriteLine();
        output.WriteLine($"Next: carebench run {Quote(files.Csv)} --brands {Quote(files.Registry)} --store {Quote(store)}");
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    /// <summary>Plain progress lines for redirected output, at most one per <see cref="Cli.PlainProgress.Interval"/>.</summary>
    private static IProgress<long> PlainProgress(CliContext context, string file, long target)
    {
        var last = context.Time.GetTimestamp();
        return new SyncProgress<long>(rows =>
        {
            var now = context.Time.GetTimestamp();
            if (context.Time.GetElapsedTime(last, now) < Cli.PlainProgress.Interval)
            {
                return;
            }

            last = now;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Path.GetFileName(file)}: {Math.Min(100, 100.0 * rows / target):0}% written, {rows} rows"));
        });
    }

    private static SimulationResult GenerateWithProgressBar(CliContext context, TwcsSimulator simulator, SimulationFiles files)
    {
        SimulationResult? result = null;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var name = Path.GetFileName(files.Csv);
                var task = progress.AddTask(Markup.Escape(name), maxValue: Math.Max(1, simulator.Options.Posts));
                var report = new SyncProgress<long>(rows =>
                {
                    task.Value = Math.Min(rows, task.MaxValue);
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{name} ({rows} rows)"));
                });
                result = simulator.WriteFiles(files, report, context.CancellationToken);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}
