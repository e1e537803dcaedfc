using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.History;

public sealed class SnapshotStoreTests : IDisposable
{
    private static readonly IsoWeek W47 = IsoWeek.Parse("2017-W47");
    private static readonly IsoWeek W46 = IsoWeek.Parse("2017-W46");
    private static readonly ScoreOptions Scoring = new() { BootstrapResamples = 50 };

    private readonly TempDir dir = new();
    private readonly CareBenchmark benchmark;
    private readonly IngestSummary ingest;

    public SnapshotStoreTests()
    {
        benchmark = CareBenchmark.Open(dir.File("store.duckdb"), Registries.Shipped, FixedTime.Default);
        ingest = benchmark.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"), new IngestOptions { RejectsDirectory = dir.File("rejects") });
    }

    [Fact]
    public void A_saved_snapshot_loads_back_equal_with_its_methodology_window_and_accounting()
    {
        var evaluation = benchmark.EvaluateWeek(W47, scoreOptions: Scoring, ingests: [ingest]);

        benchmark.SaveSnapshot(evaluation.Snapshot);
        var loaded = Assert.Single(benchmark.Snapshots());

        Assert.Equal(evaluation.Snapshot, loaded);
        Assert.Equal(W47.Start, evaluation.Result.MetricsOptions.From);
        Assert.Equal(W47.End, evaluation.Result.MetricsOptions.To);
        Assert.Equal(ScoreOptions.CurrentVersion, loaded.MethodologyVersion);
        Assert.Equal(evaluation.Result.ScoreOptions.WeightsText, loaded.Weights); // the weights in force: text components dropped without text features
        Assert.Equal(5000, loaded.Accounting.RunRowsRead);
        Assert.Equal(5000, loaded.Accounting.StorePosts);
        Assert.Equal(evaluation.Result.AllBrands.Sum(b => b.Metrics.Mentions), loaded.Accounting.WeekMentions);
        Assert.True(loaded.Accounting.WeekPosts > loaded.Accounting.WeekMentions);
        Assert.All(loaded.Brands, b => Assert.Equal(4, b.Components.Count));
        Assert.All(loaded.Brands, b => Assert.True(b.Mentions > 0));
        Assert.True(loaded.FirstMention >= W47.Start && loaded.LastMention < W47.End);
    }

    [Fact]
    public void Saving_a_week_again_replaces_it_and_leaves_other_weeks_alone()
    {
        var w46 = benchmark.EvaluateWeek(W46, scoreOptions: Scoring).Snapshot;
        var w47 = benchmark.EvaluateWeek(W47, scoreOptions: Scoring).Snapshot;
        benchmark.SaveSnapshot(w46);
        benchmark.SaveSnapshot(w47);

        var changed = w47 with { ComputedAt = w47.ComputedAt.AddHours(1), Brands = w47.Brands.Take(3).ToList() };
        benchmark.SaveSnapshot(changed);
        benchmark.SaveSnapshot(changed);

        var all = benchmark.Snapshots();
        Assert.Equal([W46, W47], all.Select(s => s.Week));
        Assert.Equal(w46, all[0]);
        Assert.Equal(changed, all[1]);
        Assert.Equal(3, all[1].Brands.Count);
    }

    [Fact]
    public void A_failure_before_the_commit_leaves_the_earlier_snapshot_of_the_week_as_it_was()
    {
        var first = benchmark.EvaluateWeek(W47, scoreOptions: Scoring).Snapshot;
        benchmark.SaveSnapshot(first);
        var second = first with { ComputedAt = first.ComputedAt.AddDays(1), Brands = [] };

        var e = Assert.Throws<IOException>(() => benchmark.SaveSnapshot(second, () => throw new IOException("disk full (injected)")));

        Assert.Equal("disk full (injected)", e.Message);
        Assert.Equal(first, Assert.Single(benchmark.Snapshots()));
    }

    [Fact]
    public void Late_data_is_picked_up_by_recomputing_the_week()
    {
        var before = benchmark.EvaluateWeek(W47, scoreOptions: Scoring).Snapshot;
        var file = dir.File("late.csv");
        File.WriteAllText(file, """
            tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
            900000001,late_customer_1,True,Tue Nov 21 10:00:00 +0000 2017,@Delta my bag is lost,,
            """ + "\n");
        benchmark.Ingest(file, new IngestOptions { RejectsDirectory = dir.File("rejects") });

        var after = benchmark.EvaluateWeek(W47, scoreOptions: Scoring).Snapshot;

        var delta = (Before: before.Brands.Single(b => b.BrandId == "delta"), After: after.Brands.Single(b => b.BrandId == "delta"));
        Assert.Equal(delta.Before.Mentions + 1, delta.After.Mentions);
        Assert.Equal(before.Accounting.WeekPosts + 1, after.Accounting.WeekPosts);
    }

    public void Dispose()
    {
        benchmark.Dispose();
        dir.Dispose();
    }
}
