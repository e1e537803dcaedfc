namespace Benchmarking.Cli.Tests.Support;

/// <summary>A clock that moves only when told to: fixed UTC time and a manual timestamp in ticks.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private long timestamp;

    public static DateTimeOffset DefaultNow { get; } = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider()
        : this(DefaultNow)
    {
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => now + TimeSpan.FromTicks(timestamp);

    public override long GetTimestamp() => timestamp;

    public void Advance(TimeSpan by) => timestamp += by.Ticks;
}
