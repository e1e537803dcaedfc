using System.Data.Common;

namespace Benchmarking.Engine.Store;

/// <summary>
/// Recognises environment faults in the messages of DuckDB and the file system, so each can be named with its fix
/// instead of being reported as a bug. DuckDB reports every fault as one exception type; only its text tells a held
/// lock ("Could not set lock on file") from a damaged block ("checksum … in block") or a full disk.
/// </summary>
public static class StoreFaults
{
    /// <summary>What to do about a damaged store, as every message about one says it.</summary>
    public const string CorruptionFix = "Restore it from a backup, or move it aside and re-ingest the input files into a new store (carebench ingest <files> --store <new path>).";

    /// <summary>Whether DuckDB says another process holds the file's lock.</summary>
    public static bool IsLock(string message) =>
        message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether DuckDB says a block of the file is damaged. A file that is not a DuckDB database at all is not counted:
    /// that is far more often a wrong --store path than a damaged store, and the message says both.
    /// </summary>
    public static bool IsCorruption(string message) =>
        message.Contains("Corrupt database file", StringComparison.OrdinalIgnoreCase)
        || message.Contains("does not match stored checksum", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="e"/> or an exception inside it says the disk is full.</summary>
    public static bool IsDiskFull(Exception e) => Chain(e).Any(x =>
        x.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
        || x.Message.Contains("disk is full", StringComparison.OrdinalIgnoreCase)
        || x.Message.Contains("not enough space on the disk", StringComparison.OrdinalIgnoreCase)
        || (x is IOException && (x.HResult & 0xFFFF) is 28 or 0x70 or 0x27)); // ENOSPC; Windows ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL

    /// <summary>What to do when DuckDB runs out of the memory it may use, as the message about it says it.</summary>
    public const string OutOfMemoryFix =
        $"Give it more: set {DuckDbMemoryLimit.Variable} to a size above the limit it names (the default is 2GB), e.g. {DuckDbMemoryLimit.Variable}=4GB, then rerun.";

    /// <summary>
    /// The database error inside <paramref name="e"/> that says DuckDB needs more memory than its limit
    /// (<see cref="DuckDbMemoryLimit"/>) allows for work it cannot move to disk, or null.
    /// </summary>
    public static Exception? OutOfMemory(Exception e) => Chain(e).FirstOrDefault(x =>
        x is DbException && x.Message.StartsWith("Out of Memory Error", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="e"/> or an exception inside it says a path may not be written (permissions, read-only file system).</summary>
    public static bool IsNotWritable(Exception e) => Chain(e).Any(x =>
        x is UnauthorizedAccessException
        || x.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)
        || x.Message.Contains("Permission denied", StringComparison.OrdinalIgnoreCase)
        || (x is IOException && (x.HResult & 0xFFFF) is 30)); // EROFS

    /// <summary>The database error inside <paramref name="e"/> that says the store is damaged, or null.</summary>
    public static Exception? Corruption(Exception e) => Chain(e).FirstOrDefault(x => x is DbException && IsCorruption(x.Message));

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
