using System.Diagnostics;
using System.Globalization;
using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;
using CsvHelper.Configuration;
using CsvHelper;

namespace Benchmarking.Engine.Tests.Store;

public sealed class WarehouseTests
{
    private static readonly string Head5000 = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

    private const string RejectsHeader = "file,row,line,column,reason,value,fix";

    /// <summary>The accounting every ingest must satisfy, and a rejects file that lists exactly the rejects.</summary>
    private static void AssertBalanced(IngestSummary summary)
    {
        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Equal(summary.Accepted, summary.NewPosts + summary.AlreadyStored);
        Assert.Equal(summary.Rejected, summary.RejectedByReason.Values.Sum());
        Assert.Equal(Math.Min(summary.Rejected, 20), summary.FirstRejects.Count);
        if (summary.Rejected == 0)
        {
            Assert.Null(summary.RejectsFile);
        }
        else
        {
            Assert.NotNull(summary.RejectsFile);
            Assert.Equal(summary.Rejected, ReadRejects(summary.RejectsFile).Count);
        }
    }

    /// <summary>The data records of a rejects file, after checking its header.</summary>
    private static List<string[]> ReadRejects(string path)
    {
        using var parser = new CsvParser(new StreamReader(path, Encoding.UTF8), new CsvConfiguration(CultureInfo.InvariantCulture));
        Assert.True(parser.Read());
        Assert.Equal(RejectsHeader, string.Join(',', parser.Record!));
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }

    private static Dictionary<RejectReason, long> Reasons(params (RejectReason Reason, long Count)[] counts) =>
        counts.ToDictionary(c => c.Reason, c => c.Count);

    public sealed class Ingest_of_the_head_5000
    {
        [Fact]
        public void Stores_every_row_as_a_new_post_and_records_the_source()
        {
            using var store = new TestStore();

            var summary = store.Ingest(Head5000);

            AssertBalanced(summary);
            Assert.Equal((5000L, 5000L, 5000L, 0L, 0L, "twcs-pandas"), (summary.Read, summary.Accepted, summary.NewPosts, summary.AlreadyStored, summary.Rejected, summary.Format));
            Assert.Equal("read 5000 = accepted 5000 + rejected 0", summary.AccountingLine);
            Assert.Equal(
                new StoreTotals(store.Warehouse.Path, 5000, 2222, 1)
                {
                    Files = [new StoreSource(Path.GetFullPath(Head5000), "twcs-pandas", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), 5000, 5000, 0, 5000)],
                },
                store.Warehouse.Totals());
            Assert.StartsWith("@AskPayPal \r\rI just love", store.Text("3399"), StringComparison.Ordinal);
            Assert.Equal(
                $"1|{Path.GetFullPath(Head5000)}|892784|twcs-pandas|5000|5000|5000|0|2024-01-02 03:04:05",
                store.Warehouse.Scalar("SELECT concat_ws('|', source_id, path, bytes, format, rows_read, accepted, new_posts, rejected, strftime(ingested_at, '%Y-%m-%d %H:%M:%S')) FROM sources"));
            Assert.False(Directory.Exists(store.RejectsDirectory) && Directory.EnumerateFiles(store.RejectsDirectory).Any());
        }

        [Fact]
        public void Is_idempotent_a_second_time_nothing_is_new_and_the_store_is_unchanged()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var before = store.Checksum();

            var again = store.Ingest(Head5000);

            AssertBalanced(again);
            Assert.Equal((5000L, 5000L, 0L, 5000L, 0L), (again.Read, again.Accepted, again.NewPosts, again.AlreadyStored, again.Rejected));
            Assert.Equal(before, store.Checksum());
            Assert.Equal((5000L, 1L), (store.Warehouse.Totals().Posts, store.Warehouse.Totals().Sources));
        }

        [Fact]
        public void Recognises_the_same_bytes_under_another_name_as_the_same_source()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var copy = store.File("renamed.csv");
            File.Copy(Head5000, copy);

            var again = store.Ingest(copy);

            Assert.Equal((0L, 5000L), (again.NewPosts, again.AlreadyStored));
            Assert.Equal((5000L, 1L), (store.Warehouse.Totals().Posts, store.Warehouse.Totals().Sources));
        }

        [Fact]
        public void Is_idempotent_through_the_public_entry_point_too()
        {
            using var dir = new TempDir();
            var options = new IngestOptions { RejectsDirectory = dir.File("rejects") };
            string storePath;
            using (var benchmark = CareBenchmark.Open(dir.File("store.duckdb"), Registries.Shipped, FixedTime.Default))
            {
                storePath = benchmark.StorePath;
                Assert.Equal(5000, benchmark.Ingest(Head5000, options).NewPosts);
            }

            using (var benchmark = CareBenchmark.Open(storePath, Registries.Shipped, FixedTime.Default))
            {
                var again = benchmark.Ingest(Head5000, options);
                Assert.Equal((0L, 5000L, 0L), (again.NewPosts, again.AlreadyStored, again.Rejected));
            }

            using var warehouse = Warehouse.Open(storePath);
            Assert.Equal((5000L, 1L), (warehouse.Totals().Posts, warehouse.Totals().Sources));
        }
    }

    public sealed class Ingest_of_duplicates
    {
        [Fact]
        public void Keeps_the_first_of_repeated_ids_in_a_file_and_tells_identical_repeats_from_conflicts()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("dupes.csv"),
                TwcsCsv.Row("1", text: "first"),                     // row 1, line 2: new
                TwcsCsv.Row("2", text: "second"),                    // row 2, line 3: new
                TwcsCsv.Row("1", text: "first"),                     // row 3, line 4: identical repeat
                TwcsCsv.Row("2", text: "second, edited"),            // row 4, line 5: same id, other content
                TwcsCsv.Row("3.0", text: "third"),                   // row 5, line 6: new (pandas id)
                TwcsCsv.Row("3", text: "third"));                    // row 6, line 7: the same id written as an integer

            var summary = store.Ingest(file);

            AssertBalanced(summary);
            Assert.Equal((6L, 3L, 3L, 0L, 3L), (summary.Read, summary.Accepted, summary.NewPosts, summary.AlreadyStored, summary.Rejected));
            Assert.Equal(Reasons((RejectReason.DuplicateRow, 2), (RejectReason.DuplicateIdConflict, 1)), summary.RejectedByReason);
            Assert.Equal(
                [(3L, 4L, RejectReason.DuplicateRow), (4L, 5L, RejectReason.DuplicateIdConflict), (6L, 7L, RejectReason.DuplicateRow)],
                summary.FirstRejects.Select(r => (r.Row, r.Line, r.Reason)));
            Assert.All(summary.FirstRejects, r => Assert.Equal(("tweet_id", string.Empty), (r.Column, r.Value)));
            Assert.Equal("second", store.Text("2"));
            Assert.Equal(3L, store.Warehouse.Totals().Posts);
        }

        [Fact]
        public void Keeps_the_stored_post_when_a_later_file_has_the_same_id_with_other_content()
        {
            using var store = new TestStore();
            store.Ingest(TwcsCsv.Write(store.File("a.csv"), TwcsCsv.Row("1", text: "original"), TwcsCsv.Row("2", text: "same")));

            var summary = store.Ingest(TwcsCsv.Write(store.File("b.csv"),
                TwcsCsv.Row("1", text: "rewritten"),
                TwcsCsv.Row("2", text: "same"),
                TwcsCsv.Row("3", text: "new")));

            AssertBalanced(summary);
            Assert.Equal((3L, 2L, 1L, 1L, 1L), (summary.Read, summary.Accepted, summary.NewPosts, summary.AlreadyStored, summary.Rejected));
            Assert.Equal(Reasons((RejectReason.ConflictsWithStored, 1)), summary.RejectedByReason);
            var reject = Assert.Single(summary.FirstRejects);
            Assert.Equal((1L, 2L, "tweet_id"), (reject.Row, reject.Line, reject.Column));
            Assert.Equal("original", store.Text("1"));
            Assert.Equal((3L, 2L), (store.Warehouse.Totals().Posts, store.Warehouse.Totals().Sources));
        }

        [Fact]
        public void Rejects_the_Kaggle_sample_id_that_names_another_tweet_in_twcs_csv()
        {
            // sample.csv is numbered on its own: its tweet 119239 is a customer post, while twcs.csv's 119239 (in the
            // random 5000) is a comcastcares reply. The two files must not share a store; the engine keeps the first.
            using var store = new TestStore();
            store.Ingest(TestPaths.SharedData("twcs-kaggle-sample", "sample.csv"));
            var stored = store.Text("119239");

            var summary = store.Ingest(TestPaths.SharedData("twcs-random-5000", "twcs_small.csv"));

            AssertBalanced(summary);
            Assert.Equal((5000L, 4999L, 4999L, 0L, 1L), (summary.Read, summary.Accepted, summary.NewPosts, summary.AlreadyStored, summary.Rejected));
            var reject = Assert.Single(summary.FirstRejects);
            Assert.Equal((2985L, 3188L, RejectReason.ConflictsWithStored), (reject.Row, reject.Line, reject.Reason));
            Assert.Equal(stored, store.Text("119239"));
        }

        [Theory]
        [InlineData("author", "1,115713,True," + TwcsCsv.Timestamp + ",hello,,")]
        [InlineData("created_at", "1,115712,True,Tue Oct 31 22:10:48 +0000 2017,hello,,")]
        [InlineData("parent", "1,115712,True," + TwcsCsv.Timestamp + ",hello,,7")]
        public void Treats_any_difference_in_stored_content_as_a_conflict(string field, string changed)
        {
            using var store = new TestStore();
            store.Ingest(TwcsCsv.Write(store.File("a.csv"), "1,115712,True," + TwcsCsv.Timestamp + ",hello,,"));

            var summary = store.Ingest(TwcsCsv.Write(store.File("b.csv"), changed));

            Assert.True(summary.RejectedByReason.ContainsKey(RejectReason.ConflictsWithStored), field);
        }

        [Fact]
        public void Treats_a_different_inbound_flag_as_a_conflict()
        {
            using var store = new TestStore();
            store.Ingest(TwcsCsv.Write(store.File("a.csv"), TwcsCsv.Row("1", inbound: "True")));

            var summary = store.Ingest(TwcsCsv.Write(store.File("b.csv"), TwcsCsv.Row("1", inbound: "False")));

            Assert.Equal(Reasons((RejectReason.ConflictsWithStored, 1)), summary.RejectedByReason);
        }
    }

    public sealed class Ingest_writes_a_rejects_file
    {
        private const string Secret = "SECRET-SENTINEL card 4111 1111 1111 1111";

        [Fact]
        public void Lists_one_line_per_reject_under_a_fixed_header_with_formula_cells_neutralised()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("bad.csv"),
                TwcsCsv.Row("=1+2"),                                 // row 1: id-not-integer '=1+2'
                TwcsCsv.Row("-5"),                                   // row 2: id-not-integer '-5'
                TwcsCsv.Row("3", inbound: "@SUM(A1)"),               // row 3: bad-inbound-flag '@SUM(A1)'
                TwcsCsv.Row("4", inbound: "+1"),                     // row 4: bad-inbound-flag '+1'
                TwcsCsv.Row("5"),                                    // row 5: ok
                TwcsCsv.Row("5"));                                   // row 6: duplicate-row

            var summary = store.Ingest(file);

            AssertBalanced(summary);
            Assert.Equal(Path.Combine(store.RejectsDirectory, Warehouse.RejectsName(file)), summary.RejectsFile);
            Assert.Matches(@"^bad\.csv\.[0-9a-f]{8}\.rejects\.csv$", Warehouse.RejectsName(file));
            var records = ReadRejects(summary.RejectsFile!);
            Assert.Equal(
                [
                    [file, "1", "2", "tweet_id", "id-not-integer", "'=1+2", RejectReason.IdNotInteger.Fix()],
                    [file, "2", "3", "tweet_id", "id-not-integer", "'-5", RejectReason.IdNotInteger.Fix()],
                    [file, "3", "4", "inbound", "bad-inbound-flag", "'@SUM(A1)", RejectReason.BadInboundFlag.Fix()],
                    [file, "4", "5", "inbound", "bad-inbound-flag", "'+1", RejectReason.BadInboundFlag.Fix()],
                    [file, "6", "7", "tweet_id", "duplicate-row", string.Empty, RejectReason.DuplicateRow.Fix()],
                ],
                records);
            Assert.Equal([Warehouse.RejectsName(file)], Directory.EnumerateFiles(store.RejectsDirectory).Select(Path.GetFileName));
        }

        [Fact]
        public void Never_writes_post_text_to_the_rejects_file_or_the_summary()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("secret.csv"),
                TwcsCsv.Row("1", createdAt: "Fri Feb 30 10:00:00 +0000 2017", text: Secret),
                TwcsCsv.Row("2", text: Secret),
                TwcsCsv.Row("2", text: Secret + " edited"),
                TwcsCsv.Row("3", text: Secret) + ",extra");

            var summary = store.Ingest(file);

            Assert.Equal(3L, summary.Rejected);
            Assert.DoesNotContain("SECRET", File.ReadAllText(summary.RejectsFile!), StringComparison.Ordinal);
            Assert.All(summary.FirstRejects, r => Assert.DoesNotContain("SECRET", r.ToString(), StringComparison.Ordinal));
        }

        [Fact]
        public void Writes_none_and_removes_a_stale_one_when_nothing_is_rejected()
        {
            using var store = new TestStore();
            var file = store.File("data.csv");
            TwcsCsv.Write(file, TwcsCsv.Row("x"));
            Assert.NotNull(store.Ingest(file).RejectsFile);

            TwcsCsv.Write(file, TwcsCsv.Row("1"));
            var summary = store.Ingest(file);

            AssertBalanced(summary);
            Assert.Null(summary.RejectsFile);
            Assert.Empty(Directory.EnumerateFiles(store.RejectsDirectory));
        }
    }

    public sealed class Ingest_is_atomic
    {
        private static string WriteWithInvalidUtf8AtTheEnd(TestStore store)
        {
            var path = store.File("late-bad-bytes.csv");
            using var stream = File.Create(path);
            stream.Write(Encoding.UTF8.GetBytes(TwcsCsv.Header + "\n"));
            stream.Write(Encoding.UTF8.GetBytes(string.Join("\n", TwcsCsv.Rows(6000, firstId: 100_000)) + "\n"));
            stream.Write(Encoding.UTF8.GetBytes(TwcsCsv.Row("1", text: "a conflict with the stored post 1") + "\n"));
            stream.Write(Encoding.UTF8.GetBytes(TwcsCsv.Row("x") + "\n"));
            stream.Write(Encoding.ASCII.GetBytes("200000,115712,True," + TwcsCsv.Timestamp + ",caf"));
            stream.WriteByte(0xE9);
            stream.Write(Encoding.ASCII.GetBytes(",,\n"));
            return path;
        }

        [Fact]
        public void Leaves_the_store_exactly_as_it_was_when_the_file_turns_out_unreadable_near_its_end()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var before = store.Checksum();
            var file = WriteWithInvalidUtf8AtTheEnd(store);

            var e = Assert.Throws<InputFileException>(() => store.Ingest(file));

            Assert.Equal(6004, e.Line);
            Assert.Contains("--encoding windows-1252", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, store.Checksum());
            Assert.Empty(Directory.EnumerateFiles(store.RejectsDirectory));
        }

        [Fact]
        public void Leaves_the_store_usable_after_a_failed_ingest()
        {
            using var store = new TestStore();
            Assert.Throws<InputFileException>(() => store.Ingest(WriteWithInvalidUtf8AtTheEnd(store)));

            var summary = store.Ingest(TwcsCsv.Write(store.File("ok.csv"), TwcsCsv.Rows(3).ToArray()));

            Assert.Equal(3L, summary.NewPosts);
            Assert.Equal((3L, 1L), (store.Warehouse.Totals().Posts, store.Warehouse.Totals().Sources));
        }

        [Fact]
        public void Leaves_the_store_exactly_as_it_was_when_cancelled_from_the_progress_callback_mid_file()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var before = store.Checksum();
            var file = TwcsCsv.Write(store.File("large.csv"), TwcsCsv.Rows(40_000, firstId: 100_000).ToArray());
            using var cancellation = new CancellationTokenSource();
            var reports = new List<IngestProgress>();
            var progress = new SyncProgress<IngestProgress>(p =>
            {
                reports.Add(p);
                if (p.Rows > 0)
                {
                    cancellation.Cancel();
                }
            });

            Assert.ThrowsAny<OperationCanceledException>(() => store.Ingest(file, progress, cancellation.Token));

            var midFile = reports[^1];
            Assert.InRange(midFile.Rows, 1, 39_999);
            Assert.InRange(midFile.BytesRead, 1, midFile.TotalBytes - 1);
            Assert.Equal(before, store.Checksum());
            Assert.Empty(Directory.EnumerateFiles(store.RejectsDirectory));
        }

        [Fact]
        public void Leaves_the_store_as_it_was_when_cancelled_before_it_starts()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var before = store.Checksum();

            Assert.ThrowsAny<OperationCanceledException>(() => store.Ingest(Head5000, cancellationToken: new CancellationToken(canceled: true)));

            Assert.Equal(before, store.Checksum());
        }
    }

    public sealed class Open
    {
        [Fact]
        public void Shares_one_database_between_two_opens_of_the_same_file_in_one_process()
        {
            // DuckDB.NET caches the database instance per file within a process: a second open does not conflict,
            // and each connection sees what the other committed.
            using var store = new TestStore();
            using var second = Warehouse.Open(store.StorePath);

            store.Ingest(TwcsCsv.Write(store.File("a.csv"), TwcsCsv.Rows(2).ToArray()));

            Assert.Equal(2L, second.Totals().Posts);
        }

        [Python3Fact]
        public void Refuses_a_store_locked_by_another_process_and_says_so()
        {
            using var dir = new TempDir();
            var path = dir.File("store.duckdb");
            Warehouse.Open(path).Dispose();
            var start = new ProcessStartInfo(Python3FactAttribute.Python3!) { RedirectStandardInput = true, RedirectStandardOutput = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("import fcntl, sys\nf = open(sys.argv[1], 'r+b')\nfcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\nprint('locked', flush=True)\nsys.stdin.read()");
            start.ArgumentList.Add(path);
            using var holder = Process.Start(start)!;
            try
            {
                Assert.Equal("locked", holder.StandardOutput.ReadLine());

                var e = Assert.Throws<StoreException>(() => Warehouse.Open(path));

                Assert.Equal($"The store '{path}' is in use by another process (another carebench run?). Wait for it to finish, or use another --store.", e.Message);
            }
            finally
            {
                holder.StandardInput.Close();
                holder.WaitForExit();
            }
        }

        [Fact]
        public void Refuses_a_file_that_is_not_a_DuckDB_store()
        {
            using var dir = new TempDir();
            var path = dir.File("not-a-store.duckdb");
            File.WriteAllText(path, "tweet_id,author_id\n1,2\n");

            var e = Assert.Throws<StoreException>(() => Warehouse.Open(path));

            Assert.StartsWith($"The store '{path}' cannot be opened: ", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Refuses_a_store_with_another_schema_version()
        {
            using var dir = new TempDir();
            var path = dir.File("store.duckdb");
            using (var warehouse = Warehouse.Open(path))
            {
                warehouse.Execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
            }

            var e = Assert.Throws<StoreException>(() => Warehouse.Open(path));

            Assert.Equal($"The store '{path}' has schema version 99, this carebench needs {Schema.Version}. Use a new --store path.", e.Message);
        }

        [Fact]
        public void Creates_the_store_folder()
        {
            using var dir = new TempDir();
            var path = Path.Combine(dir.Path, "nested", "deeper", "store.duckdb");

            using var warehouse = Warehouse.Open(path);

            Assert.True(File.Exists(path));
            Assert.Equal(new StoreTotals(path, 0, 0, 0), warehouse.Totals());
        }
    }

    public sealed class ApplyRegistry
    {
        [Fact]
        public void Re_resolves_stored_posts_when_the_registry_changes()
        {
            using var store = new TestStore();
            store.Ingest(Head5000);
            var sprintPosts = Convert.ToInt64(store.Warehouse.Scalar("SELECT count(*) FROM posts WHERE brand_id = 'sprint'"), CultureInfo.InvariantCulture);
            var withoutSprint = BrandRegistry.Create(Registries.Shipped.Brands.Where(b => b.Id != "sprint"), Registries.Shipped.Industries);

            store.Warehouse.ApplyRegistry(withoutSprint);

            Assert.True(sprintPosts > 0);
            Assert.Equal(2222 - sprintPosts, store.Warehouse.Totals().BrandPosts);
            Assert.Equal(0L, Convert.ToInt64(store.Warehouse.Scalar("SELECT count(*) FROM brands WHERE brand_id = 'sprint'"), CultureInfo.InvariantCulture));

            store.Warehouse.ApplyRegistry(Registries.Shipped);

            Assert.Equal(2222L, store.Warehouse.Totals().BrandPosts);
        }
    }
}
