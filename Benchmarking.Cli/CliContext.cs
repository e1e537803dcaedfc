using Benchmarking.Engine.Pipeline;
using Spectre.Console;

namespace Benchmarking.Cli;

/// <summary>
/// Everything a command needs from the outside world, injected so commands run in-process in tests: output writers,
/// the Spectre console used for tables and progress, the clock, the working directory and the cancellation token.
/// </summary>
/// <param name="Out">Standard output: results, accounting, report paths.</param>
/// <param name="Error">Standard error: <c>Error: …</c> lines only.</param>
/// <param name="Console">Renders tables and progress bars; writes to <paramref name="Out"/>.</param>
/// <param name="Time">Clock for the engine and for progress throttling.</param>
/// <param name="WorkingDirectory">Relative paths on the command line resolve against this directory.</param>
/// <param name="Interactive">True on a terminal (progress bar); false when output is redirected (plain progress lines).</param>
/// <param name="CancellationToken">Cancelled by Ctrl-C.</param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    IAnsiConsole Console,
    TimeProvider Time,
    string WorkingDirectory,
    bool Interactive,
    CancellationToken CancellationToken)
{
    /// <summary>
    /// Console width used when output is redirected, so tables never depend on a terminal size. Wide enough for a
    /// leaderboard with four score components and 95% intervals on one line per brand.
    /// </summary>
    public const int RedirectedWidth = 200;

    /// <summary>Help text width used when output is redirected.</summary>
    public const int RedirectedHelpWidth = 100;

    /// <summary>A context for redirected output (files, pipes, tests): no colours, no ANSI, no progress bar.</summary>
    public static CliContext Redirected(TextWriter output, TextWriter error, TimeProvider time, string workingDirectory, CancellationToken cancellationToken = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = RedirectedWidth;
        return new CliContext(output, error, console, time, workingDirectory, Interactive: false, cancellationToken);
    }

    /// <summary>A context for a terminal: colours and a live progress bar, as detected by Spectre.Console.</summary>
    public static CliContext Terminal(TextWriter output, TextWriter error, TimeProvider time, string workingDirectory, CancellationToken cancellationToken = default)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return new CliContext(output, error, console, time, workingDirectory, Interactive: true, cancellationToken);
    }

    /// <summary>
    /// The folder the CLI is installed in, whose <c>data/</c> holds the shipped registry, sample and text model (a .NET
    /// tool packs them next to its assembly); null (the default, and in tests) to use only the working directory.
    /// </summary>
    public string? InstallDirectory { get; init; }

    /// <summary>Resolves a path typed by the user against the working directory (never against the assembly location).</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// A local file as the console shows it: relative to <see cref="WorkingDirectory"/> when it lies inside it, else its
    /// name alone, like the reports (docs/reports.md), so pasted console output leaks no local folders.
    /// Error messages keep the full path: they must say where. A ClickHouse store URL is shown as given (it never holds
    /// credentials: those come from the environment).
    /// </summary>
    public string Shown(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (CareStores.IsClickHouse(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(WorkingDirectory, Path.GetFullPath(path, WorkingDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }

    /// <summary>
    /// Resolves a path to shipped data (<c>data/brands.json</c>, the sample, the text model): against the working
    /// directory first, so a checkout or a user's own <c>data/</c> wins; then, only when the user did not give the path
    /// (<paramref name="isDefault"/>) and <see cref="InstallDirectory"/> is set, the copy installed with the tool.
    /// </summary>
    public string ResolveShipped(string path, bool isDefault)
    {
        var local = ResolvePath(path);
        if (!isDefault || InstallDirectory is null || File.Exists(local))
        {
            return local;
        }

        var installed = Path.GetFullPath(path, InstallDirectory);
        return File.Exists(installed) ? installed : local;
    }
}
