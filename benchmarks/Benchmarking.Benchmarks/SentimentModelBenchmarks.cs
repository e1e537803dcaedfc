using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Text;

namespace Benchmarking.Benchmarks;

/// <summary>
/// The sentiment model alone (<c>docs/text-quality.md</c> § Throughput): features and scoring of real customer posts
/// (the inbound texts of <c>data/twcs-sample.csv</c>, repeated to the requested count) on one thread, with one reused
/// buffer (<see cref="SentimentModel.Predict"/>). Run from the repository root (the shipped model is read from
/// <c>data/text/</c>).
/// </summary>
public class SentimentModelBenchmarks
{
    private SentimentModel model = null!;
    private string[] texts = [];

    /// <summary>Posts scored per operation.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Reads the customer posts of the sample and loads the shipped model.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var inbound = TextAnalysisBenchmarks.SamplePosts().Where(p => !p.IsBrand).Select(p => p.Text).ToList();
        texts = [.. Enumerable.Range(0, (int)Posts).Select(i => inbound[i % inbound.Count])];
        model = SentimentModel.Load(new TextQualityOptions().ModelPath);
    }

    /// <summary>Scores every text on the calling thread; returns a checksum so the work cannot be elided.</summary>
    [Benchmark]
    public double ScoreSentiment()
    {
        var sum = 0.0;
        foreach (var score in model.Predict(texts))
        {
            sum += score.Polarity;
        }

        return sum;
    }
}
