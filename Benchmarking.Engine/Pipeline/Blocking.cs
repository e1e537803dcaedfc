namespace Benchmarking.Engine.Pipeline;

/// <summary>
/// Starts work that waits in the store (DuckDB statements run in native code) beside the calling thread, on a thread of
/// its own: on a thread-pool thread it would hold one of the few threads the bootstrap's parallel loop runs on (as many
/// as there are cores), which would then wait for the pool to add threads.
/// </summary>
internal static class Blocking
{
    /// <summary>Runs <paramref name="work"/> on a thread of its own.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
