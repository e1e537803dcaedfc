using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Two or more brands side by side, with the raw first-response times behind their distributions.</summary>
/// <param name="Result">The run the brands come from (window, methodology, findings).</param>
/// <param name="Brands">The compared brands, in the order asked for, with their rank in their own industry.</param>
/// <param name="ResponseTimes">First-response times in seconds of each brand's answered mentions, ascending, keyed by brand id.</param>
/// <param name="Pairs">Statistical tests for every pair of compared brands (in the order asked for); empty when not computed.</param>
/// <param name="Explanations">Score difference decomposition for every pair; empty when not computed.</param>
public sealed record Comparison(
    BenchmarkResult Result,
    IReadOnlyList<RankedBrand> Brands,
    IReadOnlyDictionary<string, IReadOnlyList<double>> ResponseTimes,
    IReadOnlyList<PairwiseComparison>? Pairs = null,
    IReadOnlyList<ScoreExplanation>? Explanations = null)
{
    /// <summary>The compared brands' figures per ISO week of the period (by brand id, then week); empty when not computed.</summary>
    public IReadOnlyList<WeeklyFigures> Weekly { get; init; } = [];

    /// <summary>
    /// The mention volume per ISO week of every industry of the compared brands, over all of its brands (by industry,
    /// then week): the denominator of each compared brand's weekly share of voice; empty when not computed.
    /// </summary>
    public IReadOnlyList<IndustryWeek> IndustryWeekly { get; init; } = [];

    /// <summary>
    /// The compared brands' mentions per weekday and hour on the clock of <see cref="ActivityTimeZone"/>, by brand id,
    /// weekday, hour; empty when not computed.
    /// </summary>
    public IReadOnlyList<ActivityCell> Activity { get; init; } = [];

    /// <summary>
    /// The IANA time zone <see cref="Activity"/> is in: the compared brands' own zone when they all share one, else UTC
    /// (methodology v4).
    /// </summary>
    public string ActivityTimeZone { get; init; } = "UTC";

    /// <summary>
    /// Care quality from the text of the compared brands over the comparison's period, in the order of
    /// <see cref="Brands"/>, with customers pseudonymised in the examples; null when the period's text is not analysed
    /// (no stored text features: run <c>carebench quality</c>, or run/rank with the shipped model).
    /// </summary>
    public IReadOnlyList<BrandQuality>? Quality { get; init; }
}
