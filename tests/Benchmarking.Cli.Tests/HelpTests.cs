using System.CommandLine;
using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

public sealed class HelpTests
{
    public static TheoryData<string> Commands => new() { "root", "run", "ingest", "pull", "rank", "compare", "scorecard", "explain", "export", "brands", "quality", "train", "train sentiment", "evaluate", "evaluate sentiment", "evaluate intent", "weekly", "migrate" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_matches_its_snapshot(string command)
    {
        var args = command == "root" ? new[] { "--help" } : [.. command.Split(' '), "--help"];

        var result = Carebench.Run(args);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Snapshot.Match($"help-{command.Replace(' ', '-')}.txt", result.Out);
    }

    [Fact]
    public void Root_help_documents_every_exit_code()
    {
        var result = Carebench.Run("--help");

        foreach (var (code, meaning) in ExitCodes.All)
        {
            Assert.Contains(meaning, result.Out, StringComparison.Ordinal);
            Assert.Contains($"{code}  ", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_option_and_argument_of_every_command_has_a_description()
    {
        using var output = new StringWriter();
        var app = CliApp.Build(CliContext.Redirected(output, output, new ManualTimeProvider(), RepoPaths.Root));
        var missing = new List<string>();
        var commands = new List<Command>();
        void Walk(Command command)
        {
            commands.Add(command);
            foreach (var sub in command.Subcommands)
            {
                Walk(sub);
            }
        }

        Walk(app.Root);
        foreach (var command in commands)
        {
            if (string.IsNullOrWhiteSpace(command.Description))
            {
                missing.Add($"command {command.Name}");
            }

            missing.AddRange(command.Options.Where(o => string.IsNullOrWhiteSpace(o.Description)).Select(o => $"{command.Name} {o.Name}"));
            missing.AddRange(command.Arguments.Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{command.Name} <{a.Name}>"));
        }

        Assert.Equal(19, commands.Count);
        Assert.Empty(missing);
    }

    [Fact]
    public void Version_prints_the_cli_version_not_the_test_host_version()
    {
        var result = Carebench.Run("--version");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("0.1.0", result.Out, StringComparison.Ordinal);
    }
}
