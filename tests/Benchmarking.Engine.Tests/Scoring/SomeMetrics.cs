using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Scoring;

/// <summary>Seeded random <see cref="BrandMetrics"/> for property tests; every field is within its documented range.</summary>
internal static class SomeMetrics
{
    public static BrandMetrics Random(Random random, string brandId = "acme")
    {
        var mentions = (long)random.Next(0, 400);
        var pending = mentions == 0 ? 0 : random.Next(0, (int)Math.Min(mentions, 10) + 1);
        var decided = mentions - pending;
        var answered = decided == 0 ? 0 : random.Next(0, (int)decided + 1);
        var noAnswers = answered == 0;

        // Medians from 0 s to ~10 days on a log scale, so both speed anchors are crossed.
        double? median = noAnswers ? null : random.Next(10) == 0 ? 0 : Math.Pow(10, random.NextDouble() * 6);
        double? iqr = noAnswers ? null : random.NextDouble() * 3.5;
        return new BrandMetrics(
            brandId,
            mentions,
            answered,
            pending,
            decided - answered,
            decided > 0 ? answered / (double)decided : null,
            new ResponseTimeStats(answered, median, median, null, null, median, median, median),
            iqr,
            null,
            null,
            null,
            0,
            random.Next(0, 500));
    }

    public static BrandMetrics With(BrandMetrics metrics, double? responseRate = null, double? median = null, double? logIqr = null) =>
        metrics with
        {
            ResponseRate = responseRate ?? metrics.ResponseRate,
            FirstResponse = metrics.FirstResponse with { MedianSeconds = median ?? metrics.FirstResponse.MedianSeconds },
            LogIqrDecades = logIqr ?? metrics.LogIqrDecades,
        };
}
