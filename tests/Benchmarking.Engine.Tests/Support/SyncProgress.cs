namespace Benchmarking.Engine.Tests.Support;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its callback on the reporting thread, unlike <see cref="Progress{T}"/>, which
/// posts it to the thread pool and so cannot be used to act at a known point.
/// </summary>
public sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
