using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Benchmarking.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/Benchmarking.Benchmarks -- [--posts 2800000[,30000000]] [--smoke] [BenchmarkDotNet options]
//   --posts N[,N...]  post counts to generate and measure (default 100000)
//   --smoke           tiny input (2000 posts) and BenchmarkDotNet's Dry job: checks every benchmark still runs, in seconds
// Anything else goes to BenchmarkDotNet (e.g. --filter *Metrics*); without --filter every benchmark runs.
// Run from the repository folder: the text benchmarks load the shipped model from data/text/. The '× bare read' column
// divides every mean by DuckDB's bare read of the same file in the same run (keep DuckDbReadBenchmarks in the filter).
var rest = new List<string>();
var smoke = false;
string? posts = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--smoke":
            smoke = true;
            break;
        case "--posts" when i + 1 < args.Length:
            posts = args[++i];
            break;
        default:
            rest.Add(args[i]);
            break;
    }
}

Environment.SetEnvironmentVariable(BenchmarkData.PostsVariable, posts ?? (smoke ? "2000" : "100000"));
if (!rest.Contains("--filter"))
{
    rest.AddRange(["--filter", "*"]);
}

// Each operation takes seconds at full size, so: in process (no rebuild), one warm-up, a few measured runs.
var job = smoke
    ? Job.Dry.WithToolchain(InProcessEmitToolchain.Instance)
    : Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3);
var config = DefaultConfig.Instance.AddJob(job.AsDefault()).AddColumn(new BareReadRatioColumn()).WithOptions(ConfigOptions.JoinSummary);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkData).Assembly).Run([.. rest], config);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"benchmarks {(failed ? "FAILED" : "ok")}"));
return failed ? 1 : 0;
