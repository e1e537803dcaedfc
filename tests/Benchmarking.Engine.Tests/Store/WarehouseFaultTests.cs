using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Store;

/// <summary>Regression tests for the ingest and store faults of issue #13, each on a crafted input.</summary>
public sealed class WarehouseFaultTests
{
    public sealed class Ingest_refuses_what_the_store_would_damage
    {
        [Fact]
        public void Rejects_a_NUL_in_the_text_instead_of_storing_the_text_cut_at_it()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("nul.csv"), TwcsCsv.Row("1", text: "@Delta nul\0in\0text"), TwcsCsv.Row("2"));

            var summary = store.Ingest(file);

            Assert.Equal((2L, 1L, 1L), (summary.Read, summary.Accepted, summary.Rejected));
            var reject = Assert.Single(summary.FirstRejects);
            Assert.Equal((1L, "text", RejectReason.NulCharacter, string.Empty), (reject.Row, reject.Column, reject.Reason, reject.Value));
            Assert.Null(store.Text("1"));
            Assert.DoesNotContain('\0', File.ReadAllText(summary.RejectsFile!));
        }

        [Theory]
        [InlineData("Fri Jan 01 00:00:00 +0000 2100", "2100-01-01 00:00:00 UTC is after the run's clock (2024-01-02 03:04 UTC) plus 24 h")]
        [InlineData("Mon Jan 01 00:00:00 +0000 1990", "1990-01-01 00:00:00 UTC is before twitter existed (2006-03-21)")]
        [InlineData("0001-01-01T00:00:00Z", "0001-01-01 00:00:00 UTC is before twitter existed (2006-03-21)")]
        public void Rejects_a_date_outside_the_plausible_window_with_the_reason(string createdAt, string value)
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("dates.csv"), TwcsCsv.Row("1"), TwcsCsv.Row("2", createdAt: createdAt));

            var summary = store.Ingest(file);

            var reject = Assert.Single(summary.FirstRejects);
            Assert.Equal((2L, 3L, "created_at", RejectReason.ImplausibleDate, value), (reject.Row, reject.Line, reject.Column, reject.Reason, reject.Value));
            Assert.Equal(1L, summary.NewPosts);
        }

        [Fact]
        public void Accepts_a_post_dated_within_the_margin_after_the_clock()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("soon.csv"), TwcsCsv.Row("1", createdAt: "2024-01-03T01:00:00Z"));

            Assert.Equal(1L, store.Ingest(file).NewPosts);
        }
    }

    public sealed class Ingest_names_ids_rounded_by_a_spreadsheet
    {
        [Fact]
        public void Warns_about_an_id_that_Excel_rounded_to_a_plain_integer()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("excel.csv"), TwcsCsv.Row("123457000000000000"), TwcsCsv.Row("2"));

            var summary = store.Ingest(file);

            Assert.Equal(2L, summary.NewPosts);
            var warning = Assert.Single(summary.Warnings);
            Assert.Contains("1 of 1 ids longer than 15 digits end in zeros after the 15th digit (first on line 2)", warning, StringComparison.Ordinal);
        }

        [Fact]
        public void Stays_quiet_for_real_long_ids_of_which_one_happens_to_end_in_zeros()
        {
            using var store = new TestStore();
            var rows = Enumerable.Range(0, 40).Select(i => TwcsCsv.Row((1_190_000_000_000_000_123L + (i * 7919L)).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            rows.Add(TwcsCsv.Row("1190000000000000000"));
            var file = TwcsCsv.Write(store.File("long.csv"), [.. rows]);

            Assert.Empty(store.Ingest(file).Warnings);
        }

        [Fact]
        public void Stores_0004001_and_4001_as_one_post()
        {
            using var store = new TestStore();
            var file = TwcsCsv.Write(store.File("zeros.csv"), TwcsCsv.Row("0004001"), TwcsCsv.Row("4001"), TwcsCsv.Row("4001.0"));

            var summary = store.Ingest(file);

            Assert.Equal((1L, 2L), (summary.NewPosts, summary.RejectedByReason[RejectReason.DuplicateRow]));
        }
    }

    public sealed class Ingest_keeps_rejects_apart_per_input_path
    {
        [Fact]
        public void Keeps_the_rejects_of_two_files_with_the_same_name_in_different_folders()
        {
            using var store = new TestStore();
            Directory.CreateDirectory(store.File("a"));
            Directory.CreateDirectory(store.File("b"));
            var first = TwcsCsv.Write(store.File("a/export.csv"), TwcsCsv.Row("1", inbound: "maybe"));
            var second = TwcsCsv.Write(store.File("b/export.csv"), TwcsCsv.Row("2", inbound: "perhaps"));
            var a = store.Ingest(first);
            var b = store.Ingest(second);

            TwcsCsv.Write(first, TwcsCsv.Row("3"));
            var clean = store.Ingest(first);

            Assert.NotEqual(a.RejectsFile, b.RejectsFile);
            Assert.Null(clean.RejectsFile);
            Assert.False(File.Exists(a.RejectsFile));
            Assert.Contains("perhaps", File.ReadAllText(b.RejectsFile!), StringComparison.Ordinal);
        }
    }

    public sealed class Open_names_a_damaged_store
    {
        [Fact]
        public void Reports_a_checksum_mismatch_as_corruption_not_as_a_lock()
        {
            using var dir = new TempDir();
            var path = dir.File("store.duckdb");
            using (var warehouse = Warehouse.Open(path))
            {
                warehouse.ApplyRegistry(Registries.Shipped);
            }

            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
            {
                stream.Position = 16384; // inside the first data block, whose checksum DuckDB verifies on open
                stream.Write(Enumerable.Repeat((byte)0x11, 4096).ToArray());
            }

            var e = Assert.Throws<StoreException>(() => Warehouse.Open(path));

            Assert.True(e.Corrupt);
            Assert.False(e.InUse);
            Assert.Contains("is damaged", e.Message, StringComparison.Ordinal);
            Assert.Contains("re-ingest", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reports_a_file_that_is_not_a_database_as_a_store_error_naming_both_causes()
        {
            using var dir = new TempDir();
            var path = dir.File("store.duckdb");
            File.WriteAllText(path, string.Concat(Enumerable.Repeat("not a database block ", 500)));

            var e = Assert.Throws<StoreException>(() => Warehouse.Open(path));

            Assert.False(e.Corrupt);
            Assert.Contains("use another --store; if it is one, it is damaged: Restore it from a backup", e.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("IO Error: Corrupt database file: computed checksum 1 does not match stored checksum 2 in block at location 12288", false, true)]
        [InlineData("IO Error: Could not set lock on file \"/s.duckdb\": Conflicting lock is held in /usr/bin/dotnet (PID 42)", true, false)]
        public void Tells_a_lock_from_a_damaged_block(string message, bool isLock, bool isCorruption)
        {
            Assert.Equal((isLock, isCorruption), (StoreFaults.IsLock(message), StoreFaults.IsCorruption(message)));
        }
    }

    public sealed class The_as_of_time_ignores_posts_dated_after_their_ingest
    {
        [Fact]
        public void A_post_dated_2100_in_a_store_filled_before_the_date_check_moves_neither_as_of_nor_pending_states()
        {
            using var store = new TestStore();
            store.Ingest(TwcsCsv.Write(store.File("ok.csv"),
                TwcsCsv.Row("1", text: "@sprintcare help", responses: "2"),
                TwcsCsv.Row("2", author: "sprintcare", inbound: "False", createdAt: "Tue Oct 31 22:20:47 +0000 2017", text: "@115712 we are here", parent: "1")));
            var before = store.Warehouse.LatestPostTime();

            // Such a post is rejected at ingest now; a store filled before that check can still hold one.
            store.Warehouse.Execute("""
                INSERT INTO posts (platform, post_id, author, brand_id, created_at, text, source_id, mentions, is_repost)
                SELECT 'twitter', '3', '999', NULL, TIMESTAMP '2100-01-01 00:00:00', '@sprintcare from the future', min(source_id), ['sprintcare'], false FROM sources
                """);

            Assert.Equal(new DateTime(2017, 10, 31, 22, 20, 47), before);
            Assert.Equal(before, store.Warehouse.LatestPostTime());
        }
    }
}
