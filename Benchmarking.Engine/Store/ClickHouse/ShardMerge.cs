namespace Benchmarking.Engine.Store.ClickHouse;

/// <summary>
/// Merges the shards' streams, each already in one order, into one stream in that order (a k-way merge): the client
/// holds one row per shard, however long the streams.
/// </summary>
internal static class ShardMerge
{
    public static IEnumerable<T> Ordered<T>(IReadOnlyList<IEnumerable<T>> streams, IComparer<T> order)
    {
        var readers = streams.Select(s => s.GetEnumerator()).ToList();
        try
        {
            var queue = new PriorityQueue<int, T>(order);
            for (var i = 0; i < readers.Count; i++)
            {
                if (readers[i].MoveNext())
                {
                    queue.Enqueue(i, readers[i].Current);
                }
            }

            while (queue.TryDequeue(out var i, out var row))
            {
                yield return row;
                if (readers[i].MoveNext())
                {
                    queue.Enqueue(i, readers[i].Current);
                }
            }
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }
}
