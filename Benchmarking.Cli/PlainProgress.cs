using System.Globalization;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Cli;

/// <summary>
/// Progress for redirected output: one plain line at most every <see cref="Interval"/>, none for files read faster
/// than that, so logs stay short and never contain control characters.
/// </summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : IProgress<IngestProgress>
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private long lastPrinted = time.GetTimestamp();

    public void Report(IngestProgress value)
    {
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(lastPrinted, now) < Interval)
        {
            return;
        }

        lastPrinted = now;
        var percent = value.TotalBytes > 0 ? 100.0 * value.BytesRead / value.TotalBytes : 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Path.GetFileName(value.File)}: {percent:0}% read, {value.Rows} rows"));
    }
}
