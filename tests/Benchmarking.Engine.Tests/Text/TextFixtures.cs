using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

/// <summary>The shipped model and rules, loaded once.</summary>
internal static class TextFixtures
{
    private static readonly Lazy<TextRules> LazyRules = new(() => TextRules.Load(Path.Combine(TestPaths.RepoRoot, "data", "text", "rules.json")));
    private static readonly Lazy<SentimentModel> LazyModel = new(() => SentimentModel.Load(Path.Combine(TestPaths.RepoRoot, "data", "text", "sentiment-model.zip")));

    public static TextRules Rules => LazyRules.Value;

    public static SentimentModel Model => LazyModel.Value;

    public static TextAnalyzer Analyzer => new(Model, Rules);

    public static TextQualityOptions Options => new()
    {
        ModelPath = Path.Combine(TestPaths.RepoRoot, "data", "text", "sentiment-model.zip"),
        RulesPath = Path.Combine(TestPaths.RepoRoot, "data", "text", "rules.json"),
    };

    /// <summary>Text of real TWCS posts by tweet id, from ../shared/data/twcs-head-5000/twcs.csv.</summary>
    public static IReadOnlyDictionary<string, string> TwcsHead => LazyHead.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> LazyHead = new(() =>
    {
        using var reader = new StreamReader(TestPaths.SharedData("twcs-head-5000", "twcs.csv"));
        // TWCS records end only at \n (two texts hold a lone \r).
        var configuration = new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n", MissingFieldFound = null, BadDataFound = null };
        using var csv = new CsvHelper.CsvReader(reader, configuration);
        csv.Read();
        csv.ReadHeader();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetField("tweet_id") is { } id && csv.GetField("text") is { } text)
            {
                texts[id] = text;
            }
        }

        return texts;
    });
}
