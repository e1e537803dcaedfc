using System.Diagnostics;
using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The CLI installs as a .NET tool from its package and runs from any folder with the data shipped inside it:
/// <c>dotnet pack</c> (of the already built CLI) → <c>dotnet tool install --tool-path</c> → <c>carebench</c>.
/// Measured: 35–44 s on the shared 2-core machine (pack --no-build ~15 s, install ~6 s, then the three runs); the
/// package is ~190 MB because DuckDB's native library ships for every platform.
/// </summary>
public sealed class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void Installs_from_the_package_and_runs_the_sample_and_a_week_from_an_empty_folder()
    {
        using var temp = new TempDirectory();
        var packages = temp.Combine("packages");
        var tools = temp.Combine("tools");
        var work = temp.Combine("work");
        Directory.CreateDirectory(work);
        // A private NuGet cache, so the install extracts this package rather than an earlier one of the same version.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("nuget-cache"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };

        var pack = Run("dotnet", RepoPaths.Root, environment, "pack", Path.Combine(RepoPaths.Root, "Benchmarking.Cli", "Benchmarking.Cli.csproj"), "--no-build", "-c", Configuration, "-o", packages);
        Assert.True(pack.Code == 0, pack.Output);
        Assert.True(File.Exists(Path.Combine(packages, "CareBench.Cli.0.1.0.nupkg")), pack.Output);

        var install = Run("dotnet", work, environment, "tool", "install", "CareBench.Cli", "--version", "0.1.0", "--tool-path", tools, "--add-source", packages);
        Assert.True(install.Code == 0, install.Output);

        var carebench = Path.Combine(tools, OperatingSystem.IsWindows() ? "carebench.exe" : "carebench");
        var version = Run(carebench, work, environment, "--version");
        Assert.True(version.Code == 0, version.Output);
        Assert.StartsWith("--version\n0.1.0", version.Output, StringComparison.Ordinal);

        // No data/ in the working folder: the registry and the sample come from the installed tool.
        var run = Run(carebench, work, environment, "run", "--bootstrap", "0");
        Assert.True(run.Code == 0, run.Output);
        // The installed sample lies outside the working folder: shown by name, never by the tool's absolute path.
        Assert.Contains("twcs-sample.csv (", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(tools, run.Output, StringComparison.Ordinal);
        Assert.Contains("read 5000 = accepted 5000 + rejected 0", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine(work, "data"), run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "out", "summary.md")));
        Assert.True(File.Exists(Path.Combine(work, "out", "leaderboard-airlines.html")));

        var weekly = Run(carebench, work, environment, "weekly", "--week", "latest-data", "--bootstrap", "0");
        Assert.True(weekly.Code == 0, weekly.Output);
        Assert.True(File.Exists(Path.Combine(work, "out", "weekly", "2017-W47", "summary.md")));
        Assert.True(File.Exists(Path.Combine(work, "out", "weekly", "index.html")));
    }

    private static (int Code, string Output) Run(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, $"{string.Join(' ', args)}\n{output}{error.Result}");
    }
}
