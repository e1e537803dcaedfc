using Benchmarking.Engine.Domain;
using Benchmarking.Engine.History;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Metrics;

/// <summary>Methodology v4: both clocks through the whole pipeline, the clock choice, and the snapshot that records it.</summary>
public sealed class BusinessClockTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Acme in New York, open Monday–Friday 08:00–20:00.</summary>
    private static readonly BrandRegistry OfficeHours = BrandRegistry.Create(
    [
        new Brand("acme", "Acme", "retail", [new BrandHandle(Platform.Twitter, "AcmeHelp")])
        {
            TimeZoneId = "America/New_York",
            TimeZone = NewYork,
            Hours = SupportHours.Create(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new WeeklyOpening(d, TimeSpan.FromHours(8), TimeSpan.FromHours(12)))),
        },
    ]);

    private static readonly ScoreOptions Quick = new() { BootstrapResamples = 0, MinimumMentions = 1 };


    private static DateTimeOffset Eastern(int day, int hour, int minute) =>
        new(new DateTime(2017, 10, day, hour, minute, 0), TimeSpan.FromHours(-4));

    /// <summary>
    /// Four mentions of Acme (October 2017 is EDT, UTC−4): Friday 19:55 answered Monday 08:10 (business 15 min, the
    /// worked example); Saturday 10:00 answered 11:00 (posted and answered while closed: 0); Monday 09:00 answered 09:30
    /// (30 min on both clocks); Tuesday 21:00 never answered (posted out of hours). A late post moves the horizon.
    /// </summary>
    private static string WriteScenario(TempDir dir) => TwcsCsv.Write(dir.File("acme.csv"),
        TwcsCsv.Row("1", "115712", createdAt: TwcsCsv.Time(Eastern(27, 19, 55)), text: "@AcmeHelp order?"),
        TwcsCsv.Row("2", "AcmeHelp", "False", TwcsCsv.Time(Eastern(30, 8, 10)), "@115712 sorry", parent: "1"),
        TwcsCsv.Row("3", "115713", createdAt: TwcsCsv.Time(Eastern(28, 10, 0)), text: "@AcmeHelp weekend?"),
        TwcsCsv.Row("4", "AcmeHelp", "False", TwcsCsv.Time(Eastern(28, 11, 0)), "@115713 hi", parent: "3"),
        TwcsCsv.Row("5", "115714", createdAt: TwcsCsv.Time(Eastern(30, 9, 0)), text: "@AcmeHelp monday"),
        TwcsCsv.Row("6", "AcmeHelp", "False", TwcsCsv.Time(Eastern(30, 9, 30)), "@115714 hi", parent: "5"),
        TwcsCsv.Row("7", "115715", createdAt: TwcsCsv.Time(Eastern(31, 21, 0)), text: "@AcmeHelp late"),
        TwcsCsv.Row("8", "115716", createdAt: TwcsCsv.Time(Eastern(31, 21, 0).AddDays(20)), text: "unrelated"));

    private static BenchmarkResult Evaluate(BrandRegistry registry, string file, ScoreOptions scoring, TempDir dir)
    {
        using var benchmark = CareBenchmark.Open(dir.File($"store-{Guid.NewGuid():N}.duckdb"), registry, FixedTime.Default);
        benchmark.Ingest(file, new IngestOptions { RejectsDirectory = dir.File("rejects") });
        return benchmark.Evaluate(scoreOptions: scoring);
    }

    [Fact]
    public void Both_clocks_are_reported_and_the_out_of_hours_mentions_counted()
    {
        using var dir = new TempDir();

        var acme = Evaluate(OfficeHours, WriteScenario(dir), Quick, dir).AllBrands.Single().Metrics;

        Assert.Equal((4L, 3L, 1L), (acme.Mentions, acme.Answered, acme.Unanswered));
        Assert.Equal(3600.0, acme.WallClock!.FirstResponse.MedianSeconds);
        Assert.Equal((3600.0 + 1800 + 216_900) / 3, acme.WallClock.FirstResponse.MeanSeconds); // Fri 23:55Z to Mon 12:10Z is 216,900 s
        Assert.Equal(900.0, acme.BusinessClock!.FirstResponse.MedianSeconds);
        Assert.Equal((0.0 + 900 + 1800) / 3, acme.BusinessClock.FirstResponse.MeanSeconds);
        Assert.Equal(2.0 / 4, acme.BusinessClock.Within15Min); // 0 s and 900 s, of 4 decided
        Assert.Equal(0.0, acme.WallClock.Within15Min);
        Assert.Equal(new OutOfHoursMentions(2, 1, 2), acme.OutOfHours);
        Assert.Equal(0.5, acme.OutOfHours!.AnswerRate);

        // The wall clock is the default: the primary figures are the wall ones.
        Assert.Equal(acme.WallClock.FirstResponse, acme.FirstResponse);
    }

    [Fact]
    public void The_business_clock_option_makes_the_business_figures_primary_and_keeps_both()
    {
        using var dir = new TempDir();

        var result = Evaluate(OfficeHours, WriteScenario(dir), Quick with { Clock = ResponseClock.Business }, dir);
        var acme = result.AllBrands.Single().Metrics;

        Assert.Equal(900.0, acme.FirstResponse.MedianSeconds);
        Assert.Equal(acme.BusinessClock!.FirstResponse, acme.FirstResponse);
        Assert.Equal(acme.BusinessClock.Survival, acme.Survival);
        Assert.Equal(3600.0, acme.WallClock!.FirstResponse.MedianSeconds);
        Assert.Equal(ResponseClock.Business, result.ScoreOptions.Clock);
    }

    [Fact]
    public void Same_data_open_24_7_gives_business_figures_equal_to_wall_figures_exactly()
    {
        using var dir = new TempDir();
        var sample = SampleStores.Sample;
        // Every brand open every hour of every day in a DST zone, declared explicitly rather than left at the default.
        var allWeek = SupportHours.Create(Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, TimeSpan.Zero, TimeSpan.FromDays(1))));
        var registry = BrandRegistry.Create(Registries.Shipped.Brands.Select(b => b with { TimeZone = NewYork, TimeZoneId = "America/New_York", Hours = allWeek }), Registries.Shipped.Industries);
        var scoring = new ScoreOptions { BootstrapResamples = 40 };

        var wall = Evaluate(registry, sample, scoring, dir);
        var business = Evaluate(registry, sample, scoring with { Clock = ResponseClock.Business }, dir);

        Assert.All(wall.AllBrands, b => Assert.Equal(b.Metrics.WallClock, b.Metrics.BusinessClock));
        Assert.All(wall.AllBrands, b => Assert.Equal(OutOfHoursMentions.None, b.Metrics.OutOfHours));
        Assert.Equal(
            wall.AllBrands.Select(b => (b.Brand.Id, b.Rank, b.Score.Total, b.Uncertainty?.Score, b.Metrics.FirstResponse, b.Metrics.Survival)),
            business.AllBrands.Select(b => (b.Brand.Id, b.Rank, b.Score.Total, b.Uncertainty?.Score, b.Metrics.FirstResponse, b.Metrics.Survival)));
    }

    [Fact]
    public void A_weekly_snapshot_records_its_clock_and_weeks_on_different_clocks_are_not_compared()
    {
        using var dir = new TempDir();
        using var benchmark = SampleStores.Open(dir, Registries.Shipped);
        var (w46, w47) = (IsoWeek.Parse("2017-W46"), IsoWeek.Parse("2017-W47"));
        var scoring = new ScoreOptions { BootstrapResamples = 0 };

        benchmark.SaveSnapshot(benchmark.EvaluateWeek(w46, scoreOptions: scoring).Snapshot);
        benchmark.SaveSnapshot(benchmark.EvaluateWeek(w47, scoreOptions: scoring with { Clock = ResponseClock.Business }).Snapshot);
        var history = benchmark.Snapshots();

        Assert.Equal(["wall", "business"], history.Select(s => s.Clock));
        Assert.EndsWith("; business clock", history[1].Methodology, StringComparison.Ordinal);
        var comparison = WeeklyHistory.Compare(history, w47);
        Assert.False(comparison.Comparable);
        Assert.Contains("another methodology", comparison.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_3_store_is_migrated_and_its_snapshots_read_as_wall_clock()
    {
        using var dir = new TempDir();
        var path = dir.File("store.duckdb");
        WeeklySnapshot saved;
        using (var benchmark = SampleStores.Open(dir, Registries.Shipped))
        {
            saved = benchmark.EvaluateWeek(IsoWeek.Parse("2017-W47"), scoreOptions: new ScoreOptions { BootstrapResamples = 0 }).Snapshot;
            benchmark.SaveSnapshot(saved);
        }

        // Turn the store back into version 3 (none of the version-4 columns), then reopen it.
        using (var warehouse = Benchmarking.Engine.Store.Warehouse.Open(path))
        {
            warehouse.Execute("ALTER TABLE weekly_snapshots DROP COLUMN clock; " + TestStore.DropVersion4 + "UPDATE meta SET value = '3' WHERE key = 'schema_version';");
        }

        using var reopened = CareBenchmark.Open(path, Registries.Shipped, FixedTime.Default);

        Assert.Equal(saved, Assert.Single(reopened.Snapshots()));
        Assert.Equal("wall", reopened.Snapshots()[0].Clock);
    }
}
