using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Benchmarking.Engine.Ingest;

/// <summary>
/// Runs a reader on a background thread and hands its outcomes over in batches through a bounded queue, so parsing one
/// part of a file overlaps storing the previous part on the calling thread. At most <see cref="Capacity"/> batches are
/// in flight, so memory stays bounded whatever the file size.
/// </summary>
/// <remarks>
/// Progress reports travel in the queue with the rows read before them and are passed on from the calling thread, in
/// order, once those rows have been consumed: a report never runs ahead of the work and never arrives after the
/// enumeration has ended. Exceptions thrown by the reader (an unreadable file, cancellation) are rethrown unchanged to
/// the consumer; ending the enumeration early stops the reader and waits for it.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>
    /// Outcomes per batch: large enough to make the hand-over cheap, small enough to keep memory flat and each batch's
    /// list below the large-object threshold (85,000 bytes; an ingest's outcome is 48 bytes). A list on the large object
    /// heap is only freed by a full collection and counts towards starting one, so larger batches turned most of the
    /// ingest's collections into full ones, each stopping the reader and promoting the rows in flight.
    /// </summary>
    public const int BatchSize = 1024;

    /// <summary>Batches the reader may run ahead of the consumer.</summary>
    public const int Capacity = 8;

    /// <summary>Enumerates what <paramref name="read"/> yields, reading it on a background thread.</summary>
    /// <param name="read">Starts the reader with the progress sink and token it must use.</param>
    /// <param name="progress">Where to report progress, on the consuming thread; null for none.</param>
    /// <param name="cancellationToken">Stops both the reader and the consumer.</param>
    public static IEnumerable<T> Run<T>(
        Func<IProgress<IngestProgress>?, CancellationToken, IEnumerable<T>> read, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var queue = new BlockingCollection<Batch<T>>(Capacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(
            () =>
            {
                var batch = new Batch<T>();
                try
                {
                    var capture = progress is null ? null : new Capture(p =>
                    {
                        batch.Progress = p;
                        queue.Add(batch, stop.Token);
                        batch = new Batch<T>();
                    });
                    foreach (var item in read(capture, stop.Token))
                    {
                        batch.Items.Add(item);
                        if (batch.Items.Count == BatchSize)
                        {
                            queue.Add(batch, stop.Token);
                            batch = new Batch<T>();
                        }
                    }

                    if (batch.Items.Count > 0 || batch.Progress is not null)
                    {
                        queue.Add(batch, stop.Token);
                    }
                }
                catch (Exception e)
                {
                    // The items read before the failure still reach the consumer, as they would without read-ahead.
                    failure = ExceptionDispatchInfo.Capture(e);
                    if (batch.Items.Count > 0 && !stop.IsCancellationRequested)
                    {
                        try
                        {
                            queue.Add(batch, stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            // The consumer is gone: nobody is waiting for these items.
                        }
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var item in batch.Items)
                {
                    yield return item;
                }

                if (batch.Progress is { } report)
                {
                    progress!.Report(report);
                }
            }

            producer.Wait(CancellationToken.None);
            failure?.Throw();
        }
        finally
        {
            // Ended early (consumer failure, cancellation, or a break): stop the reader and let it close the file.
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The producer stores its own exceptions; nothing else can escape it.
            }
        }
    }

    private sealed class Batch<T>
    {
        public List<T> Items { get; } = new(BatchSize);

        public IngestProgress? Progress { get; set; }
    }

    private sealed class Capture(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
