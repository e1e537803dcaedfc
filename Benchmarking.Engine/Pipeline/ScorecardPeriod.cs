using Benchmarking.Engine.History;
using Benchmarking.Engine.Ranking;

namespace Benchmarking.Engine.Pipeline;

/// <summary>One column of a scorecard: an evaluation of every brand over whole ISO weeks, and the brand's place in it.</summary>
/// <param name="Label">E.g. <c>This week</c>, <c>Last week</c>, <c>Trailing 4 weeks</c>.</param>
/// <param name="First">First week of the period.</param>
/// <param name="Last">Last week of the period (the same as <paramref name="First"/> for a single week).</param>
/// <param name="Result">The evaluation of the period (all brands, so ranks are within the industry).</param>
/// <param name="Brand">The brand's metrics, score and rank; null when it had no mentions in the period.</param>
public sealed record ScorecardPeriod(string Label, IsoWeek First, IsoWeek Last, BenchmarkResult Result, RankedBrand? Brand)
{
    /// <summary>Number of weeks in the period.</summary>
    public int Weeks => Last.WeeksSince(First) + 1;

    /// <summary>Brands ranked in the brand's industry in this period.</summary>
    public int RankedInIndustry(string industry) =>
        Result.Leaderboards.FirstOrDefault(l => string.Equals(l.Industry, industry, StringComparison.Ordinal))?.Ranked.Count ?? 0;
}
