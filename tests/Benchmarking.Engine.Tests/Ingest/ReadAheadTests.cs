using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class ReadAheadTests
{
    private static IEnumerable<long> Numbers(long count, IProgress<IngestProgress>? progress, CancellationToken cancellationToken, Exception? failAfter = null)
    {
        for (long i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % 1000 == 0)
            {
                progress?.Report(new IngestProgress("f.csv", i, count, i));
            }

            yield return i;
        }

        if (failAfter is not null)
        {
            throw failAfter;
        }
    }

    public sealed class Run
    {
        [Fact]
        public void Yields_every_item_in_order_across_many_batches()
        {
            var items = ReadAhead.Run((p, c) => Numbers(100_000, p, c), null, CancellationToken.None).ToList();

            Assert.Equal(Enumerable.Range(1, 100_000).Select(i => (long)i), items);
        }

        [Fact]
        public void Reports_progress_on_the_consuming_thread_only_after_the_items_read_before_it()
        {
            var consumed = 0L;
            var consumer = Environment.CurrentManagedThreadId;
            var reports = new List<(long Rows, long Consumed, int Thread)>();
            var progress = new SyncProgress<IngestProgress>(p => reports.Add((p.Rows, consumed, Environment.CurrentManagedThreadId)));

            foreach (var item in ReadAhead.Run((p, c) => Numbers(10_000, p, c), progress, CancellationToken.None))
            {
                consumed = item;
            }

            Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 1000L), reports.Select(r => r.Rows));
            Assert.All(reports, r => Assert.True(r.Consumed >= r.Rows - 1));
            Assert.All(reports, r => Assert.Equal(consumer, r.Thread));
        }

        [Fact]
        public void Rethrows_the_readers_exception_unchanged_after_the_items_before_it()
        {
            var failure = new InputFileException("f.csv", 7, "bytes that are not valid utf-8", "Convert it.");
            var seen = new List<long>();

            var e = Assert.Throws<InputFileException>(() =>
            {
                foreach (var item in ReadAhead.Run((p, c) => Numbers(5000, p, c, failure), null, CancellationToken.None))
                {
                    seen.Add(item);
                }
            });

            Assert.Same(failure, e);
            Assert.Equal(5000, seen.Count);
        }

        [Fact]
        public void Stops_the_reader_when_cancelled_from_the_progress_callback()
        {
            using var cancellation = new CancellationTokenSource();
            var progress = new SyncProgress<IngestProgress>(_ => cancellation.Cancel());

            Assert.ThrowsAny<OperationCanceledException>(() =>
                ReadAhead.Run((p, c) => Numbers(1_000_000, p, c), progress, cancellation.Token).Count());
        }

        [Fact]
        public void Stops_the_reader_when_the_consumer_ends_early()
        {
            var finished = new TaskCompletionSource();

            IEnumerable<long> Reader(IProgress<IngestProgress>? p, CancellationToken c)
            {
                try
                {
                    foreach (var i in Numbers(long.MaxValue, p, c))
                    {
                        yield return i;
                    }
                }
                finally
                {
                    finished.SetResult();
                }
            }

            var first = ReadAhead.Run(Reader, null, CancellationToken.None).Take(10).ToList();

            Assert.Equal(10, first.Count);
            Assert.True(finished.Task.IsCompleted, "the reader must have stopped before the enumeration returned");
        }
    }
}
