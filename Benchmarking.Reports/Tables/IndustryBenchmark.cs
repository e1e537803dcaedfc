using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Ranking;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Reports.Tables;

/// <summary>
/// Where an industry stands on the three headline figures — care score, response rate, median first response — as the
/// median and quartiles (<see cref="Quartiles"/>) over its <b>ranked</b> brands in one evaluation, the brand reported on
/// included. Brands below the eligibility minimum are left out: their figures rest on too few mentions (methodology
/// §6a). With fewer than <see cref="MinimumBrands"/> ranked brands no quartiles are given.
/// </summary>
/// <param name="Industry">The industry.</param>
/// <param name="Brands">Ranked brands the quartiles are taken over.</param>
/// <param name="Score">Quartiles of the care score; null below <see cref="MinimumBrands"/>.</param>
/// <param name="ResponseRate">Quartiles of the response rate (0..1).</param>
/// <param name="MedianSeconds">Quartiles of the brands' median first-response times, in seconds.</param>
internal sealed record IndustryBenchmark(string Industry, int Brands, Quartiles? Score, Quartiles? ResponseRate, Quartiles? MedianSeconds)
{
    /// <summary>Fewest ranked brands for which quartiles are stated: with three, the "quartiles" are the brands themselves.</summary>
    public const int MinimumBrands = 4;

    /// <summary>The industry's figures in <paramref name="result"/>; quartiles null when it has too few ranked brands.</summary>
    public static IndustryBenchmark Of(BenchmarkResult result, string industry)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(industry);
        var ranked = result.Leaderboards.FirstOrDefault(l => string.Equals(l.Industry, industry, StringComparison.Ordinal))?.Ranked ?? [];
        if (ranked.Count < MinimumBrands)
        {
            return new IndustryBenchmark(industry, ranked.Count, null, null, null);
        }

        Quartiles? Of(Func<RankedBrand, double?> value) => Quartiles.Of(ranked.Select(value).OfType<double>());
        return new IndustryBenchmark(industry, ranked.Count, Of(b => b.Score.Total), Of(b => b.Metrics.ResponseRate), Of(b => b.Metrics.FirstResponse.MedianSeconds));
    }

    /// <summary>True when the quartiles were computed.</summary>
    public bool Enough => Score is not null;

    /// <summary>A column heading, e.g. <c>Airlines (8 ranked brands): median [quartiles]</c>.</summary>
    public string Heading => $"{Industry} ({ReportFormat.Plural(Brands, "ranked brand")}): median [quartiles]";

    /// <summary>The care score cell, e.g. <c>72.1 [65.0–80.3]</c>.</summary>
    public string ScoreCell => Cell(Score, ReportFormat.Score);

    /// <summary>The response rate cell, e.g. <c>61.0% [48.2–75.5%]</c>.</summary>
    public string ResponseRateCell => Cell(ResponseRate, ReportFormat.Percent);

    /// <summary>The median first response cell, e.g. <c>25 min [12 min–1.4 h]</c>.</summary>
    public string MedianCell => Cell(MedianSeconds, ReportFormat.Duration);

    /// <summary>The legend every table with an industry column carries.</summary>
    public static string Legend =>
        $"Industry median [quartiles]: the median and the 25th–75th percentiles (linear interpolation) of the figure over the industry's ranked brands, the brand itself included; brands below the eligibility minimum are left out. Fewer than {MinimumBrands} ranked brands: not enough brands.";

    private string Cell(Quartiles? quartiles, Func<double?, string> format) => quartiles is { } q
        ? $"{format(q.Median)} [{ReportFormat.Range(new Engine.Inference.ConfidenceInterval(q.Lower, q.Upper), format)}]"
        : $"not enough brands ({ReportFormat.Count(Brands)} ranked)";
}
