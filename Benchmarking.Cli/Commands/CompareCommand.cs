using System.CommandLine;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench compare &lt;brand&gt; &lt;brand&gt; [...]</c>: brands side by side.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var brands = new Argument<string[]>("brands")
        {
            Description = "Two or more brands, each by registry id, handle or name, case-insensitive (e.g. delta AmericanAir \"British Airways\").",
            Arity = ArgumentArity.OneOrMore,
        };
        brands.Validators.Add(result =>
        {
            if (result.Tokens.Count < 2)
            {
                result.AddError("compare needs at least two brands, e.g. carebench compare Delta AmericanAir.");
            }
        });
        var command = new Command("compare", "Put two or more brands side by side (score, components, response rate and response-time distribution) and write the comparison report.")
        {
            brands,
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
            var selected = Resolve(registry, parse.GetValue(brands) ?? []);
            var outDirectory = options.OutDirectory(parse, context);
            OutputFolder.EnsureWritable(outDirectory);
            var dataFormats = options.DataFormats(parse);
            var chartFormats = options.ChartFormats(parse);

            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var result = benchmark.Evaluate(metricsOptions, scoreOptions);
            var comparison = benchmark.Compare(result, selected);
            var printer = new ResultPrinter(context);
            printer.PrintHeader(result);
            printer.PrintComparison(comparison);
            var paths = Reporting.WriteComparison(comparison, outDirectory, cancellationToken: context.CancellationToken, charts: chartFormats);
            paths = [.. paths, .. Reporting.WriteData(result, dataFormats, outDirectory, context.CancellationToken)];
            printer.PrintReports(paths);
            if (parse.GetValue(options.Pdf))
            {
                printer.PrintPdfs(Reporting.PrintPdf(paths, context.CancellationToken, parse.GetValue(options.Paper)));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Resolves every brand the user typed, reporting all unknown ones at once.</summary>
    /// <exception cref="UsageException">A brand is unknown, or fewer than two distinct brands remain.</exception>
    internal static IReadOnlyList<Brand> Resolve(BrandRegistry registry, IReadOnlyList<string> typed, string command = "compare")
    {
        var resolved = new List<Brand>();
        var problems = new List<string>();
        foreach (var text in typed)
        {
            try
            {
                resolved.Add(registry.Resolve(text));
            }
            catch (ArgumentException e)
            {
                problems.Add(e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal));
            }
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, problems));
        }

        var distinct = resolved.DistinctBy(b => b.Id).ToList();
        if (distinct.Count < 2)
        {
            throw new UsageException($"{command} needs at least two different brands; '{string.Join("', '", typed)}' all resolve to {distinct[0].Name} ({distinct[0].Id}).");
        }

        return distinct;
    }
}
