using System.Globalization;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Cli;

/// <summary>
/// Progress for redirected output: one plain line at most every <see cref="Interval"/>, none for files read faster
/// than that, so logs stay short and never contain control characters. Each line gives the share read, the rows so far,
/// the rate since the start and the time left at that rate, e.g.
/// <c>twcs.csv: 40% read, 1120000 rows, 560000 rows/s, ETA 3 s</c>.
/// </summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider time) : IProgress<IngestProgress>
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly long started = time.GetTimestamp();
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
            $"  {Path.GetFileName(value.File)}: {percent:0}% read, {value.Rows} rows, {Rate(value, time.GetElapsedTime(started, now))}"));
    }

    /// <summary>Rows per second since the start and the remaining time at that pace (by bytes, as rows vary in size).</summary>
    internal static string Rate(IngestProgress value, TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        if (seconds <= 0 || value.BytesRead <= 0)
        {
            return "rate unknown";
        }

        var eta = seconds * Math.Max(0, value.TotalBytes - value.BytesRead) / value.BytesRead;
        return string.Create(CultureInfo.InvariantCulture, $"{value.Rows / seconds:0} rows/s, ETA {Formats.Duration(eta)}");
    }
}
