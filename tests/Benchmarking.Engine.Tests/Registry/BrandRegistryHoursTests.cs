using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Registry;

/// <summary>The methodology-v4 registry fields: time zone, support hours (per platform) and hidden aliases.</summary>
public sealed class BrandRegistryHoursTests
{
    private static BrandRegistry Load(string brandsJson, Func<string, TimeZoneInfo?>? findZone = null, bool zoneData = true)
    {
        using var dir = new TempDir();
        var path = dir.File("brands.json");
        File.WriteAllText(path, $$"""{ "industries": ["airlines"], "brands": [ {{brandsJson}} ] }""");
        return findZone is null ? BrandRegistry.Load(path) : BrandRegistry.Load(path, findZone, zoneData);
    }

    private static RegistryException LoadInvalid(string brandsJson, Func<string, TimeZoneInfo?>? findZone = null, bool zoneData = true) =>
        Assert.Throws<RegistryException>(() => Load(brandsJson, findZone, zoneData));

    [Fact]
    public void A_brand_without_zone_or_hours_is_UTC_and_open_24_7()
    {
        var brand = Assert.Single(Load("""{ "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] } }""").Brands);

        Assert.Equal("UTC", brand.TimeZoneId);
        Assert.Equal(TimeZoneInfo.Utc, brand.TimeZone);
        Assert.True(brand.IsAlwaysOpen);
        Assert.Empty(brand.Aliases);
    }

    [Fact]
    public void Reads_zone_hours_per_weekday_per_platform_and_aliases()
    {
        var brand = Assert.Single(Load("""
            { "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"], "mastodon": ["a@example.social"] },
              "timeZone": "Australia/Sydney",
              "supportHours": { "mon-fri": "08:00-12:00, 13:00-20:00", "sat": "22:00-02:00+1", "sun": "closed" },
              "supportHoursByPlatform": { "mastodon": "24/7" },
              "aliases": { "twitter": ["@115714", "Sprint"] } }
            """).Brands);

        Assert.Equal("Australia/Sydney", brand.TimeZoneId);
        Assert.Equal("Australia/Sydney", brand.TimeZone.Id);
        Assert.Equal(11, brand.Hours.Openings.Count);
        Assert.Equal("Mon 08:00-12:00", brand.Hours.Openings[0].ToString());
        Assert.Contains(brand.Hours.Openings, o => o.ToString() == "Sat 22:00-02:00+1");
        Assert.True(brand.HoursOn(Platform.Mastodon).IsAlwaysOpen);
        Assert.Same(brand.Hours, brand.HoursOn(Platform.Twitter));
        Assert.False(brand.IsAlwaysOpen);
        Assert.Equal([new BrandHandle(Platform.Twitter, "115714"), new BrandHandle(Platform.Twitter, "Sprint")], brand.Aliases);
    }

    [Fact]
    public void Lists_every_problem_at_once()
    {
        var error = LoadInvalid("""
            { "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] },
              "timeZone": "Mars/Olympus_Mons",
              "supportHours": { "mon": "08:00-12:00, 11:00-13:00", "tue": "20:00-08:00", "wed": "9-17", "funday": "closed", "mon-tue": "closed" },
              "supportHoursByPlatform": { "myspace": "24/7", "twitter": "sometimes" },
              "aliases": { "twitter": ["A", ""] } },
            { "id": "b", "name": "B", "industry": "airlines", "handles": { "twitter": ["B"] }, "aliases": { "twitter": ["A"] } }
            """);

        Assert.Equal(
        [
            "brand 'a' (#1): time zone 'Mars/Olympus_Mons' is not known on this machine; use an IANA id such as \"America/New_York\", and if the id is right install the time-zone data (the tzdata package) or set TZDIR",
            "brand 'a' (#1): supportHours.tue: '20:00-08:00' is not an opening; write HH:MM-HH:MM (end after start, 24:00 for midnight, +1 when it ends the next day, e.g. 22:00-02:00+1) or \"closed\"",
            "brand 'a' (#1): supportHours.wed: '9-17' is not an opening; write HH:MM-HH:MM (end after start, 24:00 for midnight, +1 when it ends the next day, e.g. 22:00-02:00+1) or \"closed\"",
            "brand 'a' (#1): supportHours: 'funday' is not a weekday, list or range of weekdays; use mon, tue, wed, thu, fri, sat, sun, e.g. \"mon-fri\" or \"sat,sun\"",
            "brand 'a' (#1): supportHours: mon is given more than once; list each weekday once",
            "brand 'a' (#1): supportHours: tue is given more than once; list each weekday once",
            "brand 'a' (#1): supportHours: openings Mon 08:00-12:00 and Mon 11:00-13:00 overlap; merge them into one",
            "brand 'a' (#1): unknown platform 'myspace' under supportHoursByPlatform; use twitter, mastodon or bluesky",
            "brand 'a' (#1): supportHoursByPlatform.twitter must be \"24/7\" or an object of weekdays to openings, e.g. { \"mon-fri\": \"08:00-20:00\", \"sat\": \"09:00-17:00\" }",
            "brand 'a' (#1): aliases.twitter has an empty or non-string handle",
            "brand 'a': alias 'A' on twitter is a handle of brand 'a'; an alias never authors posts, so list it under handles or aliases, not both",
            "brand 'b': alias 'A' on twitter is a handle of brand 'a'; an alias never authors posts, so list it under handles or aliases, not both",
        ], error.Problems);
    }

    [Fact]
    public void Two_brands_cannot_share_an_alias()
    {
        var error = LoadInvalid("""
            { "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] }, "aliases": { "twitter": ["x", "X"] } },
            { "id": "b", "name": "B", "industry": "airlines", "handles": { "twitter": ["B"] }, "aliases": { "twitter": ["x"] } }
            """);

        Assert.Equal(
        [
            "brand 'a': alias 'X' on twitter is listed twice",
            "brand 'b': alias 'x' on twitter is already an alias of brand 'a'; an alias can stand for one brand only",
        ], error.Problems);
    }

    public sealed class Without_time_zone_data
    {
        // A machine without tzdata resolves no IANA id: this resolver behaves like TimeZoneInfo there.
        private static TimeZoneInfo? NoTzdata(string id) => null;

        [Fact]
        public void Brands_without_a_zone_still_load_in_UTC()
        {
            var registry = Load("""{ "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] }, "supportHours": { "mon-fri": "08:00-20:00" } }""", NoTzdata, zoneData: false);

            Assert.Equal(TimeZoneInfo.Utc, Assert.Single(registry.Brands).TimeZone);
            Assert.Empty(registry.Warnings);
        }

        [Fact]
        public void A_declared_UTC_needs_no_time_zone_data()
        {
            Assert.Equal(TimeZoneInfo.Utc, RegistryExtras.FindZone("UTC"));
            Assert.Equal(TimeZoneInfo.Utc, RegistryExtras.FindZone("Etc/UTC"));
        }

        [Fact]
        public void A_brand_open_24_7_falls_back_to_UTC_with_a_warning()
        {
            var registry = Load("""{ "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] }, "timeZone": "Europe/London" }""", NoTzdata, zoneData: false);

            var brand = Assert.Single(registry.Brands);
            Assert.Equal(("UTC", TimeZoneInfo.Utc), (brand.TimeZoneId, brand.TimeZone));
            var warning = Assert.Single(registry.Warnings);
            Assert.Equal(("time-zone-unavailable", "a"), (warning.RuleId, warning.BrandId));
            Assert.Contains("install the tzdata package", warning.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_brand_with_hours_in_a_zone_it_cannot_resolve_is_a_clear_error()
        {
            var error = LoadInvalid("""{ "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] }, "timeZone": "Europe/London", "supportHours": { "mon-fri": "08:00-20:00" } }""", NoTzdata, zoneData: false);

            Assert.Equal("brand 'a' (#1): time zone 'Europe/London' cannot be resolved: this machine has no time-zone data, and the brand's support hours need it; install the tzdata package (or set TZDIR)", Assert.Single(error.Problems));
        }

        [Fact]
        public void An_unknown_zone_where_time_zone_data_exists_is_a_clear_error()
        {
            var error = LoadInvalid("""{ "id": "a", "name": "A", "industry": "airlines", "handles": { "twitter": ["A"] }, "timeZone": "Europe/Lodnon" }""", NoTzdata, zoneData: true);

            Assert.Equal("brand 'a' (#1): time zone 'Europe/Lodnon' is not known on this machine; use an IANA id such as \"America/New_York\", and if the id is right install the time-zone data (the tzdata package) or set TZDIR", Assert.Single(error.Problems));
        }
    }

    [Fact]
    public void The_shipped_registry_resolves_every_declared_zone()
    {
        var registry = Registries.Shipped;

        Assert.All(registry.Brands, b => Assert.Equal(b.TimeZoneId == "UTC" ? "UTC" : b.TimeZoneId, b.TimeZone.Id));
    }
}
