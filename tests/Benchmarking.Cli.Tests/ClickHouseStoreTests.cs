using System.Text.RegularExpressions;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Store.ClickHouse;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// The commands on a ClickHouse cluster (<c>CAREBENCH_TEST_CLICKHOUSE</c>, started by <c>.ci/run</c>) print and write
/// what they print and write on a DuckDB store holding the same posts: only the store line, the generation times and
/// the line saying text features are not kept differ. Skipped, with the reason, without a cluster.
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

    /// <summary>The text without what legitimately differs: store names, output folders, generation times, the text-features note.</summary>
    private static string Comparable(string text) =>
        Volatile().Replace(text.Replace("outd", "OUT", StringComparison.Ordinal).Replace("outc", "OUT", StringComparison.Ordinal).Replace("outm", "OUT", StringComparison.Ordinal), string.Empty);

    [GeneratedRegex(@"(?m)^.*(Store |Ingesting |Text features are not kept|Generated|generated|d\.duckdb|clickhouse://).*$\n?")]
    private static partial Regex Volatile();
}
