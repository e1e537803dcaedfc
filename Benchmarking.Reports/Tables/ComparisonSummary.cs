using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// Plain-language sentences naming which brand does better on each headline metric, e.g.
/// <c>Delta answers a larger share of mentions (61.0% vs 48.0%).</c> Factual only: no claim of significance. A metric
/// gets no sentence when fewer than two brands have a value or when the best value prints the same as another brand's.
/// </summary>
internal static class ComparisonSummary
{
    private sealed record Metric(
        Func<RankedBrand, double?> Value,
        bool HigherIsBetter,
        Func<double, string> Format,
        string Comparative,
        string Superlative);

    private static readonly IReadOnlyList<Metric> Metrics =
    [
        new(b => b.Score.Total, true, v => ReportFormat.Score(v), "has the higher care score", "has the highest care score"),
        new(b => b.Metrics.ResponseRate, true, v => ReportFormat.Percent(v), "answers a larger share of mentions", "answers the largest share of mentions"),
        new(b => b.Metrics.FirstResponse.MedianSeconds, false, v => ReportFormat.Duration(v), "answers faster at the median", "answers fastest at the median"),
        new(b => b.Metrics.FirstResponse.P90Seconds, false, v => ReportFormat.Duration(v), "has the shorter 90th-percentile first response", "has the shortest 90th-percentile first response"),
        new(b => b.Metrics.Within1Hour, true, v => ReportFormat.Percent(v), "answers more mentions within 1 h", "answers the most mentions within 1 h"),
    ];

    /// <summary>One sentence per metric on which one brand is ahead, in a fixed metric order.</summary>
    public static IReadOnlyList<string> Sentences(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sentences = new List<string>();
        foreach (var metric in Metrics)
        {
            var valued = comparison.Brands
                .Select(b => (Brand: b, Value: metric.Value(b)))
                .Where(x => x.Value is { } v && double.IsFinite(v))
                .Select(x => (x.Brand, Value: x.Value!.Value, Text: metric.Format(x.Value!.Value)))
                .ToList();
            if (valued.Count < 2)
            {
                continue;
            }

            // Stable sort: equal values keep the comparison's brand order.
            var ordered = metric.HigherIsBetter
                ? valued.OrderByDescending(x => x.Value).ToList()
                : valued.OrderBy(x => x.Value).ToList();
            var best = ordered[0];
            var others = ordered.Skip(1).ToList();
            if (others.Any(o => string.Equals(o.Text, best.Text, StringComparison.Ordinal)))
            {
                continue;
            }

            sentences.Add(others.Count == 1
                ? $"{best.Brand.Brand.Name} {metric.Comparative} ({best.Text} vs {others[0].Text})."
                : $"{best.Brand.Brand.Name} {metric.Superlative} ({best.Text}; {string.Join(", ", others.Select(o => $"{o.Brand.Brand.Name} {o.Text}"))}).");
        }

        return sentences;
    }
}
