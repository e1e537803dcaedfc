using System.Text;
using Benchmarking.Engine.Simulation;

namespace Benchmarking.Engine.Tests.Simulation;

/// <summary>The simulator streams: memory and allocations do not grow with the number of posts.</summary>
public sealed class StreamingTests
{
    [Fact]
    public void Allocations_do_not_grow_with_the_number_of_posts()
    {
        var (smallRows, smallBytes) = Measure(20_000);
        var (largeRows, largeBytes) = Measure(200_000);

        var perRow = (double)(largeBytes - smallBytes) / (largeRows - smallRows);
        // A single string per row would cost 40+ bytes; the generator formats into a reused buffer.
        Assert.True(perRow < 8, $"{perRow:0.0} bytes allocated per extra row ({smallBytes} for {smallRows} rows, {largeBytes} for {largeRows})");
    }

    private static (long Rows, long Bytes) Measure(long posts)
    {
        var simulator = new TwcsSimulator(new SimulationOptions { Posts = posts, Brands = 8, Seed = 3, Days = 10, DirtRate = 0 });
        using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(false), TwcsSimulator.BufferSize);
        simulator.Write(writer); // warm-up: JIT and first-use allocations
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = simulator.Write(writer);
        return (result.Rows, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
