using System.Text.RegularExpressions;
using Benchmarking.Reports.Charts;
using Benchmarking.Reports.Tests.Support;

namespace Benchmarking.Reports.Tests.Charts;

/// <summary>Every heatmap of one kind in a comparison uses one colour scale, stated on each map.</summary>
public sealed partial class SharedHeatmapScaleTests
{
    [Fact]
    public void Every_brands_volume_map_and_every_median_map_state_the_same_scale()
    {
        var heatmaps = ComparisonCharts.Heatmaps(Sample.DeltaVsAmerican);

        foreach (var kind in new[] { "heat-volume-", "heat-median-" })
        {
            var scales = heatmaps.Where(h => h.Chart.Name.StartsWith(kind, StringComparison.Ordinal))
                .Select(h => Scale().Match(h.Chart.Svg).Value).ToList();
            Assert.Equal(Sample.DeltaVsAmerican.Brands.Count, scales.Count);
            Assert.All(scales, s => Assert.Contains("same scale on every brand", s, StringComparison.Ordinal));
            Assert.Single(scales.Distinct(StringComparer.Ordinal));
        }
    }

    [GeneratedRegex(@"darker is [^<]*")]
    private static partial Regex Scale();
}
