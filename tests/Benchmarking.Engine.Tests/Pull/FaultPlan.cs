using System.Collections.Concurrent;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

/// <summary>Scripted failures for the fake APIs: the next requests matching a key get these answers first.</summary>
public sealed class FaultPlan
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> faults = new(StringComparer.Ordinal);

    /// <summary>Queues <paramref name="responses"/> for the next requests matching <paramref name="key"/>.</summary>
    public FaultPlan Add(string key, params FakeResponse[] responses)
    {
        var queue = faults.GetOrAdd(key, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }

        return this;
    }

    /// <summary>The next scripted answer for <paramref name="key"/>, or null.</summary>
    public FakeResponse? Take(string key) =>
        faults.TryGetValue(key, out var queue) && queue.TryDequeue(out var response) ? response : null;
}
