using Benchmarking.Engine.Inference;

namespace Benchmarking.Engine.Text;

/// <summary>
/// A brand's class shares estimated by <see cref="ShareEstimator"/>: the counted shares (classify and count), the
/// shares corrected for the classifier's validated errors, and their 95 % intervals, in class order.
/// </summary>
/// <param name="Count">Posts classified.</param>
/// <param name="Counted">Share of posts predicted as each class.</param>
/// <param name="Estimated">Estimated true share of each class (adjusted classify and count).</param>
/// <param name="Intervals">95 % interval of each estimated share, including the classifier's own uncertainty.</param>
public sealed record ShareEstimate(
    int Count,
    IReadOnlyList<double> Counted,
    IReadOnlyList<double> Estimated,
    IReadOnlyList<ConfidenceInterval> Intervals);
