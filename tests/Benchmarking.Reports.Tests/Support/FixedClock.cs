namespace Benchmarking.Reports.Tests.Support;

/// <summary>A clock that always says <see cref="Some.GeneratedAt"/>, so reports built from a real store are deterministic.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly FixedClock Instance = new();

    public override DateTimeOffset GetUtcNow() => Some.GeneratedAt;
}
