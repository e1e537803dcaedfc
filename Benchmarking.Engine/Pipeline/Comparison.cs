using Benchmarking.Engine.Ranking;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Two or more brands side by side, with the raw first-response times behind their distributions.</summary>
/// <param name="Result">The run the brands come from (window, methodology, findings).</param>
/// <param name="Brands">The compared brands, in the order asked for, with their rank in their own industry.</param>
/// <param name="ResponseTimes">First-response times in seconds of each brand's answered mentions, ascending, keyed by brand id.</param>
public sealed record Comparison(
    BenchmarkResult Result,
    IReadOnlyList<RankedBrand> Brands,
    IReadOnlyDictionary<string, IReadOnlyList<double>> ResponseTimes);
