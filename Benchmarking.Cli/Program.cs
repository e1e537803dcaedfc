using Benchmarking.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl-C: cancel cooperatively so the engine rolls the current file back. Second Ctrl-C: terminate.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
var context = interactive
    ? CliContext.Terminal(Console.Out, Console.Error, TimeProvider.System, Environment.CurrentDirectory, cancellation.Token)
    : CliContext.Redirected(Console.Out, Console.Error, TimeProvider.System, Environment.CurrentDirectory, cancellation.Token);
// An installed .NET tool finds the shipped data/ next to its assembly when the working directory has none.
return CliApp.Build(context with { InstallDirectory = AppContext.BaseDirectory }).Invoke(args);
