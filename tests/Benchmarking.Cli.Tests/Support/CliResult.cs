namespace Benchmarking.Cli.Tests.Support;

/// <summary>What one in-process run of <c>carebench</c> produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
