using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Ranking;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Text;

public sealed class TextFeatureStoreTests
{
    [Fact]
    public void Features_are_computed_once_per_post()
    {
        using var store = new TestStore();
        store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        var analyzer = TextFixtures.Analyzer;

        var first = TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000);
        var second = TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000);

        Assert.Equal(5000, first.Computed);
        Assert.Equal(0, second.Computed);
        Assert.Equal(0, second.Removed);
        Assert.Equal(5000, TextFeatureStore.Count(store.Warehouse, analyzer.Version));
    }

    [Fact]
    public void Progress_counts_up_in_order_to_the_posts_that_lacked_features()
    {
        using var store = new TestStore();
        store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        var analyzer = TextFixtures.Analyzer;
        TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000);
        store.Ingest(TwcsCsv.Write(store.File("more.csv"), TwcsCsv.Rows(2_500, firstId: 900_000_000).ToArray()));
        var reports = new List<TextFeatureProgress>();

        var update = TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000, new SyncProgress<TextFeatureProgress>(reports.Add));

        Assert.Equal(2_500, update.Computed);
        Assert.Equal([0L, 1_000L, 2_000L, 2_500L], reports.Select(r => r.Analysed));
        Assert.All(reports, r => Assert.Equal(2_500, r.Total));
    }

    [Fact]
    public void Parallel_chunks_give_the_features_of_posts_analysed_one_at_a_time()
    {
        var texts = TextFixtures.TwcsHead.OrderBy(t => t.Key, StringComparer.Ordinal).Take(TextAnalyzer.ChunkSize + 300).ToList();
        var posts = texts.Select((t, i) => new PostText("twitter", t.Key, i % 3 == 0, t.Value)).ToList();
        var analyzer = TextFixtures.Analyzer;

        var batch = analyzer.Analyze(posts);
        var single = posts.Where((_, i) => i % 97 == 0).Select(p => analyzer.Analyze([p])[0]).ToList();

        Assert.Equal(posts.Count, batch.Length);
        Assert.Equal(posts.Select(p => p.PostId), batch.Select(f => f.PostId));
        Assert.Equal(single, batch.Where((_, i) => i % 97 == 0));
    }

    [Fact]
    public void A_cancelled_update_keeps_the_batches_done_and_the_next_one_finishes()
    {
        using var store = new TestStore();
        store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        var analyzer = TextFixtures.Analyzer;
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<TextFeatureProgress>(p => { if (p.Analysed > 0) { cancel.Cancel(); } });

        Assert.ThrowsAny<OperationCanceledException>(() => TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000, progress, cancel.Token));
        var kept = TextFeatureStore.Count(store.Warehouse, analyzer.Version);
        var rest = TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000);

        Assert.InRange(kept, 1_000, 4_000);
        Assert.Equal(5000 - kept, rest.Computed);
        Assert.Equal(5000, TextFeatureStore.Count(store.Warehouse, analyzer.Version));
    }

    [Fact]
    public void Committing_several_batches_at_a_time_stores_the_rows_of_one_batch_per_commit()
    {
        using var grouped = new TestStore();
        using var single = new TestStore();
        grouped.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        single.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        var analyzer = TextFixtures.Analyzer;

        // 1,000-post batches committed 3 at a time (the last commit holds the 2 left), against one batch, one commit.
        var update = TextFeatureStore.Update(grouped.Warehouse, analyzer, batchSize: 1_000, rowsPerCommit: 2_500);
        TextFeatureStore.Update(single.Warehouse, analyzer, batchSize: 5_000);

        Assert.Equal(5000, update.Computed);
        Assert.Equal(Rows(single), Rows(grouped));
    }

    [Fact]
    public void A_cancelled_update_commits_the_whole_batches_it_appended_since_the_last_commit()
    {
        using var store = new TestStore();
        store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        var analyzer = TextFixtures.Analyzer;
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<TextFeatureProgress>(p => { if (p.Analysed >= 2_000) { cancel.Cancel(); } });

        Assert.ThrowsAny<OperationCanceledException>(() => TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000, progress, cancel.Token, rowsPerCommit: 10_000));

        Assert.Equal(2_000, TextFeatureStore.Count(store.Warehouse, analyzer.Version));
        Assert.Equal(3_000, TextFeatureStore.Update(store.Warehouse, analyzer, batchSize: 1_000).Computed);
    }

    private static List<string> Rows(TestStore store)
    {
        using var command = store.Warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT concat_ws('|', platform, post_id, features_version, is_brand, sentiment, polarity, intent, themes, reply_norm, template_hash, deflection, hedging) FROM text_features ORDER BY platform, post_id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    [Fact]
    public void New_posts_are_computed_incrementally()
    {
        using var store = new TestStore();
        store.Ingest(TwcsCsv.Write(store.File("a.csv"), TwcsCsv.Rows(3).ToArray()));
        Assert.Equal(3, TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer).Computed);

        store.Ingest(TwcsCsv.Write(store.File("b.csv"), TwcsCsv.Rows(2, firstId: 100).ToArray()));

        Assert.Equal(2, TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer).Computed);
    }

    [Fact]
    public void Quality_on_the_shipped_sample_has_every_figure_with_examples()
    {
        using var store = new TestStore();
        store.Ingest(Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv"));
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);

        var quality = Stages.Quality(store.Warehouse, new MetricsOptions(), TextFixtures.Options);

        Assert.Equal(quality.Select(q => q.BrandId).Order(StringComparer.Ordinal), quality.Select(q => q.BrandId));
        var apple = Assert.Single(quality, q => q.BrandId == "apple");
        Assert.True(apple.Replies > 100);
        Assert.True(apple.DeflectionRate > 0.2);
        Assert.Contains(apple.DeflectionKinds, k => k.Kind == "dm");
        Assert.True(apple.TemplatedReplies > 0);
        Assert.NotEmpty(apple.TopTemplates);
        Assert.NotEmpty(apple.Themes);
        // Trends come from the small-sample rule: never "rising"/"falling" on fewer than 10 mentions.
        Assert.All(quality.SelectMany(q => q.Themes).Where(t => t.Count < ClaimRules.MinimumTrendMentions), t => Assert.Equal(ThemeCount.NotEnoughData, t.Trend));
        Assert.Contains(quality.SelectMany(q => q.Themes), t => t.Count < ClaimRules.MinimumTrendMentions);
        Assert.True(apple.Recovery.WithFollowUp > 0);
        Assert.Equal(apple.Mentions, apple.MentionSentiment.Sum(k => k.Count));
        Assert.True(apple.MentionIntent.Sum(k => k.Count) >= apple.Mentions, "every mention has at least one intent (a question can also be a complaint)");
        Assert.NotNull(apple.SentimentShares);
        Assert.Equal(2, apple.SentimentValidation.Count);
        foreach (var id in apple.DeflectionKinds.SelectMany(k => k.ExamplePostIds).Concat(apple.Themes.SelectMany(t => t.ExamplePostIds)))
        {
            Assert.True(apple.Examples.ContainsKey(id), $"example {id} has no post");
        }

        // Customer handles never appear: TWCS customers are numbers, pseudonymised to cust-….
        Assert.All(apple.Examples.Values, e => Assert.DoesNotMatch(@"@\d{6}\b", e.Text));
        Assert.All(apple.Examples.Values.Where(e => e.Author != "AppleSupport"), e => Assert.StartsWith("cust-", e.Author, StringComparison.Ordinal));
    }
}
