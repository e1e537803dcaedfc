using System.Diagnostics;

namespace Benchmarking.Cli.Tests.Support;

/// <summary>
/// A fact that mounts a small tmpfs to fill a disk for real (Linux, with the right to mount: root outside a locked-down
/// container). Skipped, with the reason, where mounting is not allowed.
/// </summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> CanMount = new(() =>
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var folder = Directory.CreateTempSubdirectory("carebench-tmpfs-probe-").FullName;
        try
        {
            if (!Tmpfs.Mount(folder, 64))
            {
                return false;
            }

            Tmpfs.Unmount(folder);
            return true;
        }
        finally
        {
            Directory.Delete(folder);
        }
    });

    /// <summary>Sets <see cref="FactAttribute.Skip"/> when a tmpfs cannot be mounted here.</summary>
    public TmpfsFactAttribute()
    {
        if (!CanMount.Value)
        {
            Skip = "needs the right to mount a tmpfs (Linux, root) to fill a disk for real.";
        }
    }
}

/// <summary>Mounts and unmounts a tmpfs of a given size with the <c>mount</c> command.</summary>
public static class Tmpfs
{
    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KB at <paramref name="folder"/>; false when not allowed.</summary>
    public static bool Mount(string folder, int kilobytes) => Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", folder);

    /// <summary>Unmounts <paramref name="folder"/>.</summary>
    public static void Unmount(string folder) => Run("umount", folder);

    private static bool Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null)
            {
                return false;
            }

            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
