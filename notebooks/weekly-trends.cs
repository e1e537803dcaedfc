#:project ../Benchmarking.Engine/Benchmarking.Engine.csproj
#:property PublishAot=false
// A multi-week scorecard history from generated data: eight weeks of simulated care for twelve brands in three
// industries (seeded, so every run is identical), computed week by week as `carebench weekly` does, then read as a
// history: leaders, rank movements and their reasons, four-week trends, set against the brands' true parameters.
// Run from the repository root: dotnet run notebooks/weekly-trends.cs. Writes notebooks/weekly-trends.md.
using System.Globalization;
using System.Text;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Simulation;
using Benchmarking.Engine.Text;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var here = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Path.Combine(Environment.CurrentDirectory, "notebooks");
var work = Directory.CreateTempSubdirectory("carebench-notebook-").FullName;
string F(double? x, string format = "0.0") => x is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
string Signed(double? x) => x is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "–";

try
{
    // Eight ISO weeks from Monday 2017-10-02 (2017-W40) plus the 78 h the simulator keeps after the last mention.
    var start = IsoWeek.Parse("2017-W40");
    var options = new SimulationOptions { Posts = 20_000, Brands = 12, Seed = 2017, Start = start.Start, Days = (8 * 7) + 4, DirtRate = 0 };
    var files = SimulationFiles.For(Path.Combine(work, "sim.csv"));
    var simulation = new TwcsSimulator(options).WriteFiles(files);
    var registry = BrandRegistry.Load(files.Registry);
    var scoring = new ScoreOptions { BootstrapResamples = 200 };

    using var benchmark = CareBenchmark.Open(Path.Combine(work, "store.duckdb"), registry);
    var ingest = benchmark.Ingest(files.Csv, new IngestOptions { RejectsDirectory = Path.Combine(work, "rejects") });
    // Text features from the shipped model, as `carebench weekly` computes them before scoring (methodology v3).
    var root = Path.GetFullPath(Path.Combine(here, ".."));
    benchmark.AnalyzeText(new TextQualityOptions
    {
        ModelPath = Path.Combine(root, "data", "text", "sentiment-model.zip"),
        RulesPath = Path.Combine(root, "data", "text", "rules.json"),
    });
    var weeks = Enumerable.Range(0, 8).Select(i => IsoWeek.Containing(start.Start.AddDays(7 * i))).ToList();
    foreach (var week in weeks)
    {
        benchmark.SaveSnapshot(benchmark.EvaluateWeek(week, scoreOptions: scoring).Snapshot);
    }

    var history = benchmark.Snapshots();
    var comparisons = weeks.Select(w => WeeklyHistory.Compare(history, w)).ToList();

    var md = new StringBuilder();
    md.AppendLine("# Weekly scorecard history from generated data").AppendLine();
    md.AppendLine($"Simulated with seed {options.Seed}: {simulation.Posts:#,0} posts ({ingest.AccountingLine}), {options.Brands} brands in {string.Join(", ", options.Industries)}, {weeks[0]} to {weeks[^1]}. Each week is computed and stored exactly as `carebench weekly --week <week>` does (`CareBenchmark.EvaluateWeek`, `SaveSnapshot`), and compared with `WeeklyHistory.Compare`; methodology v{scoring.Version}, {scoring.BootstrapResamples} bootstrap replicates.").AppendLine();

    md.AppendLine("## Care score by week").AppendLine();
    md.AppendLine("| Brand | Industry | " + string.Join(" | ", weeks.Select(w => $"W{w.Week}")) + " | 4-week trend (pts/wk) |");
    md.AppendLine("| --- | --- | " + string.Join(" | ", weeks.Select(_ => "---:")) + " | ---: |");
    foreach (var brand in registry.Brands.OrderBy(b => b.Industry, StringComparer.Ordinal).ThenBy(b => b.Id, StringComparer.Ordinal))
    {
        var scores = history.Select(s => s.Brands.FirstOrDefault(b => b.BrandId == brand.Id)).Select(b => b is null ? "–" : F(b.Score) + (b.Rank is { } r ? $" (#{r})" : " (n/r)"));
        var trend = comparisons[^1].Changes.FirstOrDefault(c => c.BrandId == brand.Id)?.FourWeekTrend;
        md.AppendLine($"| {brand.Name} | {brand.Industry} | {string.Join(" | ", scores)} | {Signed(trend)} |");
    }

    md.AppendLine();
    md.AppendLine("## Rank movements and their reasons").AppendLine();
    var moves = 0;
    foreach (var comparison in comparisons.Skip(1))
    {
        foreach (var change in comparison.Changes.Where(c => c.RankChange is not null and not 0))
        {
            moves++;
            var move = change.MainMove!;
            md.AppendLine($"- {comparison.Snapshot.Week}: {change.Name} ({change.Industry}) {(change.RankChange > 0 ? "up" : "down")} {Math.Abs(change.RankChange!.Value)} to #{change.Current!.Rank}, score {Signed(change.ScoreDelta)}; biggest mover: {move.Name} {Signed(move.Points)} pts ({F(move.PreviousScore)} → {F(move.CurrentScore)}).");
        }

        foreach (var change in comparison.Changes.Where(c => c.Eligibility != EligibilityChange.Unchanged))
        {
            md.AppendLine($"- {comparison.Snapshot.Week}: {change.Name} {(change.Eligibility == EligibilityChange.Entered ? "entered" : "left")} the ranking ({change.Previous?.Mentions ?? 0} → {change.Current?.Mentions ?? 0} mentions).");
        }
    }

    if (moves == 0)
    {
        md.AppendLine("- No ranked brand changed places in these eight weeks.");
    }

    md.AppendLine();
    md.AppendLine("## Against the truth").AppendLine();
    md.AppendLine("The simulator draws every brand's care from fixed parameters (true response rate, log-normal response times), so nothing really changes from week to week: every movement above is sampling noise, and a four-week trend should hover around zero. This is the baseline to judge real weekly movements against.").AppendLine();
    md.AppendLine("| Brand | True response rate | Weekly response rates (min–max) | True median response | Weekly medians (min–max) | Largest weekly score change |");
    md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
    foreach (var truth in simulation.Truth.OrderBy(t => t.Brand.Industry, StringComparer.Ordinal).ThenBy(t => t.Brand.Id, StringComparer.Ordinal))
    {
        var weekly = history.Select(s => s.Brands.FirstOrDefault(b => b.BrandId == truth.Brand.Id)).OfType<WeeklyBrandResult>().ToList();
        var rates = weekly.Select(b => b.ResponseRate).OfType<double>().ToList();
        var medians = weekly.Select(b => b.MedianSeconds).OfType<double>().Select(s => s / 60).ToList();
        var biggest = comparisons.Skip(1).Select(c => c.Changes.FirstOrDefault(x => x.BrandId == truth.Brand.Id)?.ScoreDelta).OfType<double>().DefaultIfEmpty().MaxBy(Math.Abs);
        md.AppendLine($"| {truth.Brand.Name} | {F(truth.Brand.ResponseRate * 100)}% | {F(rates.Min() * 100)}–{F(rates.Max() * 100)}% | {F(truth.Brand.AnsweredMedianSeconds(options.AnswerWindow) / 60)} min | {F(medians.Min())}–{F(medians.Max())} min | {Signed(biggest)} |");
    }

    var trends = comparisons[^1].Changes.Select(c => c.FourWeekTrend).OfType<double>().ToList();
    md.AppendLine();
    md.AppendLine($"Four-week trends in {weeks[^1]}: from {Signed(trends.Min())} to {Signed(trends.Max())} points per week (mean {Signed(trends.Average())}). A real brand moving by more than this spread over a month is worth a look; less is within the week-to-week noise of this volume.");
    var output = Path.Combine(here, "weekly-trends.md");
    File.WriteAllText(output, md.ToString().ReplaceLineEndings("\n"));
    Console.WriteLine($"Wrote {output}");
}
finally
{
    Directory.Delete(work, recursive: true);
}
