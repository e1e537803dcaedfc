using System.Diagnostics;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Reports.Formatting;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class WeeklyCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public WeeklyCommandTests()
    {
        // Five weeks of simulated data from Monday 2017-10-02 (2017-W40); mentions stop 78 h before the end (in W44).
        var generate = Carebench.RunIn(temp.Path, "generate", "--posts", "20000", "--brands", "6", "--seed", "8", "--days", "35", "--start", "2017-10-02", "--dirt", "0", "--out-file", "gen/g.csv");
        Assert.True(generate.ExitCode == ExitCodes.Ok, generate.ToString());
        var ingest = Carebench.RunIn(temp.Path, "ingest", "gen/g.csv", "--brands", "gen/g.brands.json", "--store", "s.duckdb", "--out", "out");
        Assert.True(ingest.ExitCode == ExitCodes.Ok, ingest.ToString());
    }

    private string WeeklyRoot => temp.Combine("out", "weekly");

    private CliResult Weekly(params string[] args) =>
        Carebench.RunIn(temp.Path, ["weekly", "--brands", "gen/g.brands.json", "--store", "s.duckdb", "--out", "out", "--bootstrap", "0", .. args]);

    private IReadOnlyList<WeeklySnapshot> StoredSnapshots()
    {
        using var benchmark = CareBenchmark.Open(temp.Combine("s.duckdb"), BrandRegistry.Load(temp.Combine("gen", "g.brands.json")));
        return benchmark.Snapshots();
    }

    private Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private void AssertNoLeftovers() =>
        Assert.DoesNotContain(Directory.GetDirectories(WeeklyRoot), d => Path.GetFileName(d).StartsWith('.'));

    [Fact]
    public void Consecutive_weeks_build_a_browsable_history_with_correct_deltas()
    {
        foreach (var week in new[] { "2017-W40", "2017-W41", "2017-W42", "2017-W43" })
        {
            var result = Weekly("--week", week);
            Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
            Assert.StartsWith($"Week {week}: ", result.Out, StringComparison.Ordinal);
        }

        var snapshots = StoredSnapshots();
        Assert.Equal(["2017-W40", "2017-W41", "2017-W42", "2017-W43"], snapshots.Select(s => s.Week.ToString()));
        var index = File.ReadAllText(Path.Combine(WeeklyRoot, "index.md"));
        foreach (var s in snapshots)
        {
            Assert.Contains($"[{s.Week}]({s.Week}/summary.md)", index, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(WeeklyRoot, s.Week.ToString(), "summary.html")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(WeeklyRoot, s.Week.ToString()), "leaderboard-*.md"));
            // One scorecard per brand with mentions in the week, linked from the week's summary.
            var cards = Directory.GetFiles(Path.Combine(WeeklyRoot, s.Week.ToString()), "scorecard-*.md");
            Assert.Equal(s.Brands.Count(b => b.Mentions > 0), cards.Length);
            var weekSummary = File.ReadAllText(Path.Combine(WeeklyRoot, s.Week.ToString(), "summary.md"));
            Assert.All(cards, c => Assert.Contains($"]({Path.GetFileNameWithoutExtension(c)}.md)", weekSummary, StringComparison.Ordinal));
        }

        Assert.Contains("<svg", File.ReadAllText(Path.Combine(WeeklyRoot, "index.html")), StringComparison.Ordinal);
        var summary = File.ReadAllText(Path.Combine(WeeklyRoot, "2017-W43", "summary.md"));
        Assert.Contains("compared with 2017-W42", summary, StringComparison.Ordinal);
        foreach (var brand in snapshots[3].Brands)
        {
            var previous = snapshots[2].Brands.Single(b => b.BrandId == brand.BrandId);
            var row = summary.Split('\n').Single(l => l.Contains($"| {brand.Name} |", StringComparison.Ordinal));
            Assert.Contains($"| {ReportFormat.Score(brand.Score)} | {ReportFormat.SignedPoints(brand.Score - previous.Score)} |", row, StringComparison.Ordinal);
            var moved = previous.Rank - brand.Rank;
            Assert.StartsWith($"| {brand.Rank} | {(moved > 0 ? "↑" + moved : moved < 0 ? "↓" + -moved : "=")} |", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rerunning_a_week_changes_nothing()
    {
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W40").ExitCode);
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W41").ExitCode);
        var snapshots = StoredSnapshots();
        var files = Files(WeeklyRoot);

        var again = Weekly("--week", "2017-W41");

        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Equal(snapshots, StoredSnapshots());
        var rerun = Files(WeeklyRoot);
        Assert.Equal(files.Keys.Order(), rerun.Keys.Order());
        foreach (var (name, bytes) in files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(rerun[name]), $"{name} changed on rerun");
        }

        AssertNoLeftovers();
    }

    [Fact]
    public void Recompute_empties_the_evaluation_cache_and_publishes_the_same_files()
    {
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W41").ExitCode);
        // Last week (2017-W41) and the trend's earlier weeks come from what the run of 2017-W41 kept.
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W42").ExitCode);
        var files = Files(WeeklyRoot);

        var again = Weekly("--week", "2017-W42", "--recompute");

        Assert.True(again.ExitCode == ExitCodes.Ok, again.ToString());
        Assert.Matches(@"Evaluation cache emptied \([1-9][0-9]* entries\)", again.Out);
        var recomputed = Files(WeeklyRoot);
        Assert.Equal(files.Keys.Order(), recomputed.Keys.Order());
        foreach (var (name, bytes) in files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(recomputed[name]), $"{name} differs when computed afresh");
        }
    }

    [Theory]
    [InlineData(nameof(WeeklyStage.Evaluated))]
    [InlineData(nameof(WeeklyStage.ReportsWritten))]
    [InlineData(nameof(WeeklyStage.SnapshotStored))]
    public void A_run_failing_part_way_leaves_the_earlier_snapshot_and_reports_intact(string stageName)
    {
        var failAt = Enum.Parse<WeeklyStage>(stageName);
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W41").ExitCode);
        var snapshots = StoredSnapshots();
        var files = Files(WeeklyRoot);
        var week = IsoWeek.Parse("2017-W41");

        using (var benchmark = CareBenchmark.Open(temp.Combine("s.duckdb"), BrandRegistry.Load(temp.Combine("gen", "g.brands.json")), new ManualTimeProvider(ManualTimeProvider.DefaultNow.AddDays(1))))
        {
            // Another minimum makes the new snapshot and reports differ from the earlier ones.
            var e = Assert.Throws<IOException>(() => WeeklyRun.Execute(benchmark, week, new MetricsOptions(), new ScoreOptions { BootstrapResamples = 0, MinimumMentions = 5 }, [], WeeklyRoot,
                stage => { if (stage == failAt) { throw new IOException($"injected failure after {stage}"); } }));
            Assert.Contains(failAt.ToString(), e.Message, StringComparison.Ordinal);
        }

        var after = Files(WeeklyRoot);
        Assert.Equal(files.Keys.Order(), after.Keys.Order());
        Assert.All(files, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), $"{f.Key} changed"));
        AssertNoLeftovers();
        var stored = StoredSnapshots();
        if (failAt < WeeklyStage.SnapshotStored)
        {
            Assert.Equal(snapshots, stored);
        }
        else
        {
            // Committed but not yet published: the store has the complete new snapshot, the folder the complete old one.
            Assert.Equal(5, Assert.Single(stored).MinimumMentions);
        }
    }

    [Fact]
    public void A_second_run_on_the_same_weekly_folder_fails_fast_with_the_busy_exit_code()
    {
        using var held = WeeklyLock.Acquire(WeeklyRoot);

        var result = Weekly("--week", "2017-W41");

        Assert.Equal(ExitCodes.StoreBusy, result.ExitCode);
        Assert.Equal($"Error: The weekly folder '{WeeklyRoot}' is being written by another carebench weekly run. Wait for it to finish (or use another --out).\n", result.Error);
        Assert.Empty(StoredSnapshots());
    }

    [Fact]
    public void Killing_a_run_loses_nothing_and_a_run_beside_it_is_refused_with_the_busy_exit_code()
    {
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W41").ExitCode);
        var snapshots = StoredSnapshots();
        var files = Files(WeeklyRoot);

        // A slow rerun of the week in a child process (100 000 bootstrap replicates), killed once it holds the store.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "carebench.dll"), "weekly", "--brands", "gen/g.brands.json", "--store", "s.duckdb", "--out", "out", "--week", "2017-W41", "--bootstrap", "100000", "--min-mentions", "5" })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        try
        {
            Assert.StartsWith("Week 2017-W41", child.StandardOutput.ReadLine(), StringComparison.Ordinal);

            var beside = Carebench.RunIn(temp.Path, "weekly", "--brands", "gen/g.brands.json", "--store", "s.duckdb", "--out", "other-out", "--week", "2017-W42");

            Assert.False(child.HasExited, "the child run finished before it could be killed; the test needs it still running");
            Assert.True(beside.ExitCode == ExitCodes.StoreBusy, beside.ToString());
            Assert.Contains("is in use by another process", beside.Error, StringComparison.Ordinal);
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        Assert.Equal(snapshots, StoredSnapshots());
        var after = Files(WeeklyRoot);
        Assert.Equal(files.Keys.Order(), after.Keys.Order());
        Assert.All(files, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), $"{f.Key} changed"));

        var rerun = Weekly("--week", "2017-W41");
        Assert.True(rerun.ExitCode == ExitCodes.Ok, rerun.ToString());
        AssertNoLeftovers();
    }

    [Fact]
    public void Without_week_it_computes_the_last_complete_week_of_the_data()
    {
        // The test clock says 2024-01-15, but the data ends in 2017-W44: the default is the data's last complete week.
        var result = Weekly();

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.StartsWith("Week 2017-W43: ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_without_mentions_exits_non_zero_and_stores_and_publishes_nothing()
    {
        var result = Weekly("--week", "2024-W02");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Week 2024-W02 has no mentions in the store", result.Error, StringComparison.Ordinal);
        Assert.Empty(StoredSnapshots());
        Assert.False(Directory.Exists(Path.Combine(WeeklyRoot, "2024-W02")));
    }

    [Fact]
    public void Remove_deletes_one_snapshot_and_its_folder_and_rewrites_the_index()
    {
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W40").ExitCode);
        Assert.Equal(ExitCodes.Ok, Weekly("--week", "2017-W41").ExitCode);

        var result = Weekly("--remove", "2017-W40");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(["2017-W41"], StoredSnapshots().Select(s => s.Week.ToString()));
        Assert.False(Directory.Exists(Path.Combine(WeeklyRoot, "2017-W40")));
        Assert.True(Directory.Exists(Path.Combine(WeeklyRoot, "2017-W41")));
        Assert.DoesNotContain("2017-W40", File.ReadAllText(Path.Combine(WeeklyRoot, "index.md")), StringComparison.Ordinal);
        AssertNoLeftovers();

        var again = Weekly("--remove", "2017-W40");
        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Contains("no snapshot of that week is stored", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_data_picks_the_week_before_the_one_holding_the_latest_stored_post()
    {
        var result = Weekly("--week", "latest-data");

        // The data's last posts are at 2017-11-05 23:59:59, in W44; the last week known to be complete is W43.
        Assert.StartsWith("Week 2017-W43: ", result.Out, StringComparison.Ordinal);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
    }

    [Theory]
    [InlineData("2017-44")]
    [InlineData("2017-W54")]
    [InlineData("last")]
    public void A_malformed_week_is_a_usage_error(string week)
    {
        var result = Weekly("--week", week);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--week: '{week}' is not an ISO week; use e.g. 2017-W44", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_rows_complete_the_run_with_the_partial_data_exit_code()
    {
        var bad = temp.Combine("bad.csv");
        File.WriteAllText(bad, "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,,True,not a date,hello,,\n");

        var result = Weekly("bad.csv", "--week", "2017-W41");

        Assert.Equal(ExitCodes.PartialData, result.ExitCode);
        Assert.Contains("1 input row was rejected by this run", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(StoredSnapshots()).Accounting.RunRowsRejected);
    }

    public void Dispose() => temp.Dispose();
}
