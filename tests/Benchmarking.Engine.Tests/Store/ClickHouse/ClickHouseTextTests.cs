using System.Text.Json;
using System.Text.RegularExpressions;
using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store.ClickHouse;
using Benchmarking.Engine.Tests.Support;
using Benchmarking.Engine.Tests.Text;
using Xunit.Abstractions;

namespace Benchmarking.Engine.Tests.Store.ClickHouse;

/// <summary>
/// Text features and alias suggestions on the cluster against the DuckDB store, on real TWCS posts spread over both
/// shards: the same stored features, the same rows for every text read, the same quality figures and care scores, and
/// the same alias candidates with the same evidence.
/// </summary>
public sealed class ClickHouseTextTests(ITestOutputHelper output)
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

    [ClickHouseFact]
    public void Text_features_give_the_same_reads_quality_and_scores_on_both_backends()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        stores.Ingest(stores.DuckDb, Head5000);
        stores.Ingest(stores.ClickHouse, Head5000);
        var version = TextFixtures.Analyzer.Version;

        Assert.False(stores.ClickHouse.TextFeaturesCurrent(version));
        var scope = new ConversationScope(null, null, TimeSpan.FromHours(72), stores.DuckDb.LatestPostTime()!.Value);
        Assert.Null(stores.ClickHouse.ReadReplyTemplates(scope));
        Assert.False(stores.ClickHouse.IsTextAnalysed(scope));

        var duckUpdate = stores.DuckDb.UpdateTextFeatures(TextFixtures.Analyzer, 700, null, CancellationToken.None);
        var clickUpdate = stores.ClickHouse.UpdateTextFeatures(TextFixtures.Analyzer, 700, null, CancellationToken.None);

        Assert.Equal(duckUpdate.Computed, clickUpdate.Computed);
        Assert.True(stores.ClickHouse.TextFeaturesCurrent(version));
        Assert.Equal(stores.DuckDb.CountTextFeatures(version), stores.ClickHouse.CountTextFeatures(version));
        Assert.Equal(0, stores.ClickHouse.UpdateTextFeatures(TextFixtures.Analyzer, 700, null, CancellationToken.None).Computed);
        Assert.True(stores.ClickHouse.IsTextAnalysed(scope));
        output.WriteLine($"features: {clickUpdate.Computed} posts; per shard {string.Join(" + ", stores.ClickHouse.PostsPerShard())}");

        var templates = stores.ClickHouse.ReadReplyTemplates(scope);
        Assert.NotNull(templates);
        Assert.NotEmpty(templates);
        Assert.Equal(stores.DuckDb.ReadReplyTemplates(scope), templates);
        Assert.Equal(stores.DuckDb.ReadBrandReplies(scope), stores.ClickHouse.ReadBrandReplies(scope));
        var duckSet = stores.DuckDb.BuildConversations(scope);
        var clickSet = stores.ClickHouse.BuildConversations(scope);
        var mentions = stores.ClickHouse.ReadMentionTexts(clickSet).ToList();
        Assert.NotEmpty(mentions);
        Assert.Equal(stores.DuckDb.ReadMentionTexts(duckSet), mentions);
        var followUps = stores.ClickHouse.ReadFollowUps(clickSet).ToList();
        Assert.Contains(followUps, f => f.FollowUpId is not null && f.FollowUpSentiment is not null);
        Assert.Equal(stores.DuckDb.ReadFollowUps(duckSet), followUps);
        output.WriteLine($"{templates.Count} templates, {mentions.Count} mentions with features, {followUps.Count(f => f.FollowUpId is not null)} follow-ups");

        // Through the pipeline: the quality figures and the care scores with both text components.
        var duck = CareBenchmark.Open(stores.DuckDb, Registries.Shipped);
        var click = CareBenchmark.Open(stores.ClickHouse, Registries.Shipped);
        Assert.Equal(Json(duck.Quality(textOptions: TextFixtures.Options)), Json(click.Quality(textOptions: TextFixtures.Options)));
        var duckResult = duck.Evaluate(textOptions: TextFixtures.Options);
        var clickResult = click.Evaluate(textOptions: TextFixtures.Options);
        Assert.DoesNotContain(clickResult.Findings, f => f.RuleId == "text-features-missing");
        Assert.Equal(Json(duckResult.Leaderboards), Json(clickResult.Leaderboards));
    }

    [ClickHouseFact]
    public void A_registry_change_makes_the_features_of_posts_whose_brand_status_changed_stale_and_an_update_recomputes_them()
    {
        using var stores = new ClickHouseTestStore(Registries.Shipped);
        stores.Ingest(stores.ClickHouse, Head5000);
        var version = TextFixtures.Analyzer.Version;
        stores.ClickHouse.UpdateTextFeatures(TextFixtures.Analyzer, 5000, null, CancellationToken.None);
        var without = BrandRegistry.Create(Registries.Shipped.Brands.Where(b => b.Id != "delta"), Registries.Shipped.Industries);

        stores.ClickHouse.ApplyRegistry(without);

        Assert.False(stores.ClickHouse.TextFeaturesCurrent(version));
        var update = stores.ClickHouse.UpdateTextFeatures(TextFixtures.Analyzer, 5000, null, CancellationToken.None);
        Assert.True(update.Computed > 0, "Delta's posts are customer posts now");
        Assert.Equal(update.Computed, update.Removed);
        Assert.True(stores.ClickHouse.TextFeaturesCurrent(version));
    }

    [ClickHouseFact]
    public void Alias_suggestions_are_the_same_on_both_backends()
    {
        // The shipped registry without its aliases, so the suggestions find them again (as the brands command test does).
        var withoutAliases = BrandRegistry.Create(Registries.Shipped.Brands.Select(b => b with { Aliases = [] }), Registries.Shipped.Industries);
        using var stores = new ClickHouseTestStore(withoutAliases);
        var sample = Path.Combine(TestPaths.RepoRoot, "data", "twcs-sample.csv");
        stores.Ingest(stores.DuckDb, sample);
        stores.Ingest(stores.ClickHouse, sample);
        foreach (var options in new[] { new AliasSuggestionOptions(), new AliasSuggestionOptions { MinimumAnswered = 1, MinimumShare = 0, MinimumLift = 0, Examples = 2 } })
        {
            var duck = stores.DuckDb.AliasCandidates(options);
            var click = stores.ClickHouse.AliasCandidates(options);

            Assert.NotEmpty(click);
            Assert.Equal(Json(duck), Json(click));
            output.WriteLine($"{click.Count} candidate(s), first {click[0].Platform}:@{click[0].Handle} → {click[0].BrandId}");
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { IncludeFields = true, Converters = { new IsoWeekJsonConverter() } });
}
