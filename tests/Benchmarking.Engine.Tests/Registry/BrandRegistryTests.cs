using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Registry;

public sealed class BrandRegistryTests
{
    private static BrandRegistry Shipped => Registries.Shipped;

    /// <summary>Writes a registry file and returns the exception loading it must throw.</summary>
    private static (RegistryException Error, string Path) LoadInvalid(TempDir dir, string json)
    {
        var path = dir.File("brands.json");
        File.WriteAllText(path, json);
        return (Assert.Throws<RegistryException>(() => BrandRegistry.Load(path)), path);
    }

    private const string Industries = "\"industries\": [\"airlines\", \"retail\"]";

    public sealed class Load
    {
        [Fact]
        public void Loads_the_shipped_registry_with_every_brand_in_a_declared_industry()
        {
            var registry = BrandRegistry.Load(TestPaths.BrandsJson);

            Assert.Equal(106, registry.Brands.Count);
            Assert.Equal(11, registry.Industries.Count);
            Assert.Equal(registry.Brands.Select(b => b.Id).Order(StringComparer.Ordinal), registry.Brands.Select(b => b.Id));
            Assert.All(registry.Brands, b => Assert.Contains(b.Industry, registry.Industries));
            Assert.All(registry.Brands, b => Assert.NotEmpty(b.Handles));
            Assert.Equal(new Brand("delta", "Delta Air Lines", "airlines", [new BrandHandle(Platform.Twitter, "Delta")]), registry.FindById("delta"), BrandComparer.Instance);
        }

        [Theory]
        [InlineData("twcs-head-5000", "twcs.csv", 76)]
        [InlineData("twcs-random-5000", "twcs_small.csv", 100)]
        [InlineData("twcs-kaggle-sample", "sample.csv", 13)]
        public void Resolves_every_brand_author_in_the_real_files(string folder, string file, int brands)
        {
            var reader = new TwcsCsvReader(TestPaths.SharedData(folder, file), Shipped, new IngestOptions().GetEncoding());
            var authors = reader.Read(null, CancellationToken.None)
                .Select(o => o.Post!.Author)
                .Where(a => !a.All(char.IsAsciiDigit))
                .Distinct(StringComparer.Ordinal)
                .ToList();

            Assert.Equal(brands, authors.Count);
            Assert.All(authors, a => Assert.True(Shipped.FindByHandle(Platform.Twitter, a) is not null, $"'{a}' is not in data/brands.json"));
            Assert.All(authors, a => Assert.NotNull(Shipped.FindByHandle(Platform.Twitter, a.ToUpperInvariant())));
        }

        [Fact]
        public void Reads_comments_and_trailing_commas_and_derives_industries_when_none_are_listed()
        {
            using var dir = new TempDir();
            var path = dir.File("brands.json");
            File.WriteAllText(path, """
                // a comment
                { "brands": [
                    { "id": "b", "name": "B", "industry": "retail", "handles": { "x": ["@BHelp"] } },
                    { "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["AHelp"], "mastodon": ["a@example.social"] } },
                ] }
                """);

            var registry = BrandRegistry.Load(path);

            Assert.Equal(["a", "b"], registry.Brands.Select(b => b.Id));
            Assert.Equal(["retail", "airlines"], registry.Industries);
            Assert.Equal("b", registry.FindByHandle(Platform.Twitter, "bhelp")?.Id);
            Assert.Equal("a", registry.FindByHandle(Platform.Mastodon, "A@example.social")?.Id);
        }
    }

    public sealed class Load_of_an_invalid_registry
    {
        [Theory]
        [InlineData("missing industry",
            """{ "brands": [ { "id": "a", "name": "A", "handles": { "twitter": ["A"] } }, { "id": "b", "name": "B", "industry": "retail", "handles": { "twitter": ["B"] } } ] }""",
            "brand 'a' (#1): missing \"industry\"; every brand is ranked within an industry (one of: retail)")]
        [InlineData("industry not in the list",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "airline", "handles": { "twitter": ["A"] } } ] }""",
            "brand 'a' (#1): industry 'airline' is not in the \"industries\" list; add it there or fix the spelling")]
        [InlineData("duplicate id",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } }, { "id": "a", "name": "A2", "industry": "retail", "handles": { "twitter": ["A2"] } } ] }""",
            "brand 'a' (#2): duplicate id; every brand needs its own id")]
        [InlineData("same handle in two brands",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["Delta"] } }, { "id": "b", "name": "B", "industry": "retail", "handles": { "twitter": ["@delta"] } } ] }""",
            "brand 'b' (#2): handle 'delta' on twitter already belongs to brand 'a'; a handle can belong to one brand only")]
        [InlineData("same handle twice in one brand",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A", "a"] } } ] }""",
            "brand 'a' (#1): handle 'a' on twitter is listed twice")]
        [InlineData("unknown platform",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"], "myspace": ["A"] } } ] }""",
            "brand 'a' (#1): unknown platform 'myspace' under handles; use twitter, mastodon or bluesky")]
        [InlineData("empty handles",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": [] } } ] }""",
            "brand 'a' (#1): no handles; list at least one, e.g. \"handles\": { \"twitter\": [\"Delta\"] }")]
        [InlineData("no handles object",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail" } ] }""",
            "brand 'a' (#1): no handles; list at least one, e.g. \"handles\": { \"twitter\": [\"Delta\"] }")]
        [InlineData("handles not an array",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"], "bluesky": "a.bsky.social" } } ] }""",
            "brand 'a' (#1): handles.bluesky must be an array of handle strings")]
        [InlineData("bad id characters",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "Delta Air", "name": "Delta", "industry": "airlines", "handles": { "twitter": ["Delta"] } } ] }""",
            "brand 'Delta Air' (#1): id must contain only lower-case letters, digits and hyphens")]
        [InlineData("missing id",
            """{ "industries": ["airlines", "retail"], "brands": [ { "name": "Delta", "industry": "airlines", "handles": { "twitter": ["Delta"] } } ] }""",
            "brand #1: missing \"id\"; add a lower-case id such as \"delta\"")]
        [InlineData("missing name",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "delta", "industry": "airlines", "handles": { "twitter": ["Delta"] } } ] }""",
            "brand 'delta' (#1): missing \"name\" (the display name shown in reports)")]
        [InlineData("a brand that is not an object",
            """{ "industries": ["airlines", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } }, "b" ] }""",
            "brand #2: must be an object with id, name, industry and handles")]
        [InlineData("an X id that is not digits",
            """{ "industries": ["retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] }, "ids": { "twitter": ["@A"] } } ] }""",
            "brand 'a' (#1): ids.twitter has '@A', not an X user id (digits only, e.g. \"783214\")")]
        [InlineData("a Bluesky id that is not a DID",
            """{ "industries": ["retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "bluesky": ["a.bsky.social"] }, "ids": { "bluesky": ["a.bsky.social"] } } ] }""",
            "brand 'a' (#1): ids.bluesky has 'a.bsky.social', not a DID (e.g. \"did:plc:z72i7hdynmk6r22z27h6tvur\")")]
        [InlineData("a Mastodon id without its instance",
            """{ "industries": ["retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "mastodon": ["a@x.social"] }, "ids": { "mastodon": ["109302384532455467"] } } ] }""",
            "brand 'a' (#1): ids.mastodon has '109302384532455467', not an account id with its instance (e.g. \"109302384532455467@mastodon.social\")")]
        [InlineData("ids not an object",
            """{ "industries": ["retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] }, "ids": ["1"] } ] }""",
            "brand 'a' (#1): \"ids\" must be an object of platform → array of account ids, e.g. \"ids\": { \"bluesky\": [\"did:plc:…\"] }")]
        [InlineData("an id of two brands",
            """{ "industries": ["retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] }, "ids": { "twitter": ["1"] } }, { "id": "b", "name": "B", "industry": "retail", "handles": { "twitter": ["B"] }, "ids": { "twitter": ["1"] } } ] }""",
            "brand 'b' (#2): account id '1' on twitter is listed twice or belongs to another brand; an account belongs to one brand only")]
        [InlineData("no brands array",
            """{ "industries": ["airlines", "retail"], "brand": [] }""",
            "the top-level object needs a \"brands\" array")]
        [InlineData("a top-level array",
            """[ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } } ]""",
            "the file holds a JSON array; a registry is an object: { \"industries\": [...], \"brands\": [...] }")]
        [InlineData("numeric industries",
            """{ "industries": ["retail", 7], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } } ] }""",
            "industries[2]: must be a non-empty name in quotes")]
        [InlineData("industries as a string",
            """{ "industries": "retail", "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } } ] }""",
            "\"industries\" must be an array of names, e.g. [\"Airlines\", \"Telecom\"]")]
        [InlineData("no brands",
            """{ "industries": ["retail"], "brands": [] }""",
            "no brands: list at least one brand under \"brands\"")]
        [InlineData("industries that name the same report",
            """{ "industries": ["Retail!", "retail"], "brands": [ { "id": "a", "name": "A", "industry": "retail", "handles": { "twitter": ["A"] } } ] }""",
            "industries 'Retail!' and 'retail' differ only in case, spaces or punctuation; use one spelling")]
        public void Reports_the_problem_with_how_to_fix_it(string problem, string json, string expected)
        {
            using var dir = new TempDir();

            var (error, path) = LoadInvalid(dir, json);

            Assert.True(error.Problems.Count > 0, problem);
            Assert.Equal(expected, error.Problems[0]);
            Assert.Equal(path, error.Path);
            Assert.StartsWith($"Brand registry '{path}' has ", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reports_invalid_JSON_with_its_line()
        {
            using var dir = new TempDir();

            var (error, path) = LoadInvalid(dir, "{ \"brands\": [\n  { \"id\": \"a\" \"name\": \"A\" }\n] }");

            var problem = Assert.Single(error.Problems);
            Assert.StartsWith("not valid JSON at line 2, ", problem, StringComparison.Ordinal);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reports_a_missing_file()
        {
            using var dir = new TempDir();
            var path = dir.File("nope.json");

            var error = Assert.Throws<RegistryException>(() => BrandRegistry.Load(path));

            Assert.Equal(path, error.Path);
            Assert.Contains("does not exist", Assert.Single(error.Problems), StringComparison.Ordinal);
        }

        [Fact]
        public void Lists_every_problem_at_once_in_file_order()
        {
            using var dir = new TempDir();

            var (error, path) = LoadInvalid(dir, $$"""
                { {{Industries}}, "brands": [
                    { "id": "Bad Id", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] } },
                    { "id": "b", "name": "B", "industry": "banking", "handles": { "twitter": ["B"] } },
                    { "id": "c", "name": "C", "industry": "retail", "handles": { "twitter": ["@b"] } }
                ] }
                """);

            Assert.Equal(3, error.Problems.Count);
            Assert.Collection(error.Problems,
                p => Assert.StartsWith("brand 'Bad Id' (#1): id must contain", p, StringComparison.Ordinal),
                p => Assert.StartsWith("brand 'b' (#2): industry 'banking' is not in", p, StringComparison.Ordinal),
                p => Assert.StartsWith("brand 'c' (#3): handle 'b' on twitter already belongs to brand 'b'", p, StringComparison.Ordinal));
            Assert.StartsWith($"Brand registry '{path}' has 3 problem(s):", error.Message, StringComparison.Ordinal);
            Assert.All(error.Problems, p => Assert.Contains("  - " + p, error.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void Lists_a_problem_for_every_bad_field_of_one_brand()
        {
            using var dir = new TempDir();

            var (error, _) = LoadInvalid(dir, $$"""{ {{Industries}}, "brands": [ { "id": "x y", "handles": { "twitter": [""] } } ] }""");

            Assert.Equal(5, error.Problems.Count);
            Assert.Contains(error.Problems, p => p.Contains("empty or non-string handle", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("id must contain only", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("missing \"name\"", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("missing \"industry\"", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("no handles", StringComparison.Ordinal));
        }
    }

    public sealed class Create
    {
        [Fact]
        public void Validates_brands_in_memory_like_a_file()
        {
            var error = Assert.Throws<RegistryException>(() => BrandRegistry.Create(
                [new Brand("a", "A", "retail", [new BrandHandle(Platform.Twitter, "X")]), new Brand("b", "B", "retail", [new BrandHandle(Platform.Twitter, "x")])]));

            Assert.Equal("(in memory)", error.Path);
            Assert.Equal("brand 'b' (#2): handle 'x' on twitter already belongs to brand 'a'; a handle can belong to one brand only", Assert.Single(error.Problems));
        }
    }

    public sealed class FindByHandle
    {
        [Theory]
        [InlineData("Delta")]
        [InlineData("delta")]
        [InlineData("DELTA")]
        [InlineData("@Delta")]
        [InlineData(" Delta ")]
        public void Finds_the_brand_case_insensitively_with_or_without_the_at_sign(string handle)
        {
            Assert.Equal("delta", Shipped.FindByHandle(Platform.Twitter, handle)?.Id);
        }

        [Theory]
        [InlineData(Platform.Twitter, "115712")]
        [InlineData(Platform.Twitter, "Deltaa")]
        [InlineData(Platform.Twitter, "")]
        [InlineData(Platform.Mastodon, "Delta")]
        public void Returns_null_for_a_customer_or_another_platform(Platform platform, string handle)
        {
            Assert.Null(Shipped.FindByHandle(platform, handle));
        }
    }

    public sealed class FindByAccountId
    {
        [Fact]
        public void Finds_a_brand_by_the_stable_ids_its_entry_lists_next_to_its_handles()
        {
            using var dir = new TempDir();
            var path = dir.File("brands.json");
            File.WriteAllText(path, """
                { "industries": ["tech"], "brands": [ { "id": "vercel", "name": "Vercel", "industry": "tech",
                  "handles": { "bluesky": ["vercel.com"], "mastodon": ["vercel@Mastodon.Social"] },
                  "ids": { "bluesky": ["did:plc:m2jwplpernhxkzbo4ev5ljwj"], "mastodon": ["109302384532455467@Mastodon.Social"], "twitter": ["4686835494"] } } ] }
                """);

            var registry = BrandRegistry.Load(path);

            Assert.Equal("vercel", registry.FindByAccountId(Platform.Bluesky, "did:plc:m2jwplpernhxkzbo4ev5ljwj")?.Id);
            Assert.Equal("vercel", registry.FindByAccountId(Platform.Mastodon, "109302384532455467@mastodon.social")?.Id); // the instance in any case
            Assert.Equal("vercel", registry.FindByAccountId(Platform.Twitter, "4686835494")?.Id);
            Assert.Null(registry.FindByAccountId(Platform.Bluesky, "did:plc:M2JWPLPERNHXKZBO4EV5LJWJ")); // a DID is case-sensitive
            Assert.Null(registry.FindByAccountId(Platform.Twitter, "did:plc:m2jwplpernhxkzbo4ev5ljwj"));
            Assert.Equal("vercel", registry.FindByHandle(Platform.Bluesky, "vercel.com")?.Id); // handles still work
        }

        [Fact]
        public void The_shipped_registry_lists_handles_only_and_finds_no_brand_by_id()
        {
            Assert.Null(Shipped.FindByAccountId(Platform.Twitter, "783214"));
        }
    }

    public sealed class Resolve
    {
        [Theory]
        [InlineData("delta")]
        [InlineData("DELTA")]
        [InlineData("Delta")]
        [InlineData("@Delta")]
        [InlineData("Delta Air Lines")]
        [InlineData("delta air lines")]
        [InlineData("  Delta Air Lines ")]
        public void Resolves_an_id_a_handle_or_a_display_name(string input)
        {
            Assert.Equal("delta", Shipped.Resolve(input).Id);
        }

        [Theory]
        [InlineData("alaska-airlines", "alaska-airlines")]
        [InlineData("AlaskaAir", "alaska-airlines")]
        [InlineData("@alaskaair", "alaska-airlines")]
        [InlineData("Alaska Airlines", "alaska-airlines")]
        [InlineData("sprintcare", "sprint")]
        public void Resolves_brands_whose_id_handle_and_name_differ(string input, string id)
        {
            Assert.Equal(id, Shipped.Resolve(input).Id);
        }

        [Fact]
        public void Suggests_close_brands_for_an_unknown_name()
        {
            var e = Assert.Throws<ArgumentException>(() => Shipped.Resolve("Airlines"));

            Assert.Equal("nameIdOrHandle", e.ParamName);
            Assert.StartsWith("Unknown brand 'Airlines': it is not an id, handle or name in the brand registry. Did you mean: ", e.Message, StringComparison.Ordinal);
            Assert.Contains("alaska-airlines (Alaska Airlines)", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Points_to_the_brand_list_when_nothing_is_close()
        {
            var e = Assert.Throws<ArgumentException>(() => Shipped.Resolve("zzqqxx"));

            Assert.Contains("Run 'carebench brands' to list the registry.", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void Refuses_an_empty_input(string input)
        {
            Assert.ThrowsAny<ArgumentException>(() => Shipped.Resolve(input));
        }
    }

    /// <summary>Compares brands by value, including their handle lists (records compare lists by reference).</summary>
    private sealed class BrandComparer : IEqualityComparer<Brand?>
    {
        public static readonly BrandComparer Instance = new();

        public bool Equals(Brand? x, Brand? y) =>
            x is not null && y is not null && (x.Id, x.Name, x.Industry) == (y.Id, y.Name, y.Industry) && x.Handles.SequenceEqual(y.Handles);

        public int GetHashCode(Brand? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
