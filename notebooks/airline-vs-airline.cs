#:project ../Benchmarking.Engine/Benchmarking.Engine.csproj
#:property PublishAot=false
// Airline vs airline on the real TWCS sample (data/twcs-sample.csv, 5,000 rows of the Kaggle "Customer Support on
// Twitter" data set), narrated. Run from the repository root: dotnet run notebooks/airline-vs-airline.cs
// Writes notebooks/airline-vs-airline.md.
using System.Globalization;
using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine(Environment.CurrentDirectory, "notebooks");
var root = Path.GetFullPath(Path.Combine(here, ".."));
var work = Directory.CreateTempSubdirectory("carebench-notebook-").FullName;
string F(double? x, string format = "0.0") => x is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
string Minutes(double? seconds) => seconds is { } s ? F(s / 60, "0.0") + " min" : "–";

try
{
    var registry = BrandRegistry.Load(Path.Combine(root, "data", "brands.json"));
    using var benchmark = CareBenchmark.Open(Path.Combine(work, "store.duckdb"), registry);
    var ingest = benchmark.Ingest(Path.Combine(root, "data", "twcs-sample.csv"), new IngestOptions { RejectsDirectory = Path.Combine(work, "rejects") });
    // Text features from the shipped model, so the score has all v3 components (originality, same-channel resolution).
    benchmark.AnalyzeText(new TextQualityOptions
    {
        ModelPath = Path.Combine(root, "data", "text", "sentiment-model.zip"),
        RulesPath = Path.Combine(root, "data", "text", "rules.json"),
    });
    // The sample is small: rank airlines with at least 20 mentions, 1,000 bootstrap replicates (seeded: same output every run).
    var result = benchmark.Evaluate(scoreOptions: new ScoreOptions { MinimumMentions = 20 }, ingests: [ingest]);
    var airlines = result.Leaderboards.Single(l => l.Industry == "airlines");

    var md = new StringBuilder();
    md.AppendLine("# Airline vs airline on the real TWCS sample").AppendLine();
    md.AppendLine($"Input: `data/twcs-sample.csv` — {ingest.AccountingLine}. Mentions from {result.Window.FirstMention:yyyy-MM-dd HH:mm} to {result.Window.LastMention:yyyy-MM-dd HH:mm} UTC; methodology v{result.ScoreOptions.Version} ({result.ScoreOptions.WeightsText}); answer window {result.MetricsOptions.AnswerWindow.TotalHours:0} h; airlines with at least {airlines.MinimumMentions} mentions are ranked.").AppendLine();
    md.AppendLine("## The ranking").AppendLine();
    md.AppendLine("| Rank | Airline | Care score (95% CI) | Mentions | Response rate | Median first response |");
    md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: |");
    foreach (var b in airlines.Ranked)
    {
        var ci = b.Uncertainty?.Score is { } s ? $" ({F(s.Lower)}–{F(s.Upper)})" : string.Empty;
        md.AppendLine($"| {b.Rank}{(b.TieGroup is null ? string.Empty : " =")} | {b.Brand.Name} | {F(b.Score.Total)}{ci} | {b.Metrics.Mentions} | {F(b.Metrics.ResponseRate * 100)}% | {Minutes(b.Metrics.FirstResponse.MedianSeconds)} |");
    }

    md.AppendLine();
    md.AppendLine("`=` marks a brand statistically tied with its neighbour: the bootstrap does not support their order.").AppendLine();
    md.AppendLine($"Not ranked (fewer than {airlines.MinimumMentions} mentions in the sample): {string.Join(", ", airlines.NotEnoughData.Select(b => $"{b.Brand.Name} ({b.Metrics.Mentions})"))}.").AppendLine();

    if (airlines.Ranked.Count >= 2)
    {
        var (first, second) = (airlines.Ranked[0], airlines.Ranked[1]);
        var comparison = benchmark.Compare(result, [first.Brand, second.Brand]);
        var pair = comparison.Pairs!.Single();
        var why = comparison.Explanations!.Single();
        md.AppendLine($"## {first.Brand.Name} against {second.Brand.Name}").AppendLine();
        md.AppendLine($"{first.Brand.Name} leads by {F(why.Difference)} points. {why.Summary}").AppendLine();
        md.AppendLine("| Component | Weight | " + first.Brand.Name + " | " + second.Brand.Name + " | Points of the gap |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var c in why.Contributions)
        {
            md.AppendLine($"| {c.Name} | {F(c.Weight, "0.00")} | {F(c.ScoreA)} | {F(c.ScoreB)} | {F(c.Points, "+0.0;-0.0;0.0")} |");
        }

        md.AppendLine();
        md.AppendLine("What the statistical tests say (two-sided, on this sample only):").AppendLine();
        foreach (var verdict in pair.Verdicts)
        {
            md.AppendLine($"- {verdict}");
        }

        md.AppendLine();
        md.AppendLine(why.Certainty is { } certainty ? $"Bootstrap: {certainty}" : "Bootstrap: not computed.").AppendLine();
    }

    md.AppendLine("## Reading it").AppendLine();
    md.AppendLine("The sample has 5,000 rows (most of them from October–December 2017), so every airline has tens, not thousands, of mentions: the intervals are wide, and brands whose intervals overlap are not shown to differ. The order can change on the full data; `carebench run` on the full `twcs.csv` gives the figures that matter. Figures come from the engine's public API (`CareBenchmark.Evaluate`, `Compare`) exactly as the CLI and the reports use them.");
    var output = Path.Combine(here, "airline-vs-airline.md");
    File.WriteAllText(output, md.ToString().ReplaceLineEndings("\n"));
    Console.WriteLine($"Wrote {output}");
}
finally
{
    Directory.Delete(work, recursive: true);
}
