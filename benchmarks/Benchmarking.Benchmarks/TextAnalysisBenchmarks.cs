using System.Globalization;
using BenchmarkDotNet.Attributes;
using Benchmarking.Engine.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Benchmarking.Benchmarks;

/// <summary>
/// The text-feature analysis the product runs on every post (<c>docs/text-quality.md</c> § Throughput), without the
/// store: the sentiment model on customer posts, intents, themes, reply templates, deflection and hedging, through
/// <see cref="TextAnalysisBatch.Analyze"/> on every core. Input: the real posts of <c>data/twcs-sample.csv</c> (customer and
/// brand, in file order) repeated to the requested count. Run from the repository root (the shipped model and rules are
/// read from <c>data/text/</c>). Posts/s = <see cref="Posts"/> ÷ the mean.
/// </summary>
public class TextAnalysisBenchmarks
{
    private TextAnalysisBatch batch = null!;

    /// <summary>Posts analysed per operation.</summary>
    [ParamsSource(nameof(Sizes))]
    public long Posts { get; set; }

    /// <summary>The sizes to measure (see <see cref="BenchmarkData.Sizes"/>).</summary>
    public static IEnumerable<long> Sizes() => BenchmarkData.Sizes();

    /// <summary>Reads the sample's posts and loads the shipped model and rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sample = SamplePosts();
        batch = TextAnalysisBatch.Prepare(new TextQualityOptions(), Enumerable.Range(0, (int)Posts).Select(i => sample[i % sample.Count]));
    }

    /// <summary>The posts of <c>data/twcs-sample.csv</c> in file order: whether a brand wrote it, and its text.</summary>
    internal static List<(bool IsBrand, string Text)> SamplePosts()
    {
        var sample = new List<(bool IsBrand, string Text)>();
        using var reader = new StreamReader(Path.Combine("data", "twcs-sample.csv"));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            if (csv.TryGetField("inbound", out string? flag) && csv.TryGetField("text", out string? text) && text is not null)
            {
                sample.Add((flag != "True", text));
            }
        }

        return sample;
    }

    /// <summary>Analyses every post; returns how many were analysed.</summary>
    [Benchmark]
    public int AnalyzePosts() => batch.Analyze();
}
