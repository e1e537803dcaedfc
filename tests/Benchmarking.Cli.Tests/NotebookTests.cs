using System.Diagnostics;
using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The notebooks (<c>notebooks/*.cs</c>, .NET 10 file-based programs) run as documented, <c>dotnet run notebooks/x.cs</c>
/// from the repository root, and rewrite their Markdown result next to themselves; so they are executed by every test
/// run and cannot rot. About 15–30 s each on the 2-core CI machine (build included).
/// </summary>
public sealed class NotebookTests
{
    [Theory]
    [InlineData("airline-vs-airline", "## The ranking", "Southwest Airlines against Delta Air Lines")]
    [InlineData("methodology-check", "**Agreement: 105 of 105 brands match on all four figures**", "Spearman rank correlation")]
    [InlineData("weekly-trends", "## Care score by week", "## Against the truth")]
    public async Task Runs_and_writes_its_result_next_to_itself(string name, string expected, string alsoExpected)
    {
        var output = Path.Combine(RepoPaths.Root, "notebooks", name + ".md");
        var started = DateTime.UtcNow.AddSeconds(-2);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.ArgumentList.Add("run");
        start.ArgumentList.Add(Path.Combine("notebooks", name + ".cs"));

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout}\n{await error}");
        Assert.Contains($"Wrote {output}", stdout, StringComparison.Ordinal);
        Assert.True(File.GetLastWriteTimeUtc(output) >= started, $"{output} was not rewritten");
        var text = File.ReadAllText(output);
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains(alsoExpected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
    }
}
