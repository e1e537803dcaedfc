using System.CommandLine;
using Benchmarking.Engine.Pipeline;

namespace Benchmarking.Cli.Commands;

/// <summary><c>carebench explain &lt;brandA&gt; &lt;brandB&gt;</c>: why one brand's care score differs from another's.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var first = new Argument<string>("brandA")
        {
            Description = "The first brand, by registry id, handle or name, case-insensitive (e.g. delta). Points are its lead over the second.",
        };
        var second = new Argument<string>("brandB")
        {
            Description = "The second brand, by registry id, handle or name, case-insensitive (e.g. AmericanAir).",
        };
        var command = new Command("explain", "Explain why one brand's care score differs from another's: each component's weight × score difference, largest first, and a one-sentence summary. Prints only; writes no report.")
        {
            first,
            second,
        };
        foreach (var option in options.PrintOnlyEvaluationOptions)
        {
            command.Add(option);
        }

        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var metricsOptions = options.MetricsOptions(parse);
            var scoreOptions = options.ScoreOptions(parse);
            var selected = CompareCommand.Resolve(registry, [parse.GetValue(first)!, parse.GetValue(second)!], command.Name);

            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: true);
            CommandRunner.AnalyzeText(context, benchmark, options, parse);
            var result = benchmark.Evaluate(metricsOptions, scoreOptions);
            var explanation = CareBenchmark.Explain(result, selected[0], selected[1]);
            var printer = new ResultPrinter(context);
            printer.PrintHeader(result);
            printer.PrintExplanation(explanation, result);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
