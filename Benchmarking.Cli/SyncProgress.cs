namespace Benchmarking.Cli;

/// <summary>
/// Reports progress synchronously on the reporting thread. Unlike <see cref="Progress{T}"/> it never posts to the thread
/// pool, so no report can arrive after the work has returned or out of order.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
