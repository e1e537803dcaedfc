namespace Benchmarking.Engine.Metrics;

/// <summary>Options for computing care metrics (methodology v1). Defaults follow <c>docs/methodology.md</c>.</summary>
public sealed record MetricsOptions
{
    /// <summary>A mention counts as answered only if its first response came within this window. Default 72 hours.</summary>
    public TimeSpan AnswerWindow { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Inclusive start of the period (by mention time, UTC); null for the start of the data.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive end of the period (by mention time, UTC); null for the end of the data.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// The time the data is complete up to, used to decide which mentions are still pending. Null means the latest post
    /// time in the store.
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Lists every problem with these options; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (AnswerWindow <= TimeSpan.Zero)
        {
            problems.Add($"answer window must be positive (was {AnswerWindow})");
        }

        if (From is { } from && To is { } to && to <= from)
        {
            problems.Add($"period end {to:O} must be later than its start {from:O}");
        }

        return problems;
    }
}
