using Benchmarking.Engine.Store;

namespace Benchmarking.Cli;

/// <summary>
/// Exclusive hold on a weekly output folder for one run: <c>{weekly}/.lock</c> opened with <see cref="FileShare.None"/>.
/// On Linux and macOS .NET takes an advisory <c>flock</c> on it, on Windows a sharing lock; both are released by the
/// operating system when the process dies, so a killed run never leaves a stale lock. The lock also holds between two
/// runs inside one process, where DuckDB shares one database instance and would not refuse the second opening.
/// </summary>
internal sealed class WeeklyLock : IDisposable
{
    private readonly FileStream stream;

    private WeeklyLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, or fails at once.</summary>
    /// <exception cref="StoreException">Another run holds it (<see cref="StoreException.InUse"/> is true).</exception>
    public static WeeklyLock Acquire(string weeklyRoot)
    {
        Directory.CreateDirectory(weeklyRoot);
        var path = Path.Combine(weeklyRoot, ".lock");
        try
        {
            return new WeeklyLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new StoreException($"The weekly folder '{weeklyRoot}' is being written by another carebench weekly run. Wait for it to finish (or use another --out).", e, inUse: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
