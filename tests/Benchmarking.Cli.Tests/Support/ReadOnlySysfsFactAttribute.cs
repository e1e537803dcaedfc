namespace Benchmarking.Cli.Tests.Support;

/// <summary>
/// A fact that needs Linux sysfs (<c>/sys/kernel</c>), a folder in which nobody, root included, may create files: tests
/// may run as root, for whom a folder with its write permission removed is still writable.
/// </summary>
public sealed class ReadOnlySysfsFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <c>/sys/kernel</c> is not there.</summary>
    public ReadOnlySysfsFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/sys/kernel"))
        {
            Skip = "needs Linux sysfs (/sys/kernel), which refuses new files even to root.";
        }
    }
}
