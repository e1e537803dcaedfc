using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Pipeline;

/// <summary>Statistical tests between two compared brands, with plain-language verdicts.</summary>
/// <param name="BrandA">First brand id.</param>
/// <param name="BrandB">Second brand id.</param>
/// <param name="ResponseTimes">Mann–Whitney U on answered first-response times.</param>
/// <param name="ResponseRates">Two-proportion test on answered / decided mentions.</param>
/// <param name="TimeToResponse">Log-rank test on time to first response with censoring.</param>
/// <param name="Verdicts">One sentence per test, e.g. "Virgin answers faster; the difference is significant at 95% (…)".</param>
public sealed record PairwiseComparison(
    string BrandA,
    string BrandB,
    MannWhitneyResult ResponseTimes,
    TwoProportionResult ResponseRates,
    LogRankResult TimeToResponse,
    IReadOnlyList<string> Verdicts);
