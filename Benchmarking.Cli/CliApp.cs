using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Benchmarking.Cli.Commands;

namespace Benchmarking.Cli;

/// <summary>
/// The <c>carebench</c> command tree. <see cref="Program"/> only builds a <see cref="CliContext"/> for the real console
/// and calls <see cref="Invoke"/>; tests build one over string writers and run commands in-process.
/// </summary>
internal sealed class CliApp
{
    private const string Description =
        "CareBench benchmarks brands' public customer care on social networks: it ingests customer-support posts "
        + "(TWCS CSV and X API JSON files, or pulled from Mastodon, Bluesky and X) into a DuckDB store, measures how often and how fast each brand answers its customers, "
        + "scores it, ranks brands within their industry and writes reports.";

    private readonly CliContext context;

    private CliApp(CliContext context, Command root)
    {
        this.context = context;
        Root = root;
    }

    /// <summary>The root command, for tests that walk the tree.</summary>
    public Command Root { get; }

    public static CliApp Build(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CommonOptions();
        // A plain Command rather than RootCommand, whose name is the process name ("testhost" under a test runner).
        var root = new Command("carebench", Description + "\n\n" + ExitCodes.HelpText)
        {
            new HelpOption(),
            new VersionOption(),
            options.Verbose,
            RunCommand.Create(context, options),
            IngestCommand.Create(context, options),
            PullCommand.Create(context, options),
            RankCommand.Create(context, options),
            CompareCommand.Create(context, options),
            ScorecardCommand.Create(context, options),
            ExplainCommand.Create(context, options),
            ExportCommand.Create(context, options),
            BrandsCommand.Create(context, options),
            GenerateCommand.Create(context, options),
            QualityCommand.Create(context, options),
            TrainCommand.Create(context, options),
            EvaluateCommand.Create(context, options),
            WeeklyCommand.Create(context, options),
            MigrateCommand.Create(context, options),
        };

        // The registry option belongs to the commands that read the registry; `generate` has its own --brands (a count)
        // and `train` reads no registry, so a recursive root option would show twice or mislead there.
        foreach (var command in root.Subcommands.Where(c => c.Name is not ("generate" or "train" or "evaluate")))
        {
            command.Options.Add(options.Brands);
        }

        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption { Action: HelpAction help } when !context.Interactive:
                    help.MaxWidth = CliContext.RedirectedHelpWidth;
                    break;
                case VersionOption version:
                    version.Action = new PrintVersion(context.Out);
                    break;
            }
        }

        return new CliApp(context, root);
    }

    /// <summary>The version printed by <c>--version</c>: the CLI assembly's informational version.</summary>
    public static string Version =>
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Parses and runs a command line; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public int Invoke(IReadOnlyList<string> args)
    {
        // No response files: "@Delta" is a brand handle, not a file of arguments.
        var parse = Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine($"Error: {error.Message}");
            }

            var command = string.Join(' ', parse.CommandResult.Command == Root ? ["carebench"] : new[] { "carebench", parse.CommandResult.Command.Name });
            context.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return parse.Invoke(configuration);
    }

    /// <summary>Prints the CLI's own version (not the test host's) to the context output.</summary>
    private sealed class PrintVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Version);
            return ExitCodes.Ok;
        }
    }
}
