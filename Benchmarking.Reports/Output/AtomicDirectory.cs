namespace Benchmarking.Reports.Output;

/// <summary>
/// Publishes a folder of reports as a whole: the files are written into a temporary sibling folder, which then takes
/// the target's place by renames, so readers see the old folder or the complete new one, never a mix.
/// </summary>
/// <remarks>
/// A folder cannot be renamed over a non-empty folder, so <see cref="Replace"/> renames the old folder aside
/// (<c>.{name}.{id}.old</c>), renames the new one into place and then deletes the old one. Between the two renames
/// (microseconds) the target does not exist; if the process dies exactly there, <see cref="Recover"/> (called before
/// every publish) renames the set-aside folder back. Temporary folders of runs that died while writing are deleted by it.
/// </remarks>
public static class AtomicDirectory
{
    /// <summary>Creates a new empty temporary folder next to <paramref name="target"/> and returns its path.</summary>
    public static string CreateTemp(string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{target}' has no parent folder", nameof(target));
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temp);
        return temp;
    }

    /// <summary>Makes <paramref name="temp"/> the new <paramref name="target"/>; the old target, if any, is deleted.</summary>
    public static void Replace(string temp, string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        string? old = null;
        if (Directory.Exists(full))
        {
            old = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.old");
            Directory.Move(full, old);
        }

        try
        {
            Directory.Move(temp, full);
        }
        catch
        {
            if (old is not null && !Directory.Exists(full))
            {
                Directory.Move(old, full);
            }

            throw;
        }

        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>
    /// Repairs what an interrupted publish of <paramref name="target"/> left: restores a set-aside old folder when the
    /// target is missing, and deletes leftover temporary and set-aside folders. Returns what it restored or deleted.
    /// </summary>
    public static IReadOnlyList<string> Recover(string target)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        var actions = new List<string>();
        if (!Directory.Exists(parent))
        {
            return actions;
        }

        var name = Path.GetFileName(full);
        var olds = Directory.GetDirectories(parent, $".{name}.*.old").OrderByDescending(Directory.GetLastWriteTimeUtc).ToList();
        if (!Directory.Exists(full) && olds.Count > 0)
        {
            Directory.Move(olds[0], full);
            actions.Add($"restored {full} from {olds[0]}");
            olds.RemoveAt(0);
        }

        foreach (var leftover in olds.Concat(Directory.GetDirectories(parent, $".{name}.*.tmp")))
        {
            Directory.Delete(leftover, recursive: true);
            actions.Add($"deleted {leftover}");
        }

        return actions;
    }
}
