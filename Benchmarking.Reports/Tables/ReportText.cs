using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>Short texts several reports share: a brand's rank, its handles, the methodology line.</summary>
internal static class ReportText
{
    /// <summary>
    /// The brand's rank in its industry, e.g. <c>3 of 12</c>, or why it is not ranked, e.g.
    /// <c>not ranked: 12 mentions &lt; minimum 50</c>.
    /// </summary>
    public static string Rank(RankedBrand brand, BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(result);
        var board = result.Leaderboards.FirstOrDefault(l => string.Equals(l.Industry, brand.Brand.Industry, StringComparison.Ordinal));
        var minimum = board?.MinimumMentions ?? result.ScoreOptions.MinimumMentions;
        if (brand.Rank is { } rank)
        {
            return board is null ? ReportFormat.Count(rank) : $"{ReportFormat.Count(rank)} of {ReportFormat.Count(board.Ranked.Count)}";
        }

        return brand.Metrics.Mentions < minimum
            ? $"not ranked: {ReportFormat.Count(brand.Metrics.Mentions)} mentions < minimum {ReportFormat.Count(minimum)}"
            : "not ranked";
    }

    /// <summary>The brand's handles, e.g. <c>@Delta (Twitter), @delta@mastodon.social (Mastodon)</c>.</summary>
    public static string Handles(Brand brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return brand.Handles.Count == 0
            ? ReportFormat.Missing
            : string.Join(", ", brand.Handles.Select(h => $"@{h.Handle} ({h.Platform})"));
    }

    /// <summary>The methodology line, e.g. <c>v1.0; weights responsiveness 0.40, speed 0.40, consistency 0.20</c>.</summary>
    public static string Methodology(ScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"v{options.Version}; weights {options.WeightsText}";
    }

    /// <summary>The display name of a finding's brand: its name when known, else its id, or <c>all brands</c>.</summary>
    public static string FindingBrand(string? brandId, BenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (brandId is null)
        {
            return "all brands";
        }

        var brand = result.AllBrands.FirstOrDefault(b => string.Equals(b.Brand.Id, brandId, StringComparison.Ordinal));
        return brand?.Brand.Name ?? brandId;
    }

    /// <summary>A component's column or row label, e.g. <c>Speed (weight 0.40)</c>.</summary>
    public static string ComponentLabel(ComponentScore component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return $"{component.Name} (weight {ReportFormat.Number(component.Weight)})";
    }

    /// <summary>The components of the given scores, by id in order of first appearance.</summary>
    public static IReadOnlyList<ComponentScore> Components(IEnumerable<CareScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return scores.SelectMany(s => s.Components).Where(c => seen.Add(c.Id)).ToList();
    }

    /// <summary>The score of the component with <paramref name="id"/>, or <see cref="ReportFormat.Missing"/>.</summary>
    public static string ComponentScore(CareScore score, string id)
    {
        ArgumentNullException.ThrowIfNull(score);
        var component = score.Components.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
        return ReportFormat.Score(component?.Score);
    }
}
