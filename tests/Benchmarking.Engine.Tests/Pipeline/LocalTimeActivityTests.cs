using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pipeline;

/// <summary>Methodology v4: hour × weekday activity on the brand's own clock, and UTC when compared brands' zones differ.</summary>
public sealed class LocalTimeActivityTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private CareBenchmark Open(BrandRegistry registry) => SampleStores.Open(dir, registry, $"{Guid.NewGuid():N}.duckdb");

    [Fact]
    public void Each_mention_falls_in_the_local_weekday_and_hour_of_the_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney");
        using var benchmark = Open(Registries.Shipped);
        benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 0 });
        var facts = benchmark.MentionFacts().Where(f => f.BrandId is "delta" or "apple").ToList();

        var cells = benchmark.Activity(zone, ["delta", "apple"]);

        // Independent count: convert every mention's time, bucket it, compare with the cells.
        var expected = facts
            .GroupBy(f =>
            {
                var local = TimeZoneInfo.ConvertTime(f.CreatedAt, zone);
                return (f.BrandId, Weekday: ((int)local.DayOfWeek + 6) % 7 + 1, local.Hour);
            })
            .OrderBy(g => g.Key.BrandId, StringComparer.Ordinal).ThenBy(g => g.Key.Weekday).ThenBy(g => g.Key.Hour)
            .Select(g => (g.Key.BrandId, g.Key.Weekday, g.Key.Hour, (long)g.Count(), (long)g.Count(f => f.Status == MentionStatus.Answered)))
            .ToList();
        Assert.Equal(expected, cells.Select(c => (c.BrandId, c.Weekday, c.Hour, c.Mentions, c.Answered)));
        Assert.Equal(benchmark.Activity().Where(c => c.BrandId == "delta"), benchmark.Activity(TimeZoneInfo.Utc, ["delta"]));
    }

    [Fact]
    public void A_fixed_whole_hour_offset_shifts_every_UTC_cell_with_its_counts_and_median()
    {
        using var benchmark = Open(Registries.Shipped);
        benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 0 });
        var ids = new[] { "delta", "apple", "amazon" };
        var utc = benchmark.Activity().Where(c => ids.Contains(c.BrandId)).ToList();

        // Etc/GMT-10 is UTC+10 all year (POSIX sign).
        var local = benchmark.Activity(TimeZoneInfo.FindSystemTimeZoneById("Etc/GMT-10"), ids);

        var shifted = utc
            .Select(c =>
            {
                var hourOfWeek = ((((c.Weekday - 1) * 24) + c.Hour + 10) % 168 + 168) % 168;
                return c with { Weekday = (hourOfWeek / 24) + 1, Hour = hourOfWeek % 24 };
            })
            .OrderBy(c => c.BrandId, StringComparer.Ordinal).ThenBy(c => c.Weekday).ThenBy(c => c.Hour)
            .ToList();
        Assert.Equal(shifted.Count, local.Count);
        for (var i = 0; i < shifted.Count; i++)
        {
            Assert.Equal(shifted[i] with { MedianSeconds = null }, local[i] with { MedianSeconds = null });
            Assert.Equal(shifted[i].MedianSeconds ?? -1, local[i].MedianSeconds ?? -1, 9);
        }
    }

    [Fact]
    public void A_comparison_uses_the_shared_zone_of_its_brands_and_UTC_when_they_differ()
    {
        using var benchmark = Open(Registries.Shipped);
        var result = benchmark.Evaluate(scoreOptions: new ScoreOptions { BootstrapResamples = 0 });
        var (delta, jetblue, american) = (Registries.Shipped.FindById("delta")!, Registries.Shipped.FindById("jetblue")!, Registries.Shipped.FindById("american-airlines")!);

        Assert.Equal("America/New_York", benchmark.Compare(result, [delta, jetblue]).ActivityTimeZone);
        Assert.Equal("UTC", benchmark.Compare(result, [delta, american]).ActivityTimeZone);
    }
}
