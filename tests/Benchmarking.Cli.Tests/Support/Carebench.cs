namespace Benchmarking.Cli.Tests.Support;

/// <summary>Runs <c>carebench</c> in-process over string writers, as redirected output.</summary>
internal static class Carebench
{
    /// <summary>Runs with the repository root as the current directory (so the default --brands resolves).</summary>
    public static CliResult Run(params string[] args) => RunIn(RepoPaths.Root, args);

    /// <summary>Runs with <paramref name="workingDirectory"/> as the current directory.</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = CliContext.Redirected(output, error, new ManualTimeProvider(), workingDirectory);
        var exitCode = CliApp.Build(context).Invoke(args);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
