using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Tests.Text;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>
/// The weeks each write marks (<see cref="WeekChanges"/>), checked against the reference: the data fingerprint the
/// evaluation cache used before, a hash per week of every stored row its evaluation reads. Wherever a write changes a
/// week's reference, it must change the week's count too, or the cache would reuse an entry computed from other data;
/// a week whose reference is unchanged should keep its count, so that the cache keeps serving it.
/// </summary>
public sealed class WeekChangesTests : IDisposable
{
    private static readonly DateTimeOffset W43 = new(2017, 10, 23, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset W44 = W43.AddDays(7);
    private static readonly DateTimeOffset W45 = W43.AddDays(14);

    private readonly TestStore store = new();

    public void Dispose() => store.Dispose();

    [Fact]
    public void A_new_post_marks_its_own_week_only()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Mention("2", W44.AddDays(1)));
        var before = Weeks();

        Ingest("new.csv", Mention("3", W44.AddDays(2)));

        AssertMarked(before, W44);
    }

    [Fact]
    public void A_late_reply_marks_the_week_of_the_mention_it_answers()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Mention("2", W44.AddDays(1)));
        var before = Weeks();

        // Posted in 2017-W45, answering a mention of W43: W43's replies change.
        Ingest("late.csv", Reply("9", W45.AddDays(1), parent: "1"));

        AssertMarked(before, W43, W45);
    }

    [Fact]
    public void A_parent_arriving_after_its_reply_marks_the_week_of_the_reply()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Reply("9", W45.AddDays(1), parent: "5"));
        var before = Weeks();

        // The mention answered in W45 arrives later, dated in W44: W45's parents change.
        Ingest("parent.csv", Mention("5", W44.AddDays(3)));

        AssertMarked(before, W44, W45);
    }

    [Fact]
    public void A_file_ingested_again_marks_nothing_and_a_failed_ingest_leaves_no_mark()
    {
        var file = TwcsCsv.Write(store.File("base.csv"), Mention("1", W43.AddDays(1)), Reply("9", W44.AddDays(1), parent: "1"));
        store.Ingest(file);
        var before = Weeks();

        store.Ingest(file);
        Assert.Equal(before, Weeks());

        var failing = TwcsCsv.Write(store.File("new.csv"), Mention("3", W45.AddDays(1)));
        Assert.Throws<InvalidOperationException>(() => store.Warehouse.Ingest(
            PostSources.ForFile(failing, store.Registry, store.Options.GetEncoding()), store.Options, FixedTime.Default, null, CancellationToken.None,
            beforeCommit: () => throw new InvalidOperationException("fails before the commit")));
        Assert.Equal(before, Weeks());
    }

    [Fact]
    public void An_edited_post_marks_its_week()
    {
        store.Mastodon("mastodonpy-status-before-edit.json");
        var before = Weeks();
        var week = Assert.Single(before).Key;

        Assert.Equal(1, store.Mastodon("mastodonpy-status-after-edit.json").Edited);

        AssertMarked(before, week);
    }

    [Fact]
    public void A_text_feature_update_marks_the_weeks_of_the_posts_it_analyses()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Reply("9", W43.AddDays(2), parent: "1"));
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        Ingest("new.csv", Mention("3", W44.AddDays(2)));
        var before = Weeks();

        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        AssertMarked(before, W44);

        // Nothing left to analyse: nothing marked.
        var after = Weeks();
        TextFeatureStore.Update(store.Warehouse, TextFixtures.Analyzer);
        Assert.Equal(after, Weeks());
    }

    [Fact]
    public void A_registry_applied_to_the_stored_posts_marks_every_week_and_the_same_one_again_marks_nothing()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Mention("2", W45.AddDays(1)));
        var before = Weeks();

        // The customers' author becomes a brand's handle: their posts change brand.
        var registry = BrandRegistry.Create(
            store.Registry.Brands.Append(new Brand("acme", "Acme", store.Registry.Industries[0], [new BrandHandle(Platform.Twitter, "115712")])),
            store.Registry.Industries);
        store.Warehouse.ApplyRegistry(registry);
        AssertMarked(before, W43, W45);

        var after = Weeks();
        store.Warehouse.ApplyRegistry(registry);
        Assert.Equal(after, Weeks());
    }

    [Fact]
    public void A_version_6_store_is_upgraded_with_one_change_for_each_week_with_posts_and_an_empty_cache()
    {
        Ingest("base.csv", Mention("1", W43.AddDays(1)), Reply("9", W45.AddDays(1), parent: "1"));
        store.Warehouse.Execute("""
            DROP TABLE week_changes;
            INSERT INTO evaluation_cache VALUES ('key', TIMESTAMP '2017-10-30', 'fingerprint', 0, 0, '{}', TIMESTAMP '2017-11-01');
            UPDATE meta SET value = '6' WHERE key = 'schema_version';
            """);
        store.Warehouse.Dispose();

        using var reopened = Warehouse.Open(store.StorePath);

        Assert.Equal(Schema.Version.ToString(CultureInfo.InvariantCulture), reopened.Scalar("SELECT value FROM meta WHERE key = 'schema_version'")!.ToString());
        Assert.Equal("0", reopened.Scalar("SELECT count(*) FROM evaluation_cache")!.ToString());
        var weeks = WeekChanges.Fingerprints(reopened, W43.AddDays(-70), W45.AddDays(70));
        Assert.Equal([W43, W45], weeks.Keys.Order());
        Assert.All(weeks.Values, v => Assert.Equal("changes 1", v));
    }

    [Fact]
    public void Every_statement_that_writes_posts_or_text_features_is_one_whose_weeks_are_marked()
    {
        // A new write path must mark the weeks it changes (WeekChanges) in its transaction, and be added here.
        string[] marked =
        [
            "IngestTransaction.cs", // WeekChanges.MarkIngest before the insert, after the edits
            "Warehouse.cs", // FillMentionsSql, in ApplyRegistry: WeekChanges.MarkAll
            "registry-brand-of-posts.sql", // ApplyRegistry: WeekChanges.MarkAll
            "text-features-stale-delete.sql", // TextFeatureStore.Update: WeekChanges.MarkTextFeatures first
            "schema-migrate-from-1.sql", "schema-migrate-from-2.sql", "schema-migrate-from-3.sql", "schema-migrate-from-4.sql", // then from 6: every week
        ];
        var store = Path.Combine(TestPaths.RepoRoot, "Benchmarking.Engine", "Store");
        var writing = Directory.EnumerateFiles(store, "*.cs").Concat(Directory.EnumerateFiles(Path.Combine(store, "Sql"), "*.sql"))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(
                File.ReadAllText(f), @"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+(posts|text_features)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(marked.Order(StringComparer.Ordinal), writing);
    }

    /// <summary>The fingerprint the evaluation cache checked before <see cref="WeekChanges"/>: a hash of every row a week's evaluation reads.</summary>
    private const string ReferenceSql = """
        WITH w AS (
            SELECT platform, post_id, in_reply_to_id, date_trunc('week', created_at) AS week,
                hash(platform, post_id, author, brand_id, created_at, in_reply_to_id, declared_inbound, text,
                    edited_content_hash, source_id, mentions, is_repost) AS h
            FROM posts),
        own AS (SELECT week, count(*) AS n, bit_xor(h) AS x FROM w GROUP BY week),
        replies AS (
            SELECT w.week, count(*) AS n, bit_xor(hash(r.platform, r.post_id, r.brand_id, r.created_at, r.source_id)) AS x
            FROM w JOIN posts r ON r.platform = w.platform AND r.in_reply_to_id = w.post_id GROUP BY w.week),
        parents AS (
            SELECT w.week, count(*) AS n, bit_xor(hash(p.platform, p.post_id, p.brand_id, p.created_at, p.source_id)) AS x
            FROM w JOIN posts p ON p.platform = w.platform AND p.post_id = w.in_reply_to_id GROUP BY w.week),
        features AS (
            SELECT w.week, count(*) AS n,
                bit_xor(hash(f.platform, f.post_id, f.features_version, f.is_brand, f.reply_norm, f.template_hash, f.deflection)) AS x
            FROM w JOIN text_features f ON f.platform = w.platform AND f.post_id = w.post_id GROUP BY w.week)
        SELECT strftime(own.week, '%Y-%m-%d') || '=' || concat_ws(' ', own.n, own.x, coalesce(replies.n, 0), coalesce(replies.x, 0),
            coalesce(parents.n, 0), coalesce(parents.x, 0), coalesce(features.n, 0), coalesce(features.x, 0))
        FROM own LEFT JOIN replies USING (week) LEFT JOIN parents USING (week) LEFT JOIN features USING (week)
        ORDER BY 1
        """;

    private void Ingest(string name, params string[] rows) => store.Ingest(TwcsCsv.Write(store.File(name), rows));

    private static string Mention(string id, DateTimeOffset at) => TwcsCsv.Row(id, createdAt: TwcsCsv.Time(at), text: $"@sprintcare message {id}");

    private static string Reply(string id, DateTimeOffset at, string parent) =>
        TwcsCsv.Row(id, author: "sprintcare", inbound: "False", createdAt: TwcsCsv.Time(at), text: "Sorry for the wait, we can help.", parent: parent);


    /// <summary>Every week's reference fingerprint and count of changes, by its Monday.</summary>
    private Dictionary<DateTimeOffset, (string Reference, string Changes)> Weeks()
    {
        TextFeatureStore.EnsureCreated(store.Warehouse);
        var reference = TestStore.Strings(store.Warehouse, ReferenceSql).ToDictionary(
            r => new DateTimeOffset(DateTime.ParseExact(r[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero), r => r[11..]);
        var changes = WeekChanges.Fingerprints(store.Warehouse, DateTimeOffset.UnixEpoch, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(reference.Keys.Order(), changes.Keys.Order());
        return reference.ToDictionary(r => r.Key, r => (r.Value, changes[r.Key]));
    }

    /// <summary>
    /// The weeks whose reference changed since <paramref name="before"/> are exactly <paramref name="expected"/>, and
    /// exactly they have a new count.
    /// </summary>
    private void AssertMarked(Dictionary<DateTimeOffset, (string Reference, string Changes)> before, params DateTimeOffset[] expected)
    {
        var after = Weeks();
        var changed = after.Where(w => !before.TryGetValue(w.Key, out var was) || was.Reference != w.Value.Reference).Select(w => w.Key).Order().ToList();
        var marked = after.Where(w => !before.TryGetValue(w.Key, out var was) || was.Changes != w.Value.Changes).Select(w => w.Key).Order().ToList();
        Assert.Equal(expected.Order(), changed);
        Assert.Equal(changed, marked);
    }
}
