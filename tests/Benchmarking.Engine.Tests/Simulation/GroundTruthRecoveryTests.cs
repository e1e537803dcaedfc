using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Simulation;

/// <summary>
/// The engine must recover what the simulator put in: counts exactly, the response rate within a 99.9% binomial band
/// of the true rate, and the median first response within a distribution-free band of the true (window-truncated) median.
/// </summary>
public sealed class GroundTruthRecoveryTests
{
    /// <summary>z for a two-sided 99.9% band.</summary>
    private const double Z = 3.3;

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    public void The_engine_recovers_every_brands_truth(int seed)
    {
        using var temp = new TempDir();
        var options = new Engine.Simulation.SimulationOptions { Posts = 60_000, Brands = 6, Seed = seed, DirtRate = 0.001 };
        var (files, truth) = Simulated.WriteFiles(temp.Path, options);
        using var benchmark = CareBenchmark.Open(temp.File("store.duckdb"), BrandRegistry.Load(files.Registry));

        var ingest = benchmark.Ingest(files.Csv, new IngestOptions { RejectsDirectory = temp.File("rejects") });
        var result = benchmark.Evaluate(new MetricsOptions(), new ScoreOptions { MinimumMentions = 1 }, [ingest]);

        Assert.Equal(truth.AsOf, result.Window.AsOf);
        var measured = result.AllBrands.ToDictionary(b => b.Brand.Id, b => b.Metrics, StringComparer.Ordinal);
        Assert.Equal(truth.Truth.Select(t => t.Brand.Id), measured.Keys.Order(StringComparer.Ordinal));
        foreach (var brandTruth in truth.Truth)
        {
            var brand = brandTruth.Brand;
            var metrics = measured[brand.Id];
            var where = $"{brand.Id} (p {brand.ResponseRate:0.000}, median {brand.MedianSeconds:0} s, sigma {brand.Sigma:0.00})";

            // Counts are exact: nothing is pending by construction, late replies are unanswered.
            Assert.True(brandTruth.Mentions == metrics.Mentions, $"{where}: mentions {metrics.Mentions}, truth {brandTruth.Mentions}");
            Assert.Equal(0, metrics.Pending);
            Assert.True(brandTruth.Answered == metrics.Answered, $"{where}: answered {metrics.Answered}, truth {brandTruth.Answered}");
            Assert.Equal(brandTruth.Unanswered, metrics.Unanswered);
            Assert.Equal(brandTruth.BrandPosts, metrics.BrandReplies);
            Assert.Equal(0, metrics.RepliesBeforeMention);

            // Response rate: binomial band around the true probability.
            var p = brand.ResponseRate;
            var n = metrics.Decided;
            var band = Z * Math.Sqrt(p * (1 - p) / n);
            Assert.True(Math.Abs(metrics.ResponseRate!.Value - p) <= band,
                $"{where}: response rate {metrics.ResponseRate:0.0000} outside {p:0.0000} ± {band:0.0000} (n {n})");

            // Median: the true distribution function at the sample median of n answered is ≈ 0.5 ± z·0.5/√n (order
            // statistics), plus a little for response times rounded to whole seconds.
            var answered = metrics.FirstResponse.Count;
            var median = metrics.FirstResponse.MedianSeconds!.Value;
            var position = brand.AnsweredCdf(median, options.AnswerWindow);
            var tolerance = (Z * 0.5 / Math.Sqrt(answered)) + 0.005;
            Assert.True(Math.Abs(position - 0.5) <= tolerance,
                $"{where}: median {median:0.0} s sits at quantile {position:0.0000} of the truth (answered median {brand.AnsweredMedianSeconds(options.AnswerWindow):0.0} s), allowed 0.5 ± {tolerance:0.0000}");
        }
    }
}
