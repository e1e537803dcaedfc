using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>
/// End-to-end regression tests for the environment and multi-file faults of issue #13: each ends with its own exit code
/// and a message that says what to do, never "this is a bug".
/// </summary>
public sealed class FaultExitCodeTests : IDisposable
{
    private const string Header = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n";

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_store_with_a_damaged_block_exits_6_naming_corruption_not_a_lock()
    {
        Assert.Equal(ExitCodes.Ok, Ingest(Write("a.csv", Rows(1, 50))).ExitCode);
        using (var stream = new FileStream(temp.Combine("s.duckdb"), FileMode.Open, FileAccess.Write))
        {
            stream.Position = 16384;
            stream.Write(Enumerable.Repeat((byte)0x11, 4096).ToArray());
        }

        var rank = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out"), "--no-text");

        Assert.Equal(ExitCodes.StoreCorrupt, rank.ExitCode);
        Assert.Contains("is damaged", rank.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("in use", rank.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", rank.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_into_an_output_folder_it_cannot_write_exits_73_before_computing_anything()
    {
        Assert.Equal(ExitCodes.Ok, Ingest(Write("a.csv", Rows(1, 50))).ExitCode);
        var blocker = Write("not-a-folder", string.Empty);

        var rank = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", Path.Combine(blocker, "reports"), "--no-text");

        Assert.Equal(ExitCodes.NotWritable, rank.ExitCode);
        Assert.Contains("Nothing was computed", rank.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Care score", rank.Out, StringComparison.Ordinal);
    }

    [ReadOnlySysfsFact]
    public void Rank_into_a_folder_the_system_refuses_exits_73()
    {
        Assert.Equal(ExitCodes.Ok, Ingest(Write("a.csv", Rows(1, 50))).ExitCode);

        var rank = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", "/sys/kernel/carebench-out", "--no-text");

        Assert.Equal(ExitCodes.NotWritable, rank.ExitCode);
        Assert.Contains("Cannot write to the output folder", rank.Error, StringComparison.Ordinal);
    }

    [TmpfsFact]
    public void A_full_disk_exits_74_leaves_the_store_as_it_was_and_rank_still_works_once_space_is_freed()
    {
        var disk = temp.Combine("disk");
        Directory.CreateDirectory(disk);
        Assert.True(Tmpfs.Mount(disk, 8 * 1024));
        try
        {
            var store = Path.Combine(disk, "s.duckdb");
            string[] options = ["--brands", RepoPaths.Brands, "--store", store, "--out", temp.Combine("out")];
            Assert.Equal(ExitCodes.Ok, Carebench.RunIn(temp.Path, ["ingest", Write("a.csv", Rows(1, 20)), .. options]).ExitCode);
            var filler = Path.Combine(disk, "filler");
            using (var stream = File.Create(filler))
            {
                // Leave a quarter of a megabyte: enough to open the store, not to ingest 5,000 posts into it.
                var block = new byte[64 * 1024];
                while (new DriveInfo(disk).AvailableFreeSpace > 256 * 1024)
                {
                    stream.Write(block);
                }
            }

            var full = Carebench.RunIn(temp.Path, ["ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), .. options]);

            Assert.Equal(ExitCodes.DiskFull, full.ExitCode);
            Assert.Contains("The disk is full", full.Error, StringComparison.Ordinal);
            File.Delete(filler);
            var rank = Carebench.RunIn(temp.Path, ["rank", .. options, "--no-text"]);
            Assert.Equal(ExitCodes.Ok, rank.ExitCode);
            Assert.Contains($"Store {Path.Combine("disk", "s.duckdb")}: 20 posts", rank.Out, StringComparison.Ordinal);
        }
        finally
        {
            Tmpfs.Unmount(disk);
        }
    }

    [Fact]
    public void A_multi_file_ingest_that_stops_at_an_unusable_file_names_the_files_it_did_not_ingest()
    {
        var good = Write("good.csv", Rows(1, 3));
        var bad = Write("bad.csv", "id,user,text\n1,a,hello\n");
        var later = Write("later.csv", Rows(10, 3));
        var last = Write("last.csv", Rows(20, 3));

        var ingest = Ingest(good, bad, later, last);

        Assert.Equal(ExitCodes.InputRejected, ingest.ExitCode);
        Assert.Contains($"Not ingested: {bad} (rolled back) and the 2 file(s) after it: {later}, {last}. The 1 file(s) before it stay stored.", ingest.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_without_files_ranks_an_existing_store_without_mixing_in_the_shipped_sample()
    {
        Assert.Equal(ExitCodes.Ok, Ingest(Write("a.csv", Rows(1, 5))).ExitCode);

        var run = Carebench.RunIn(RepoPaths.Root, "run", "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out"), "--no-text");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("No files given: ranking the data already in", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("twcs-sample.csv", run.Out, StringComparison.Ordinal);
        // A store outside the working folder is shown by name, never by its absolute path.
        Assert.Contains("Store s.duckdb: 5 posts", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_publishes_the_summary_after_the_leaderboards_it_links_to()
    {
        var run = Carebench.RunIn(RepoPaths.Root, "run", "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out"), "--no-text");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var summary = File.GetLastWriteTimeUtc(temp.Combine("out", "summary.md"));
        Assert.All(Directory.EnumerateFiles(temp.Combine("out"), "leaderboard-*"), board => Assert.True(File.GetLastWriteTimeUtc(board) <= summary, board));
    }

    [Fact]
    public void Industries_whose_names_give_the_same_file_name_get_a_leaderboard_each()
    {
        File.WriteAllText(temp.Combine("cjk.json"), """
            { "industries": ["航空", "通信"],
              "brands": [ { "id": "sora", "name": "Sora", "industry": "航空", "handles": { "twitter": ["SoraAir"] } },
                          { "id": "denwa", "name": "Denwa", "industry": "通信", "handles": { "twitter": ["DenwaCo"] } } ] }
            """);
        var rows = new System.Text.StringBuilder(Header);
        foreach (var (brand, first) in new[] { ("SoraAir", 1), ("DenwaCo", 100) })
        {
            for (var i = 0; i < 3; i++)
            {
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"{first + (2 * i)},cust{i},True,Tue Oct 31 22:10:47 +0000 2017,@{brand} help,,\n");
                rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"{first + (2 * i) + 1},{brand},False,Tue Oct 31 22:20:47 +0000 2017,@cust{i} on it,,{first + (2 * i)}\n");
            }
        }

        var run = Carebench.RunIn(temp.Path, "run", Write("cjk.csv", rows.ToString()), "--brands", temp.Combine("cjk.json"), "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out"), "--no-text", "--min-mentions", "1", "--bootstrap", "0");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        Assert.Equal(["leaderboard-industry-2.md", "leaderboard-industry.md"], Directory.EnumerateFiles(temp.Combine("out"), "leaderboard-*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var summary = File.ReadAllText(temp.Combine("out", "summary.md"));
        Assert.Contains("leaderboard-industry.md", summary, StringComparison.Ordinal);
        Assert.Contains("leaderboard-industry-2.md", summary, StringComparison.Ordinal);
    }

    private CliResult Ingest(params string[] files) =>
        Carebench.RunIn(temp.Path, ["ingest", .. files, "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"), "--out", temp.Combine("out")]);

    private string Write(string name, string content)
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Rows(int first, int count) => Header + string.Concat(Enumerable.Range(first, count).Select(i =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i},115712,True,Tue Oct 31 22:10:47 +0000 2017,@sprintcare message {i},,\n")));
}
