namespace Benchmarking.Cli.Tests.Support;

/// <summary>A fact that needs <c>systemd-analyze</c> on the PATH; skipped (with the reason) when it is absent.</summary>
public sealed class SystemdAnalyzeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no <c>systemd-analyze</c> executable is on the PATH.</summary>
    public SystemdAnalyzeFactAttribute()
    {
        if (SystemdAnalyze is null)
        {
            Skip = "systemd-analyze is not on the PATH, so the systemd units of docs/scheduling.md cannot be verified here.";
        }
    }

    /// <summary>Full path of systemd-analyze, or null.</summary>
    public static string? SystemdAnalyze =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "systemd-analyze"))
            .FirstOrDefault(File.Exists);
}
