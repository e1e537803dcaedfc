using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pipeline;

/// <summary>Methodology v4 hidden aliases on the shipped TWCS sample: suggestions, the shipped aliases, re-resolution.</summary>
public sealed class HiddenAliasTests : IDisposable
{
    private static readonly ScoreOptions Quick = new() { BootstrapResamples = 0 };

    private static readonly BrandRegistry WithoutAliases = BrandRegistry.Create(Registries.Shipped.Brands.Select(b => b with { Aliases = [] }), Registries.Shipped.Industries);

    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    private CareBenchmark Open(BrandRegistry registry) => SampleStores.Open(dir, registry);

    private static Dictionary<string, (long Mentions, long Answered)> Counts(CareBenchmark benchmark) =>
        benchmark.Evaluate(scoreOptions: Quick).AllBrands.ToDictionary(b => b.Brand.Id, b => (b.Metrics.Mentions, b.Metrics.Answered), StringComparer.Ordinal);

    [Fact]
    public void The_shipped_aliases_raise_the_mention_counts_of_their_brands_and_changing_them_re_resolves_the_store()
    {
        Dictionary<string, (long Mentions, long Answered)> before, after;
        using (var benchmark = Open(WithoutAliases))
        {
            before = Counts(benchmark);
        }

        // The same store reopened with the shipped registry: only the aliases differ, so the registry fingerprint does.
        using (var benchmark = Open(Registries.Shipped))
        {
            after = Counts(benchmark);
        }

        var aliased = Registries.Shipped.Brands.Where(b => b.Aliases.Count > 0).Select(b => b.Id).ToList();
        Assert.Equal(21, aliased.Count);
        Assert.All(aliased, id => Assert.True(after[id].Mentions > before.GetValueOrDefault(id).Mentions, $"{id}: {before.GetValueOrDefault(id)} -> {after[id]}"));
        Assert.All(aliased, id => Assert.True(after[id].Answered > before.GetValueOrDefault(id).Answered, id));
        Assert.All(before.Keys.Except(aliased), id => Assert.Equal(before[id], after[id]));
        Assert.Equal(33, before["t-mobile"].Answered);
        Assert.Equal(73, after["t-mobile"].Answered);
    }

    [Fact]
    public void Suggestions_find_the_anonymised_brand_accounts_and_skip_registered_aliases()
    {
        using (var benchmark = Open(WithoutAliases))
        {
            var suggestions = benchmark.SuggestAliases();

            var tmobile = Assert.Single(suggestions, s => s.Handle == "115911");
            Assert.Equal(("t-mobile", Platform.Twitter, "high"), (tmobile.BrandId, tmobile.Platform, tmobile.Confidence));
            Assert.Equal((60L, 47L, 45L, 40L), (tmobile.Mentions, tmobile.AnsweredByAny, tmobile.AnsweredByBrand, tmobile.NewMentions));
            Assert.True(tmobile.Lift > 20);
            Assert.Equal(3, tmobile.ExamplePostIds.Count);
            Assert.Equal("sprint", Assert.Single(suggestions, s => s.Handle == "115714").BrandId);
            Assert.Equal(suggestions.OrderByDescending(s => s.ShareLower).ToList(), suggestions);

            // Every shipped alias was suggested at the defaults (the registry adds judgement: not every suggestion is shipped).
            var suggested = suggestions.Select(s => (s.BrandId, s.Handle)).ToHashSet();
            Assert.All(Registries.Shipped.Brands.SelectMany(b => b.Aliases.Select(a => (b.Id, a.Handle))), alias => Assert.Contains(alias, suggested));
        }

        using (var benchmark = Open(Registries.Shipped))
        {
            var shipped = Registries.Shipped.Brands.SelectMany(b => b.Aliases).Select(a => a.Handle).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(benchmark.SuggestAliases(), s => shipped.Contains(s.Handle));
        }
    }

    [Fact]
    public void Applying_suggestions_writes_a_valid_copy_and_leaves_the_registry_alone()
    {
        var source = dir.File("brands.json");
        File.WriteAllText(source, """
            // comment
            { "industries": ["telecom"], "brands": [
              { "id": "t-mobile", "name": "T-Mobile", "industry": "telecom", "handles": { "twitter": ["TMobileHelp"] }, "timeZone": "UTC" },
              { "id": "sprint", "name": "Sprint & Co", "industry": "telecom", "handles": { "twitter": ["sprintcare"] }, "aliases": { "twitter": ["115714"] } },
            ] }
            """);
        var original = File.ReadAllText(source);
        var suggestion = new AliasSuggestion("t-mobile", Platform.Twitter, "115911", 60, 47, 45, 40, 0.037, 16, 0.858, ["1067"]);
        var again = suggestion with { BrandId = "sprint", Handle = "115714" };

        var added = RegistryCopy.WriteWithAliases(source, [suggestion, again], dir.File("out/copy.json"));

        Assert.Equal(1, added);
        Assert.Equal(original, File.ReadAllText(source));
        var copy = BrandRegistry.Load(dir.File("out/copy.json"));
        Assert.Equal([new BrandHandle(Platform.Twitter, "115911")], copy.FindById("t-mobile")!.Aliases);
        Assert.Equal("Sprint & Co", copy.FindById("sprint")!.Name);
        Assert.Contains("\"Sprint & Co\"", File.ReadAllText(dir.File("out/copy.json")), StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out/.copy.json.tmp")));
    }
}
