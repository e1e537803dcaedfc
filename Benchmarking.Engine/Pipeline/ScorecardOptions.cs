using Benchmarking.Engine.History;
namespace Benchmarking.Engine.Pipeline;

/// <summary>What a weekly scorecard covers and how customers appear in it.</summary>
public sealed record ScorecardOptions
{
    /// <summary>The pseudonym key used when none is given: public, so it only makes pseudonyms stable across runs.</summary>
    public const string DefaultPseudonymKey = "carebench";

    /// <summary>The week to report; null for the last complete ISO week of the data (see <see cref="CareBenchmark.LastCompleteWeek"/>).</summary>
    public IsoWeek? Week { get; init; }

    /// <summary>Weeks before the reported one pooled into the baseline; default 4.</summary>
    public int TrailingWeeks { get; init; } = 4;

    /// <summary>Weeks shown in the trend, ending with the reported one; default 12.</summary>
    public int TrendWeeks { get; init; } = 12;

    /// <summary>How many of the slowest unanswered mentions to list; default 10.</summary>
    public int SlowestCount { get; init; } = 10;

    /// <summary>Show customers' real handles instead of pseudonyms (off by default). Brand handles are always shown.</summary>
    public bool ShowCustomers { get; init; }

    /// <summary>HMAC-SHA-256 key of the customer pseudonyms.</summary>
    public string PseudonymKey { get; init; } = DefaultPseudonymKey;

    /// <summary>
    /// Reuse the evaluations of last week and the trailing weeks that an earlier run kept in the store when they were
    /// computed from the same data and options, and keep this run's (the weekly job's evaluation cache, see
    /// <c>docs/reports.md</c>). Off by default: the store is then only read.
    /// </summary>
    public bool UseCache { get; init; }

    /// <summary>Every problem with these options (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TrailingWeeks is < 1 or > 52)
        {
            problems.Add($"trailing weeks must be 1 to 52 (was {TrailingWeeks})");
        }

        if (TrendWeeks is < 2 or > 104)
        {
            problems.Add($"trend weeks must be 2 to 104 (was {TrendWeeks})");
        }

        if (SlowestCount is < 0 or > 1000)
        {
            problems.Add($"the number of slowest mentions must be 0 to 1000 (was {SlowestCount})");
        }

        if (string.IsNullOrEmpty(PseudonymKey))
        {
            problems.Add("the pseudonym key must not be empty");
        }

        return problems;
    }
}
