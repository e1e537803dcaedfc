using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Inference;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;
using Benchmarking.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// The ClickHouse backend against the DuckDB one on real and shipped data, on a two-shard cluster: same accounting, same
/// conversation facts, checks and reply delays, and so the same per-brand figures to the bit; re-ingest adds nothing;
/// an interrupted ingest is invisible and a rerun repairs it.
/// </summary>
public sealed class ClickHouseBackendTests(ITestOutputHelper output)
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");
    private static readonly string Scenario = Path.Combine(TestPaths.RepoRoot, "data", "scenario-qantas-virgin.csv");
    private static readonly BrandRegistry ScenarioRegistry = BrandRegistry.Load(Path.Combine(TestPaths.RepoRoot, "data", "scenario-qantas-virgin.brands.json"));

    [ClickHouseFact]
    public void Twcs_head_5000_gives_the_same_accounting_facts_and_figures_on_both_backends() =>
        SameOnBothBackends(Head5000, Registries.Shipped);

    [ClickHouseFact]
    public void The_qantas_virgin_scenario_gives_the_same_accounting_facts_and_figures_on_both_backends() =>
        SameOnBothBackends(Scenario, ScenarioRegistry);

    [ClickHouseFact]
    public void Rejects_the_same_rows_for_the_same_reasons_and_writes_the_same_rejects_file()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var dir = new TempDir();
        var first = TwcsCsv.Write(dir.File("first.csv"),
        [
            .. TwcsCsv.Rows(5),
            TwcsCsv.Row("1", text: "@sprintcare message 1"),
            TwcsCsv.Row("2", text: "@sprintcare another text"),
            TwcsCsv.Row("6", text: "@sprintcare nul \0 here"),
            TwcsCsv.Row("7", createdAt: "not a time"),
            TwcsCsv.Row("8", createdAt: "Tue Oct 31 22:10:47 +0000 2030"),
        ]);
        var second = TwcsCsv.Write(dir.File("second.csv"),
            TwcsCsv.Row("1", text: "@sprintcare message 1"),
            TwcsCsv.Row("3", text: "@sprintcare changed"),
            TwcsCsv.Row("100", text: "@sprintcare new"));

        foreach (var file in new[] { first, second })
        {
            var duck = stores.Ingest(stores.DuckDb, file);
            var click = stores.Ingest(stores.ClickHouse, file);

            Assert.True(duck.Rejected > 0);
            Assert.Equal((duck.Read, duck.Accepted, duck.NewPosts, duck.AlreadyStored, duck.Rejected), (click.Read, click.Accepted, click.NewPosts, click.AlreadyStored, click.Rejected));
            Assert.Equal(duck.RejectedByReason.OrderBy(p => p.Key), click.RejectedByReason.OrderBy(p => p.Key));
            Assert.Equal(duck.FirstRejects, click.FirstRejects);
            Assert.Equal(File.ReadAllText(duck.RejectsFile!), File.ReadAllText(click.RejectsFile!));
        }
    }

    [ClickHouseFact]
    public void Keeps_pull_checkpoints_as_the_duckdb_store_does()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        var at = new DateTimeOffset(2017, 11, 1, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<PullCheckpoint> withPosts = [new("sprint", "twitter", "mentions", "100", at), new("sprint", "twitter", "timeline", null, null)];
        IReadOnlyList<PullCheckpoint> later = [new("sprint", "twitter", "mentions", "200", at.AddHours(1))];
        foreach (ICareStore store in new ICareStore[] { stores.DuckDb, stores.ClickHouse })
        {
            store.Ingest(PostSources.ForFile(Head5000, Registries.Shipped, new IngestOptions().GetEncoding()), stores.Options(store.GetType().Name), FixedTime.Default, null, CancellationToken.None, withPosts);
            store.SaveCheckpoints(later, FixedTime.Default.GetUtcNow().AddMinutes(1));
        }

        Assert.Equal(
            stores.DuckDb.Checkpoints("sprint", "twitter").OrderBy(p => p.Key, StringComparer.Ordinal),
            stores.ClickHouse.Checkpoints("sprint", "twitter").OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("200", stores.ClickHouse.Checkpoints("sprint", "twitter")["mentions"].LastId);
    }

    [ClickHouseFact]
    public void A_duckdb_store_migrates_with_every_post_and_the_same_facts()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var dir = new TempDir();
        var duckPath = dir.File("old.duckdb");
        List<ConversationFact> expected;
        long posts;
        using (var old = DuckDbStore.Open(duckPath))
        {
            old.ApplyRegistry(Registries.Shipped);
            stores.Ingest(old, Head5000);
            stores.Ingest(old, Scenario);
            posts = old.Totals().Posts;
            expected = Facts(old, Scope(old));
        }

        var migrated = stores.ClickHouse.Ingest(new StoredPostSource(duckPath), stores.Options("migrate"), FixedTime.Default, null, CancellationToken.None);
        var again = stores.ClickHouse.Ingest(new StoredPostSource(duckPath), stores.Options("migrate"), FixedTime.Default, null, CancellationToken.None);

        Assert.Equal((posts, posts, posts, 0L), (migrated.Read, migrated.Accepted, migrated.NewPosts, migrated.Rejected));
        Assert.Equal((0L, posts), (again.NewPosts, again.AlreadyStored));
        Assert.Equal(posts, stores.ClickHouse.Totals().Posts);
        Assert.Equal(expected, Facts(stores.ClickHouse, Scope(stores.ClickHouse)));
    }

    [ClickHouseFact]
    public void Stores_text_with_tabs_line_breaks_backslashes_quotes_and_emoji_exactly()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        using var dir = new TempDir();
        string[] texts = ["@sprintcare tab\there", "@sprintcare two\nlines\r\nand CRLF", "@sprintcare back\\slash \\N \\t", "@sprintcare 'quotes' \"double\" [x,y]", "@sprintcare ✈️ émoji 😀 日本"];
        var file = TwcsCsv.Write(dir.File("texts.csv"), [.. texts.Select((t, i) => TwcsCsv.Row((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text: t))]);
        stores.Ingest(stores.DuckDb, file);
        stores.Ingest(stores.ClickHouse, file);
        string[] ids = ["1", "2", "3", "4", "5"];

        Assert.Equal(texts, stores.ClickHouse.ReadPosts(ids).Select(p => p.Text));
        Assert.Equal(stores.DuckDb.ReadPosts(ids), stores.ClickHouse.ReadPosts(ids));
    }

    [ClickHouseFact]
    public void Keeps_one_snapshot_per_week_exactly_as_written_as_the_duckdb_store_does()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        var week = new IsoWeek(2017, 44);
        WeeklySnapshot Snapshot(double score, string clock) => new(
            week, new DateTimeOffset(2017, 11, 6, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567), "4.0", "responsiveness 0.3, speed 0.3", "min-max", TimeSpan.FromHours(72),
            10, 200, 42, new DateTimeOffset(2017, 10, 30, 0, 0, 1, TimeSpan.Zero), null, new DateTimeOffset(2017, 11, 5, 23, 59, 59, TimeSpan.Zero),
            new SnapshotAccounting(100, 60, 3, 5000, 1, 5000, 4990, 10),
            [
                new WeeklyBrandResult("sprint", "Sprint", "telecom", 1, null, 40, 30, 2, 30 / 38.0, 1234.5, score, score - 0.1 / 3, null, [new ComponentScore("speed", "Speed", Math.PI, 0.3)]),
                new WeeklyBrandResult("ebay", "eBay", "retail", null, null, 3, 1, 0, 1 / 3.0, null, 0, null, null, []),
            ]) { Clock = clock };
        string Json(IEnumerable<WeeklySnapshot> snapshots) => System.Text.Json.JsonSerializer.Serialize(snapshots.Select(s => s with { Brands = [.. s.Brands] }), ClickHouseStore.SnapshotJson);

        foreach (var store in new ICareStore[] { stores.DuckDb, stores.ClickHouse })
        {
            store.ReplaceSnapshot(Snapshot(0.7, "wall"));
            store.ReplaceSnapshot(Snapshot(0.1 + 0.2, "business"));
            store.ReplaceSnapshot(Snapshot(0.7, "wall") with { Week = new IsoWeek(2017, 45) });
        }

        Assert.Equal(Json(stores.DuckDb.Snapshots()), Json(stores.ClickHouse.Snapshots()));
        Assert.Equal(0.1 + 0.2, stores.ClickHouse.Snapshots()[0].Brands[0].Score);
        Assert.True(stores.ClickHouse.DeleteSnapshot(week));
        Assert.False(stores.ClickHouse.DeleteSnapshot(week));
        Assert.Equal([new IsoWeek(2017, 45)], stores.ClickHouse.Snapshots().Select(s => s.Week));
    }

    [ClickHouseFact]
    public void Facts_checks_and_reply_delays_built_in_passes_are_those_built_in_one()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        stores.Ingest(stores.ClickHouse, Head5000);
        var scope = Scope(stores.ClickHouse);
        var set = stores.ClickHouse.BuildConversations(scope);
        var (facts, checks, delays) = (stores.ClickHouse.ReadConversations(set, withAuthors: true).ToList(), stores.ClickHouse.CheckConversations(set), stores.ClickHouse.ReadReplyDelays(scope).ToList());

        stores.ClickHouse.RepliesPerPass = 300; // ≈ 7 passes over the head's brand replies
        var inPasses = stores.ClickHouse.BuildConversations(scope);

        Assert.Equal(facts, stores.ClickHouse.ReadConversations(inPasses, withAuthors: true));
        Assert.Equal(checks, stores.ClickHouse.CheckConversations(inPasses));
        Assert.Equal(delays, stores.ClickHouse.ReadReplyDelays(scope));
    }

    [ClickHouseFact]
    public void Re_ingesting_a_file_adds_nothing()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        var first = stores.Ingest(stores.ClickHouse, Head5000);
        var before = stores.ClickHouse.Totals();
        var factsBefore = Facts(stores.ClickHouse, Scope(stores.ClickHouse));

        var second = stores.Ingest(stores.ClickHouse, Head5000);

        Assert.True(first.NewPosts > 0);
        Assert.Equal(0, second.NewPosts);
        Assert.Equal(first.Accepted, second.AlreadyStored);
        Assert.Equal((first.Read, first.Rejected), (second.Read, second.Rejected));
        Assert.Equal(before, stores.ClickHouse.Totals());
        Assert.Equal(before.Posts, stores.ClickHouse.PostsPerShard().Sum());
        Assert.Equal(factsBefore, Facts(stores.ClickHouse, Scope(stores.ClickHouse)));
    }

    [ClickHouseFact]
    public void An_ingest_that_fails_part_way_stores_nothing_visible_and_a_rerun_repairs_it()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        stores.ClickHouse.ChunkSize = 1000;
        var failing = new FailingSource(PostSources.ForFile(Head5000, Registries.Shipped, new IngestOptions().GetEncoding()), failAfter: 3500);

        var error = Assert.Throws<IOException>(() => stores.Ingest(stores.ClickHouse, Head5000, failing));

        Assert.Contains("lost", error.Message, StringComparison.Ordinal);
        Assert.True(stores.ClickHouse.PostsPerShard().Sum() >= 3000, "chunks before the failure were inserted");
        Assert.Equal(0, stores.ClickHouse.Totals().Posts);
        Assert.Empty(stores.ClickHouse.Totals().Files);

        var rerun = stores.Ingest(stores.ClickHouse, Head5000);
        var duck = stores.Ingest(stores.DuckDb, Head5000);

        Assert.Equal((duck.Read, duck.Accepted, duck.NewPosts, duck.AlreadyStored, duck.Rejected), (rerun.Read, rerun.Accepted, rerun.NewPosts, rerun.AlreadyStored, rerun.Rejected));
        Assert.Equal(duck.NewPosts, stores.ClickHouse.Totals().Posts);
        Assert.Equal(Facts(stores.DuckDb, Scope(stores.DuckDb)), Facts(stores.ClickHouse, Scope(stores.ClickHouse)));
    }

    [ClickHouseClusterFact]
    public void A_shard_lost_mid_ingest_names_the_shard_and_a_rerun_stores_every_post_once()
    {
        using var cluster = new PrivateCluster();
        using var stores = new ClickHouseTestStore(Registries.Shipped, cluster.Url);
        stores.ClickHouse.ChunkSize = 1000;
        var losing = new FailingSource(PostSources.ForFile(Head5000, Registries.Shipped, new IngestOptions().GetEncoding()), failAfter: int.MaxValue)
        {
            AtRecord = (2500, () => cluster.StopShard(2)),
        };

        ClickHouseException error;
        try
        {
            error = Assert.Throws<ClickHouseException>(() => stores.Ingest(stores.ClickHouse, Head5000, losing));
        }
        finally
        {
            cluster.StartShard(2);
        }

        output.WriteLine(error.Message);
        Assert.Contains("ClickHouse shard 2 (127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing of this file is counted", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stores.ClickHouse.Totals().Posts);

        var rerun = stores.Ingest(stores.ClickHouse, Head5000);
        var duck = stores.Ingest(stores.DuckDb, Head5000);

        Assert.Equal((duck.Read, duck.Accepted, duck.NewPosts, duck.Rejected), (rerun.Read, rerun.Accepted, rerun.NewPosts, rerun.Rejected));
        Assert.Equal(duck.NewPosts, stores.ClickHouse.Totals().Posts);
        Assert.Equal(Facts(stores.DuckDb, Scope(stores.DuckDb)), Facts(stores.ClickHouse, Scope(stores.ClickHouse)));
    }

    [ChDbFact]
    public void The_same_sql_gives_the_same_rows_on_current_clickhouse()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        stores.Ingest(stores.ClickHouse, Head5000);
        using var data = new TempDir();
        using var current = new ChDb(Environment.GetEnvironmentVariable(ChDb.Variable)!, data.Path);
        var db = stores.Location.Database;
        var shardDdl = ClickHouseSchema.Shard(db, stores.Location.Cluster).ToList();
        // The database, posts_local, superseded_local and text_features_local.
        foreach (var ddl in shardDdl.Where(d => !d.Contains("Distributed", StringComparison.Ordinal)))
        {
            current.Query(ddl);
        }

        // One node: the "Distributed" table is a view over the local one.
        current.Query($"CREATE VIEW {db}.posts AS SELECT * FROM {db}.posts_local");
        var http = new ClickHouseHttp(stores.Location);
        var rows = http.Query(0, $"SELECT {ClickHouseSchema.PostColumns} FROM {db}.posts");
        var tsv = new System.Text.StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                Tsv.Append(tsv, row[i]);
                tsv.Append(i + 1 < row.Length ? '\t' : '\n');
            }
        }

        current.Query($"INSERT INTO {db}.posts_local ({ClickHouseSchema.PostColumns}) FORMAT TabSeparated\n{tsv}");
        Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), current.Query($"SELECT count() FROM {db}.posts_local")[0][0]);

        // The text features, computed on the cluster, copied too.
        stores.ClickHouse.UpdateTextFeatures(Text.TextFixtures.Analyzer, 5000, null, CancellationToken.None);
        var features = new System.Text.StringBuilder();
        foreach (var row in Enumerable.Range(0, http.Shards).SelectMany(node => http.Query(node, $"SELECT {FeatureNulls} FROM {db}.text_features_local")))
        {
            features.AppendJoin('\t', row.Select(v => v == "\\N" ? v : Tsv.Field(v))).Append('\n');
        }

        current.Query($"INSERT INTO {db}.text_features_local ({ClickHouseStore.FeatureColumns}) FORMAT TabSeparated\n{features}");

        var batches = stores.ClickHouse.CommittedBatches();
        var asOf = stores.ClickHouse.LatestPostTime()!.Value;
        foreach (var name in new[] { "conversation-facts", "reply-delays", "reply-checks", "source-checks" })
        {
            var sql = ClickHouseQueries.Render(name, db, Registries.Shipped, batches, long.MinValue, Microseconds.From(asOf.AddDays(-1)));
            var old = Enumerable.Range(0, http.Shards).SelectMany(node => http.Query(node, sql)).ToList();
            var now = current.Query(sql);
            if (name is "reply-checks" or "source-checks")
            {
                // Per-shard sums (reply-checks) add up; source-checks already ran over the whole cluster.
                old = name == "reply-checks" ? [[.. Enumerable.Range(0, 2).Select(i => old.Sum(r => long.Parse(r[i], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture))]] : [old[0]];
            }

            output.WriteLine($"{name}: {old.Count} row(s) on 18.16, {now.Count} on {current.Query("SELECT version()")[0][0]}");
            Assert.NotEmpty(now);
            foreach (var (a, b) in old.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal).Zip(now.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal)).Where(p => p.First != p.Second).Take(3))
            {
                output.WriteLine($"  18.16: {a}\n  now:   {b}");
            }

            Assert.Equal(old.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal), now.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal));
        }

        // The text and alias statements. One row per post (brand-replies, text-pending): the same rows. Per-shard groups
        // (the others): the shards' groups added up by the store differ from one node's groups by construction, so the
        // check is that each runs and agrees on its totals.
        var version = Text.TextFixtures.Analyzer.Version;
        var more = new Dictionary<string, string> { ["{examples}"] = "3", ["{handles}"] = "('twitter','115911'),('twitter','sprintcare')" };
        foreach (var (name, sum) in new[] { ("brand-replies", -1), ("text-pending", -1), ("text-analysed", 0), ("reply-templates", 3), ("follow-candidates", -2), ("alias-shares", 2), ("alias-brands", 3), ("alias-handles", 2) })
        {
            var sql = ClickHouseQueries.Render(name, db, Registries.Shipped, batches, long.MinValue, long.MaxValue, version, null, more);
            var old = Enumerable.Range(0, http.Shards).SelectMany(node => http.Query(node, sql)).ToList();
            var now = current.Query(sql);
            output.WriteLine($"{name}: {old.Count} row(s) on 18.16 (both shards), {now.Count} on current ClickHouse");
            if (sum == -1)
            {
                Assert.Equal(old.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal), now.Select(r => string.Join('\t', r)).Order(StringComparer.Ordinal));
            }
            else if (sum >= 0)
            {
                Assert.Equal(old.Sum(r => long.Parse(r[sum], System.Globalization.CultureInfo.InvariantCulture)), now.Sum(r => long.Parse(r[sum], System.Globalization.CultureInfo.InvariantCulture)));
            }

            Assert.Equal(old.Count == 0, now.Count == 0);
        }
    }

    /// <summary>The feature columns read back with NULL as the TSV null (a literal backslash-N that survives unescaping).</summary>
    private const string FeatureNulls = @"platform, post_id, author_lc, author_account_id, features_version, is_brand, ifNull(sentiment, '\\N'), ifNull(toString(polarity), '\\N'), ifNull(intent, '\\N'), themes, ifNull(reply_norm, '\\N'), ifNull(template_hash, '\\N'), deflection, hedging";


    private void SameOnBothBackends(string file, BrandRegistry registry)
    {
        using var stores = new ClickHouseTestStore(registry);
        var duck = stores.Ingest(stores.DuckDb, file);
        var click = stores.Ingest(stores.ClickHouse, file);

        Assert.Equal((duck.Read, duck.Accepted, duck.NewPosts, duck.AlreadyStored, duck.Rejected), (click.Read, click.Accepted, click.NewPosts, click.AlreadyStored, click.Rejected));
        Assert.Equal(duck.RejectedByReason.OrderBy(p => p.Key), click.RejectedByReason.OrderBy(p => p.Key));
        Assert.Equal(duck.Warnings, click.Warnings);
        var (duckTotals, clickTotals) = (stores.DuckDb.Totals(), stores.ClickHouse.Totals());
        Assert.Equal((duckTotals.Posts, duckTotals.BrandPosts, duckTotals.Sources), (clickTotals.Posts, clickTotals.BrandPosts, clickTotals.Sources));
        var perShard = stores.ClickHouse.PostsPerShard();
        Assert.All(perShard, n => Assert.True(n > 0, "every shard holds posts"));
        output.WriteLine($"{Path.GetFileName(file)}: read {click.Read}, new {click.NewPosts}, rejected {click.Rejected}; posts per shard {string.Join(" + ", perShard)}");
        Assert.Equal(stores.DuckDb.LatestPostTime(), stores.ClickHouse.LatestPostTime());

        var asOf = stores.DuckDb.LatestPostTime()!.Value;
        var first = stores.DuckDb.ReadConversations(stores.DuckDb.BuildConversations(Scope(stores.DuckDb))).First().MentionAt;
        foreach (var scope in new[]
                 {
                     Scope(stores.DuckDb),
                     new ConversationScope(first.AddHours(6), asOf.AddHours(-12), TimeSpan.FromHours(1), asOf.AddHours(-6)),
                 })
        {
            var duckSet = stores.DuckDb.BuildConversations(scope);
            var clickSet = stores.ClickHouse.BuildConversations(scope);
            var duckFacts = stores.DuckDb.ReadConversations(duckSet, withAuthors: true).ToList();
            var clickFacts = stores.ClickHouse.ReadConversations(clickSet, withAuthors: true).ToList();

            Assert.NotEmpty(duckFacts);
            Assert.Equal(duckFacts, clickFacts);
            var checks = stores.ClickHouse.CheckConversations(clickSet);
            Assert.Equal(stores.DuckDb.CheckConversations(duckSet), checks);
            output.WriteLine($"  {scope.AnswerWindow}: {clickFacts.Count} facts ({clickFacts.Count(f => f.Status == MentionStatus.Answered)} answered, {clickFacts.Count(f => f.Status == MentionStatus.Pending)} pending, {clickFacts.Sum(f => f.EarlyReplies)} early replies) over {clickFacts.Select(f => f.BrandId).Distinct().Count()} brands; {checks}");
            Assert.Equal(
                stores.DuckDb.ReadReplyDelays(scope).OrderBy(d => d.BrandId, StringComparer.Ordinal).ThenBy(d => d.Milliseconds),
                stores.ClickHouse.ReadReplyDelays(scope));

            Assert.Equal(stores.DuckDb.CountBrandPosts(scope).OrderBy(p => p.Key, StringComparer.Ordinal), stores.ClickHouse.CountBrandPosts(scope).OrderBy(p => p.Key, StringComparer.Ordinal));

            var duckFigures = Figures(stores.DuckDb, scope, registry);
            var clickFigures = Figures(stores.ClickHouse, scope, registry);
            Assert.Equal(duckFigures.Keys, clickFigures.Keys);
            foreach (var brand in duckFigures.Keys)
            {
                var (d, c) = (duckFigures[brand], clickFigures[brand]);
                Assert.Equal((d.Mentions, d.Answered, d.Pending, d.Unanswered), (c.Mentions, c.Answered, c.Pending, c.Unanswered));
                Assert.Equal(Bits(d.ResponseRate), Bits(c.ResponseRate));
                Assert.Equal(Times(d.FirstResponse), Times(c.FirstResponse));
                Assert.Equal(Bits(d.LogIqrDecades), Bits(c.LogIqrDecades));
                Assert.Equal(new[] { d.Within15Min, d.Within1Hour, d.Within24Hours }.Select(Bits), new[] { c.Within15Min, c.Within1Hour, c.Within24Hours }.Select(Bits));
                Assert.Equal(d, c); // every other figure (survival shares, business clock, out-of-hours, reply counts)
            }
        }
    }

    private static ConversationScope Scope(ICareStore store) => new(null, null, TimeSpan.FromHours(72), store.LatestPostTime() ?? DateTimeOffset.UnixEpoch);

    private static List<ConversationFact> Facts(ICareStore store, ConversationScope scope) => [.. store.ReadConversations(store.BuildConversations(scope), withAuthors: true)];

    /// <summary>Count, median, mean, variance, standard deviation and quartiles / P90, each as its exact bits.</summary>
    private static (long, long?, long?, long?, long?, long?, long?, long?) Times(ResponseTimeStats s) =>
        (s.Count, Bits(s.MedianSeconds), Bits(s.MeanSeconds), Bits(s.VarianceSeconds2), Bits(s.StdDevSeconds), Bits(s.P25Seconds), Bits(s.P75Seconds), Bits(s.P90Seconds));

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    /// <summary>
    /// The per-brand figures of a backend by the engine's one definition: <see cref="MetricsCalculator"/> over the facts,
    /// checks and brand post counts the backend gives (as <c>ConversationStage</c> calls it).
    /// </summary>
    private static Dictionary<string, BrandMetrics> Figures(ICareStore store, ConversationScope scope, BrandRegistry registry)
    {
        var set = store.BuildConversations(scope);
        var metrics = MetricsCalculator.Compute(ConversationFacts.Load(set, store.ReadConversations(set)), store.CheckConversations(set), store.CountBrandPosts(scope), registry);
        return metrics.Brands.ToDictionary(b => b.BrandId, StringComparer.Ordinal);
    }

    /// <summary>A source that loses its input after <c>failAfter</c> records, as a dropped connection or a full disk would.</summary>
    private sealed class FailingSource(IPostSource inner, int failAfter) : IPostSource
    {
        /// <summary>An action run once, before the given record is handed on (e.g. stopping a shard).</summary>
        public (int Record, Action Run)? AtRecord { get; init; }

        public string Name => inner.Name;

        public string Format => inner.Format;

        public string IdField => inner.IdField;

        public string? Sha256 => inner.Sha256;

        public long Bytes => inner.Bytes;

        public IEnumerable<ReadOutcome> Read(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
        {
            var n = 0;
            foreach (var outcome in inner.Read(progress, cancellationToken))
            {
                if (++n == AtRecord?.Record)
                {
                    AtRecord.Value.Run();
                }

                if (n > failAfter)
                {
                    throw new IOException("The input was lost part way (test).");
                }

                yield return outcome;
            }
        }
    }
}
