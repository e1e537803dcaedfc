namespace Benchmarking.Engine.Tests.Support;

/// <summary>A fact that needs <c>python3</c> on the PATH (used as a simple second process); skipped when it is absent.</summary>
public sealed class Python3FactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no <c>python3</c> executable is on the PATH.</summary>
    public Python3FactAttribute()
    {
        if (Python3 is null)
        {
            Skip = "python3 is not on the PATH; it is used as the second process that holds the store's lock.";
        }
    }

    /// <summary>Full path of python3, or null.</summary>
    public static string? Python3 =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "python3.exe" : "python3"))
            .FirstOrDefault(File.Exists);
}
