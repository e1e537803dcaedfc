using Benchmarking.Engine.History;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench scorecard &lt;brand&gt; [--week 2017-W44]</c>: one brand's week against the week before and the trailing
/// weeks, its rank movement and why, the weekly trend and the slowest unanswered mentions; writes HTML and Markdown.
/// </summary>
internal static class ScorecardCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var brand = new Argument<string>("brand")
        {
            Description = "The brand, by registry id, handle or name, case-insensitive (e.g. delta, AmericanAir).",
        };
        var week = new Option<IsoWeek?>("--week")
        {
            Description = "ISO week to report, UTC (e.g. 2017-W44). Default: the last complete ISO week of the data, i.e. the week before the one holding the latest post in the store.",
            CustomParser = ParseWeek,
            HelpName = "yyyy-Www",
        };
        var trailing = new Option<int>("--trailing")
        {
            Description = "Weeks before the reported one pooled into the baseline it is compared with.",
            DefaultValueFactory = _ => new ScorecardOptions().TrailingWeeks,
            HelpName = "weeks",
        };
        var slowest = new Option<int>("--slowest")
        {
            Description = "How many of the week's slowest unanswered mentions to list.",
            DefaultValueFactory = _ => new ScorecardOptions().SlowestCount,
            HelpName = "count",
        };
        var command = new Command("scorecard", "Write one brand's weekly scorecard: this week vs last week vs the trailing 4 weeks, rank movement in its industry and why, weekly trend, and the slowest unanswered mentions (customers pseudonymised).")
        {
            brand,
            week,
            trailing,
            slowest,
            options.ShowCustomers,
            options.PseudonymKey,
            options.Pdf,
            options.Paper,
            options.Data,
            options.Charts,
        };
        foreach (var option in options.WeeklyEvaluationOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var scorecardOptions = new ScorecardOptions
            {
                Week = parse.GetValue(week),
                TrailingWeeks = parse.GetValue(trailing),
                SlowestCount = parse.GetValue(slowest),
                ShowCustomers = parse.GetValue(options.ShowCustomers),
                PseudonymKey = options.PseudonymKeyValue(parse),
            };
            if (scorecardOptions.Validate() is { Count: > 0 } problems)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var selected = Resolve(registry, parse.GetValue(brand)!);
            var outDirectory = options.OutDirectory(parse, context);
            OutputFolder.EnsureWritable(outDirectory);
            var dataFormats = options.DataFormats(parse);
            var chartFormats = options.ChartFormats(parse);

            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var card = benchmark.Scorecard(selected, scorecardOptions, metricsOptions, scoreOptions);
            var printer = new ResultPrinter(context);
            printer.PrintHeader(card.ThisWeek.Result);
            printer.PrintScorecard(card);
            var paths = Reporting.WriteScorecard(card, outDirectory, context.CancellationToken, options.ChartFormats(parse));
            paths = [.. paths, .. Reporting.WriteData(card.ThisWeek.Result, dataFormats, outDirectory, context.CancellationToken)];
            printer.PrintReports(paths);
            if (parse.GetValue(options.Pdf))
            {
                printer.PrintPdfs(Reporting.PrintPdf(paths, context.CancellationToken, parse.GetValue(options.Paper)));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Engine.Registry.Brand Resolve(Engine.Registry.BrandRegistry registry, string typed)
    {
        try
        {
            return registry.Resolve(typed);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal));
        }
    }

    private static IsoWeek? ParseWeek(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (IsoWeek.TryParse(text, out var parsed, out var problem))
        {
            return parsed;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--week: {problem}."));
        return null;
    }
}
