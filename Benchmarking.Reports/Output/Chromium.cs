using System.Diagnostics;

namespace Benchmarking.Reports.Output;

/// <summary>
/// Headless Chromium, the I/O seam for printing reports to PDF (and, in tests, for loading them in a real browser). Each
/// run uses a fresh temporary profile and flags that stop the browser's own background traffic (updates, sync, field
/// trials), and is killed with its child processes when it overruns its timeout.
/// </summary>
internal sealed class Chromium
{
    /// <summary>Environment variable naming the browser executable, checked before PATH.</summary>
    public const string Variable = "CAREBENCH_CHROMIUM";

    /// <summary>Executable names looked for on PATH, in order (Debian's package installs <c>/usr/bin/chromium</c>).</summary>
    public static readonly IReadOnlyList<string> Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>Default time one browser run may take.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private Chromium(string executable) => Executable = executable;

    /// <summary>Full path of the browser executable.</summary>
    public string Executable { get; }

    /// <summary>Finds the browser: <c>$CAREBENCH_CHROMIUM</c> when set, else the first of <see cref="Names"/> on PATH.</summary>
    /// <returns>The browser, or null when none is installed.</returns>
    public static Chromium? Find() => Find(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable("PATH"));

    /// <summary>Finds the browser at <paramref name="configured"/> when given, else on <paramref name="path"/>.</summary>
    /// <param name="configured">An explicit executable path (the value of <see cref="Variable"/>); null or empty to search.</param>
    /// <param name="path">Folders to search, separated by <see cref="Path.PathSeparator"/>.</param>
    public static Chromium? Find(string? configured, string? path)
    {
        if (configured is { Length: > 0 })
        {
            return File.Exists(configured) ? new Chromium(Path.GetFullPath(configured)) : null;
        }

        path ??= string.Empty;
        foreach (var name in Names)
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return new Chromium(candidate);
                }
            }
        }

        return null;
    }

    /// <summary>The browser, or an exception saying how to install it.</summary>
    /// <exception cref="ChromiumNotFoundException">No browser is installed.</exception>
    public static Chromium Require() => Find() ?? throw new ChromiumNotFoundException();

    /// <summary>
    /// The flags of every run: headless, no sandbox (the reports are our own local files, and the sandbox cannot start
    /// as root), no GPU, and no background networking, component updates, sync or first-run work.
    /// </summary>
    public static IReadOnlyList<string> BaseArguments(string userDataDirectory) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-quic",
        "--mute-audio",
        "--user-data-dir=" + userDataDirectory,
    ];

    /// <summary>The <c>file://</c> URL of a local file.</summary>
    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>
    /// Runs the browser once with <see cref="BaseArguments"/> (fresh temporary profile, deleted afterwards) followed by
    /// <paramref name="arguments"/>, collecting both output streams.
    /// </summary>
    /// <exception cref="ChromiumException">The run overran <paramref name="timeout"/> (the browser was killed).</exception>
    public async Task<ChromiumRun> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var profile = Directory.CreateTempSubdirectory("carebench-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in BaseArguments(profile.FullName).Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new ChromiumException($"{Executable} did not start.");
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                throw new ChromiumException($"Chromium ({Executable}) did not finish within {timeout.TotalSeconds:0} s and was stopped.");
            }

            return new ChromiumRun(process.ExitCode, await output, await error);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a helper process may still hold a file for a moment.
            }
        }
    }

    /// <summary>
    /// Prints a local HTML file to PDF (A4 by the page's print styles, no header or footer), atomically: the PDF appears
    /// complete or not at all.
    /// </summary>
    /// <exception cref="ChromiumException">The browser failed, timed out or wrote no PDF.</exception>
    public async Task PrintToPdfAsync(string htmlPath, string pdfPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(htmlPath);
        ArgumentException.ThrowIfNullOrEmpty(pdfPath);
        var full = Path.GetFullPath(pdfPath);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var run = await RunAsync(["--no-pdf-header-footer", "--print-to-pdf=" + temp, FileUrl(htmlPath)], timeout, cancellationToken);
            if (!File.Exists(temp) || new FileInfo(temp).Length < 5 || !StartsWithPdfMagic(temp))
            {
                throw new ChromiumException($"Chromium wrote no PDF for {Path.GetFileName(htmlPath)} (exit code {run.ExitCode}). Its last message: {LastLine(run.StandardError)}");
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static bool StartsWithPdfMagic(string path)
    {
        Span<byte> head = stackalloc byte[5];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 5 && head.SequenceEqual("%PDF-"u8);
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(none)";
}
