namespace Benchmarking.Engine.Tests.Support;

/// <summary>A clock that always says the same instant, for deterministic <c>ingested_at</c> and report times.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    /// <summary>2024-01-02T03:04:05Z.</summary>
    public static readonly FixedTime Default = new(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
