using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Ingest;

namespace Benchmarking.Cli.Tests;

public sealed class PlainProgressTests
{
    [Fact]
    public void Prints_nothing_for_a_file_read_within_the_interval()
    {
        var time = new ManualTimeProvider();
        using var output = new StringWriter();
        var progress = new PlainProgress(output, time);

        for (var i = 1; i <= 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(19));
            progress.Report(new IngestProgress("/data/twcs.csv", i * 10, 1000, i * 50));
        }

        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void Prints_at_most_one_line_per_interval()
    {
        var time = new ManualTimeProvider();
        using var output = new StringWriter { NewLine = "\n" };
        var progress = new PlainProgress(output, time);

        for (var i = 1; i <= 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            progress.Report(new IngestProgress("/data/twcs.csv", i * 10, 1000, i * 50));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal("  twcs.csv: 20% read, 1000 rows, 500 rows/s, ETA 8 s", lines[0]);
    }
}
