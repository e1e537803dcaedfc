using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Text;

namespace Benchmarking.Reports.Tests.Support;

/// <summary>
/// Reports built from the shipped sample (<c>data/twcs-sample.csv</c>, 5000 real TWCS rows) through the engine, once per
/// test run, with the shipped text model's features: Delta's scorecard for 2017-W44 (the sample's busiest week) and Delta vs American Airlines. The store lives
/// in a temporary folder; machine-dependent paths are replaced in text compared with snapshots (see <see cref="WithoutStorePath"/>).
/// </summary>
internal static class Sample
{
    public const string StorePlaceholder = "(store)";

    /// <summary>Ranking needs only 10 mentions: the sample has at most ~50 per brand and week.</summary>
    public static readonly ScoreOptions Scoring = new() { MinimumMentions = 10, BootstrapResamples = 200 };

    public static readonly IsoWeek Week = new(2017, 44);

    private static readonly Lazy<(Scorecard Card, Comparison Comparison, string StorePath)> Built = new(Build);

    public static Scorecard DeltaScorecard => Built.Value.Card;

    public static Comparison DeltaVsAmerican => Built.Value.Comparison;

    /// <summary>Stands for the repository folder (where the sample file was ingested from) in snapshots.</summary>
    public const string RepoPlaceholder = "(repo)";

    /// <summary>
    /// The text with the machine-dependent paths replaced: the temporary store by <see cref="StorePlaceholder"/>, the
    /// repository folder by <see cref="RepoPlaceholder"/>.
    /// </summary>
    public static string WithoutStorePath(string text) => text
        .Replace(Built.Value.StorePath, StorePlaceholder, StringComparison.Ordinal)
        .Replace(RepoPaths.Root, RepoPlaceholder, StringComparison.Ordinal);

    private static (Scorecard, Comparison, string) Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "carebench-reports-tests", "sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var registry = BrandRegistry.Load(Path.Combine(RepoPaths.Root, "data", "brands.json"));
        using var benchmark = CareBenchmark.Open(Path.Combine(folder, "store.duckdb"), registry, FixedClock.Instance);
        benchmark.Ingest(Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), new IngestOptions { RejectsDirectory = Path.Combine(folder, "rejects") });
        // The shipped text model, so the reports show the full v3 score (originality and same-channel included).
        // The same options everywhere, so the quality tables find the model and show its validated accuracy.
        var text = new TextQualityOptions
        {
            ModelPath = Path.Combine(RepoPaths.Root, "data", "text", "sentiment-model.zip"),
            RulesPath = Path.Combine(RepoPaths.Root, "data", "text", "rules.json"),
        };
        benchmark.AnalyzeText(text);
        var card = benchmark.Scorecard(registry.Resolve("delta"), new ScorecardOptions { Week = Week }, scoreOptions: Scoring, textOptions: text);
        var result = benchmark.Evaluate(scoreOptions: Scoring, textOptions: text);
        var comparison = benchmark.Compare(result, [registry.Resolve("delta"), registry.Resolve("AmericanAir")], text);
        return (card, comparison, benchmark.StorePath);
    }
}
