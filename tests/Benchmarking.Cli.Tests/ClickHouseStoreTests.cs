using System.Text.RegularExpressions;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The commands on a ClickHouse cluster (<c>CAREBENCH_TEST_CLICKHOUSE</c>, started by <c>.ci/run</c>) print and write
/// what they print and write on a DuckDB store holding the same posts: only the store line and the generation times
/// differ. Skipped, with the reason, without a cluster.
/// </summary>
public sealed partial class ClickHouseStoreTests
{
    private const string Variable = "CAREBENCH_TEST_CLICKHOUSE";

    private static string Head5000 => Path.Combine(RepoPaths.SharedData, "twcs-head-5000", "twcs.csv");

    [ClickHouseCliFact]
    public void Ingest_rank_compare_explain_scorecard_weekly_and_export_match_the_duckdb_store()
    {
        var url = ClickHouseLocation.Parse(Environment.GetEnvironmentVariable(Variable)!) is var location
            ? (location with { Database = "cbcli_" + Guid.NewGuid().ToString("N")[..12] }).ToString()
            : null!;
        using var temp = new TempDirectory();
        var databases = new List<string> { url };
        try
        {
            string[][] commands =
            [
                ["ingest", Head5000],
                ["ingest", Head5000],
                ["rank", "--bootstrap", "100"],
                ["compare", "delta", "americanair", "--bootstrap", "100"],
                ["explain", "delta", "americanair"],
                ["scorecard", "delta"],
                ["weekly"],
                ["export"],
            ];
            foreach (var command in commands)
            {
                // The DuckDB run leaves text features out as the ClickHouse store must (ingest never analyses; explain writes nothing).
                string[] Args(string store, string folder) =>
                [
                    .. command, "--brands", RepoPaths.Brands, "--store", store,
                    .. command[0] == "explain" ? Array.Empty<string>() : ["--out", folder],
                    .. command[0] == "ingest" ? Array.Empty<string>() : ["--no-text"],
                ];
                var duck = Carebench.RunIn(temp.Path, Args("d.duckdb", "outd"));
                var click = Carebench.RunIn(temp.Path, Args(url, "outc"));

                Assert.True(duck.ExitCode == ExitCodes.Ok, duck.ToString());
                Assert.True(click.ExitCode == ExitCodes.Ok, click.ToString());
                Assert.Equal(Comparable(duck.Out), Comparable(click.Out));
            }

            // The DuckDB store migrated into a second database ranks the same; migrating again adds nothing.
            var migrated = (ClickHouseLocation.Parse(url) with { Database = ClickHouseLocation.Parse(url).Database + "_m" }).ToString();
            databases.Add(migrated);
            var migrate = Carebench.RunIn(temp.Path, "migrate", "--to", migrated, "--store", "d.duckdb", "--brands", RepoPaths.Brands, "--out", "outm");
            var again = Carebench.RunIn(temp.Path, "migrate", "--to", migrated, "--store", "d.duckdb", "--brands", RepoPaths.Brands, "--out", "outm");
            Assert.True(migrate.ExitCode == ExitCodes.Ok, migrate.ToString());
            Assert.Contains("read 5000 = accepted 5000 + rejected 0", migrate.Out, StringComparison.Ordinal);
            Assert.Contains("new 0, already stored 5000", again.Out, StringComparison.Ordinal);
            Assert.Equal(
                Comparable(Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", "d.duckdb", "--out", "outd", "--no-text", "--bootstrap", "100").Out),
                Comparable(Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", migrated, "--out", "outm", "--no-text", "--bootstrap", "100").Out));

            var reports = Directory.EnumerateFiles(temp.Combine("outd"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(reports);
            foreach (var report in reports)
            {
                var other = temp.Combine("outc", Path.GetRelativePath(temp.Combine("outd"), report));
                Assert.Equal(Comparable(File.ReadAllText(report)), Comparable(File.ReadAllText(other)));
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                using var store = ClickHouseStore.Open(ClickHouseLocation.Parse(database));
                store.DropAll();
            }
        }
    }

    [ClickHouseCliFact]
    public void Run_rank_and_quality_with_text_analysis_and_alias_suggestions_match_the_duckdb_store()
    {
        using var temp = new TempDirectory();
        // The shipped registry without its aliases (beside the shipped model, so run and rank analyse the text), so the
        // suggestions find them again.
        var brands = Path.Combine(RepoPaths.Root, "data", "brands.json");
        var withoutAliases = Path.Combine(temp.Path, "brands-without-aliases.json");
        File.WriteAllText(withoutAliases, Regex.Replace(File.ReadAllText(brands), @", ""aliases"": \{ ""twitter"": \[[^\]]*\] \}", string.Empty));
        string[][] commands =
        [
            ["run", Head5000, "--bootstrap", "100", "--brands", brands],
            ["rank", "--bootstrap", "100", "--brands", brands],
            ["quality", "--brands", brands, "--model", Path.Combine(RepoPaths.Root, "data", "text", "sentiment-model.zip"), "--rules", Path.Combine(RepoPaths.Root, "data", "text", "rules.json")],
            ["ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--brands", brands],
            ["brands", "--suggest-aliases", "--brands", withoutAliases],
        ];
        var outputs = SameOnBothStores(temp, commands, analysesText: true);

        Assert.DoesNotContain("left out of the care score", outputs[0], StringComparison.Ordinal); // the text components count
        Assert.Contains("twitter:@115911", outputs[4], StringComparison.Ordinal);
        Assert.NotEmpty(Directory.EnumerateFiles(temp.Combine("outc"), "*quality*", SearchOption.AllDirectories));
    }

    [ClickHouseCliFact]
    public void Pull_then_rank_match_the_duckdb_store()
    {
        using var temp = new TempDirectory();
        var world = Benchmarking.Engine.Tests.Pull.PullWorld.Create();
        using var mastodon = new Benchmarking.Engine.Tests.Support.FakeApiServer(new Benchmarking.Engine.Tests.Pull.FakeMastodon(world, new Benchmarking.Engine.Tests.Pull.FaultPlan()).Handle);
        File.WriteAllText(temp.Combine("brands.json"), """
            {
              "industries": ["retail"],
              "brands": [
                { "id": "acme", "name": "Acme", "industry": "retail", "handles": { "mastodon": ["acme@social.example"] } },
                { "id": "globex", "name": "Globex", "industry": "retail", "handles": { "mastodon": ["globex@social.example"] } }
              ]
            }
            """);
        string[] pull = ["pull", "--since", "2024-01-09", "--brands", "brands.json", "--platform", "mastodon", "--mastodon-search", "--timeout", "10", "--mastodon-url", mastodon.BaseUrl.AbsoluteUri];
        var outputs = SameOnBothStores(temp, [pull, pull, ["rank", "--brands", "brands.json", "--min-mentions", "1", "--bootstrap", "0"]], analysesText: false);

        Assert.Contains("new 0 + already stored", outputs[1], StringComparison.Ordinal);
        Assert.Contains("retail: 2 ranked", outputs[2], StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs each command on a DuckDB store and on a new database of the test cluster; the console output and every
    /// Markdown report must be the same apart from store names and generation times. Returns the cluster's console outputs.
    /// </summary>
    private static List<string> SameOnBothStores(TempDirectory temp, string[][] commands, bool analysesText)
    {
        var outputs = new List<string>();
        var url = (ClickHouseLocation.Parse(Environment.GetEnvironmentVariable(Variable)!) with { Database = "cbcli_" + Guid.NewGuid().ToString("N")[..12] }).ToString();
        try
        {
            foreach (var command in commands)
            {
                string[] Args(string store, string folder) => [.. command, "--store", store, "--out", folder, .. analysesText || command[0] is "brands" or "pull" ? Array.Empty<string>() : ["--no-text"]];
                var duck = Carebench.RunIn(temp.Path, Args("d.duckdb", "outd"));
                var click = Carebench.RunIn(temp.Path, Args(url, "outc"));

                Assert.True(duck.ExitCode == ExitCodes.Ok, duck.ToString());
                Assert.True(click.ExitCode == ExitCodes.Ok, click.ToString());
                Assert.Equal(Comparable(duck.Out), Comparable(click.Out));
                outputs.Add(click.Out);
            }

            var reports = Directory.EnumerateFiles(temp.Combine("outd"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(reports);
            foreach (var report in reports)
            {
                var other = temp.Combine("outc", Path.GetRelativePath(temp.Combine("outd"), report));
                Assert.Equal(Comparable(File.ReadAllText(report)), Comparable(File.ReadAllText(other)));
            }

            return outputs;
        }
        finally
        {
            using var store = ClickHouseStore.Open(ClickHouseLocation.Parse(url));
            store.DropAll();
        }
    }

    /// <summary>The text without what legitimately differs: store names, output folders, generation times, the text analysis rate.</summary>
    private static string Comparable(string text) =>
        Volatile().Replace(text.Replace("outd", "OUT", StringComparison.Ordinal).Replace("outc", "OUT", StringComparison.Ordinal).Replace("outm", "OUT", StringComparison.Ordinal), string.Empty);

    [GeneratedRegex(@"(?m)^.*(Store |Ingesting |Generated|generated|posts/s|d\.duckdb|clickhouse://).*$\n?")]
    private static partial Regex Volatile();
}
