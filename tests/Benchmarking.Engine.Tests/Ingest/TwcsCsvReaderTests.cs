using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Ingest;

public sealed class TwcsCsvReaderTests
{
    private const string Secret = "SECRET-SENTINEL card 4111 1111 1111 1111 pin 0000";

    private static (List<ReadOutcome> Outcomes, TwcsCsvReader Reader) ReadAll(string path, string encoding = "utf-8")
    {
        var reader = new TwcsCsvReader(path, Registries.Shipped, new IngestOptions { Encoding = encoding }.GetEncoding());
        var outcomes = reader.Read(null, CancellationToken.None).ToList();
        return (outcomes, reader);
    }

    private static List<RejectedRow> Rejects(List<ReadOutcome> outcomes) =>
        outcomes.Where(o => o.Rejected is not null).Select(o => o.Rejected!).ToList();

    public sealed class Read_on_the_pandas_head_5000
    {
        private static readonly string File = TestPaths.SharedData("twcs-head-5000", "twcs.csv");

        [Fact]
        public void Accepts_all_5000_rows_as_the_pandas_format()
        {
            var (outcomes, reader) = ReadAll(File);

            Assert.Equal(5000, outcomes.Count);
            Assert.All(outcomes, o => Assert.NotNull(o.Post));
            Assert.Equal("twcs-pandas", reader.Format);
            Assert.Equal(Enumerable.Range(1, 5000).Select(i => (long)i), outcomes.Select(o => o.Row));
        }

        [Fact]
        public void Keeps_the_lone_carriage_returns_inside_tweet_3399_instead_of_splitting_the_row()
        {
            var (outcomes, _) = ReadAll(File);

            var tweet = Assert.Single(outcomes, o => o.Post!.PostId == "3399");
            Assert.StartsWith("@AskPayPal \r\rI just love the start of email", tweet.Post!.Text, StringComparison.Ordinal);
            Assert.Equal(2485, tweet.Row);
            Assert.Equal(2589, tweet.Line);
            Assert.Equal("116510", tweet.Post.Author);
            Assert.Equal("3400", outcomes[(int)tweet.Row].Post!.PostId);
        }

        [Fact]
        public void Converts_pandas_float_parent_ids_and_keeps_the_published_inbound_split()
        {
            var (outcomes, _) = ReadAll(File);
            var posts = outcomes.Select(o => o.Post!).ToList();

            var first = posts[0];
            Assert.Equal(("1", "sprintcare", "sprint", "3", false), (first.PostId, first.Author, first.BrandId, first.InReplyToId, first.DeclaredInbound));
            Assert.Equal(new DateTimeOffset(2017, 10, 31, 22, 10, 47, TimeSpan.Zero), first.CreatedAt);
            Assert.Equal(2778, posts.Count(p => p.DeclaredInbound == true));
            Assert.Equal(2222, posts.Count(p => p.DeclaredInbound == false));
            Assert.Equal(3694, posts.Count(p => p.InReplyToId is not null));
            Assert.DoesNotContain(posts, p => p.InReplyToId is { } parent && parent.Contains('.', StringComparison.Ordinal));
            Assert.Equal(posts.Count, posts.Select(p => p.PostId).Distinct(StringComparer.Ordinal).Count());
        }

        [Fact]
        public void Computes_the_SHA_256_of_the_file_bytes_once_read_to_the_end()
        {
            var (_, reader) = ReadAll(File);

            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(File))), reader.Sha256);
        }
    }

    public sealed class Read_on_the_published_Kaggle_sample
    {
        [Fact]
        public void Accepts_all_93_rows_with_True_False_flags_and_resolves_the_brands()
        {
            var (outcomes, reader) = ReadAll(TestPaths.SharedData("twcs-kaggle-sample", "sample.csv"));
            var posts = outcomes.Select(o => o.Post).ToList();

            Assert.Equal("twcs", reader.Format);
            Assert.Equal(93, posts.Count);
            Assert.All(posts, Assert.NotNull);
            Assert.Equal(49, posts.Count(p => p!.DeclaredInbound == true));
            Assert.Equal(44, posts.Count(p => p!.DeclaredInbound == false));
            Assert.Equal(13, posts.Count(p => p!.BrandId == "apple"));
            Assert.Equal(8, posts.Count(p => p!.BrandId == "spotify"));
            Assert.Equal(68, posts.Count(p => p!.InReplyToId is not null));
            Assert.Equal("119237", posts[0]!.PostId);
        }
    }

    public sealed class Read_on_the_random_5000
    {
        [Fact]
        public void Accepts_all_5000_rows_with_CRLF_endings_and_float_parent_ids()
        {
            var (outcomes, reader) = ReadAll(TestPaths.SharedData("twcs-random-5000", "twcs_small.csv"));
            var posts = outcomes.Select(o => o.Post!).ToList();

            Assert.Equal("twcs", reader.Format);
            Assert.Equal(5000, outcomes.Count);
            Assert.All(outcomes, o => Assert.NotNull(o.Post));
            Assert.Equal(2718, posts.Count(p => p.DeclaredInbound == true));
            Assert.Equal(2282, posts.Count(p => p.DeclaredInbound == false));
            Assert.Equal(3605, posts.Count(p => p.InReplyToId is not null));
            Assert.Equal("192625", posts[0].InReplyToId);
            Assert.DoesNotContain(posts, p => p.InReplyToId is { } parent && !parent.All(char.IsAsciiDigit));
            Assert.Equal(299, posts.Count(p => p.BrandId == "amazon"));
        }
    }

    public sealed class Read_on_the_Excel_damaged_outbound_extracts
    {
        // Rows per file from SOURCE.md. Every row is kept: TRUE/FALSE is read, the BOM is honoured, and the corrupted
        // multi-id response_tweet_id column is ignored by design, so no row is rejected.
        [Theory]
        [InlineData("AirAsiaSupport.csv", 4075, "airasia")]
        [InlineData("AppleSupport.csv", 10983, "apple")]
        [InlineData("AskRBC.csv", 446, "rbc")]
        [InlineData("McDonalds.csv", 3971, "mcdonalds")]
        [InlineData("NikeSupport.csv", 1912, "nike")]
        [InlineData("SpotifyCares.csv", 10986, "spotify")]
        [InlineData("Walmart.csv", 975, "walmart")]
        public void Accepts_every_row_as_an_outbound_post_of_the_brand(string name, int rows, string brand)
        {
            var (outcomes, reader) = ReadAll(TestPaths.SharedData("twcs-brand-outbound-excel", name));
            var rejects = Rejects(outcomes);

            Assert.Equal("twcs", reader.Format);
            Assert.Equal(rows, outcomes.Count);
            Assert.Equal(outcomes.Count, outcomes.Count(o => o.Post is not null) + rejects.Count);
            Assert.Empty(rejects);
            Assert.All(outcomes, o => Assert.Equal((false, brand), (o.Post!.DeclaredInbound!.Value, o.Post.BrandId)));
        }

        [Fact]
        public void Ignores_a_corrupted_multi_id_response_list_and_keeps_the_parent()
        {
            var (outcomes, _) = ReadAll(TestPaths.SharedData("twcs-brand-outbound-excel", "Walmart.csv"));

            // Last row: response_tweet_id "11,568,231,156,824" (Excel-mangled "1156823,1156824"), parent 1156825.
            var last = outcomes[^1].Post!;
            Assert.Equal("1156825", last.InReplyToId);
            Assert.Equal(975, outcomes[^1].Row);
        }
    }

    public sealed class Read_reports_where_a_reject_is
    {
        [Fact]
        public void Counts_the_physical_lines_of_a_multi_line_quoted_field_before_a_bad_row()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("multiline.csv"),
                TwcsCsv.Row("1", text: "first line\nsecond line\nthird line"), // lines 2-4
                TwcsCsv.Row("2"),                                               // line 5
                TwcsCsv.Row("3", createdAt: "yesterday"));                     // line 6

            var (outcomes, _) = ReadAll(path);

            Assert.Equal("first line\nsecond line\nthird line", outcomes[0].Post!.Text);
            Assert.Equal([(1L, 2L), (2L, 5L), (3L, 6L)], outcomes.Select(o => (o.Row, o.Line)));
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((3L, 6L, "created_at", RejectReason.BadTimestamp, "yesterday"), (reject.Row, reject.Line, reject.Column, reject.Reason, reject.Value));
            Assert.Equal($"{path}: row 3 (line 6), column 'created_at': bad-timestamp (value 'yesterday'); {RejectReason.BadTimestamp.Fix()}", reject.ToString());
        }

        [Fact]
        public void Does_not_count_a_lone_carriage_return_as_a_line()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("cr.csv"),
                "1,115712,True," + TwcsCsv.Timestamp + ",@AskPayPal \r\rI just love,,", // line 2
                TwcsCsv.Row("x"));                                                        // line 3

            var (outcomes, _) = ReadAll(path);

            Assert.Equal("@AskPayPal \r\rI just love", outcomes[0].Post!.Text);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, RejectReason.IdNotInteger), (reject.Row, reject.Line, reject.Reason));
        }

        [Fact]
        public void Counts_CRLF_records_one_line_each()
        {
            using var dir = new TempDir();
            var path = dir.File("crlf.csv");
            File.WriteAllText(path, TwcsCsv.Header + "\r\n" + TwcsCsv.Row("1", text: "a, b") + "\r\n" + TwcsCsv.Row("2", parent: "5.0") + "\r\n" + TwcsCsv.Row("3", inbound: "maybe") + "\r\n");

            var (outcomes, _) = ReadAll(path);

            Assert.Equal("a, b", outcomes[0].Post!.Text);
            Assert.Equal("5", outcomes[1].Post!.InReplyToId);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((3L, 4L, "inbound", RejectReason.BadInboundFlag, "maybe"), (reject.Row, reject.Line, reject.Column, reject.Reason, reject.Value));
        }
    }

    public sealed class Read_rejects_bad_records_without_skipping_them
    {
        [Fact]
        public void Rejects_a_blank_line_as_a_wrong_field_count()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("blank.csv"), TwcsCsv.Row("1"), string.Empty, TwcsCsv.Row("2"));

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(3, outcomes.Count);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, RejectReason.WrongFieldCount, "blank line"), (reject.Row, reject.Line, reject.Reason, reject.Value));
            Assert.Equal((3L, 4L), (outcomes[2].Row, outcomes[2].Line));
        }

        [Fact]
        public void Rejects_blank_CRLF_lines_and_a_trailing_blank_line_too()
        {
            using var dir = new TempDir();
            var path = dir.File("blank-crlf.csv");
            File.WriteAllText(path, TwcsCsv.Header + "\r\n" + TwcsCsv.Row("1") + "\r\n\r\n" + TwcsCsv.Row("2") + "\r\n\r\n");

            var (outcomes, _) = ReadAll(path);

            Assert.Equal([(1L, 2L, false), (2L, 3L, true), (3L, 4L, false), (4L, 5L, true)], outcomes.Select(o => (o.Row, o.Line, o.Rejected is not null)));
        }

        [Theory]
        [InlineData("1,115712,True," + TwcsCsv.Timestamp + ",hello,", "6 fields, expected 7")]
        [InlineData("1,115712,True," + TwcsCsv.Timestamp + ",hello, world,,", "8 fields, expected 7")]
        [InlineData("1", "1 fields, expected 7")]
        public void Rejects_a_record_with_too_few_or_too_many_fields(string row, string value)
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("fields.csv"), row, TwcsCsv.Row("2"));

            var (outcomes, _) = ReadAll(path);

            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((1L, 2L, string.Empty, RejectReason.WrongFieldCount, value), (reject.Row, reject.Line, reject.Column, reject.Reason, reject.Value));
            Assert.NotNull(outcomes[1].Post);
        }

        [Fact]
        public void Rejects_a_row_whose_unquoted_comma_shifted_the_text_into_the_response_column()
        {
            using var dir = new TempDir();
            // Seven fields, so the count is right, but "great service" landed in response_tweet_id and the text is cut.
            var path = TwcsCsv.Write(dir.File("shifted.csv"), "1,115712,True," + TwcsCsv.Timestamp + ",@sprintcare thanks, great service,", TwcsCsv.Row("2", responses: "4,350,434,843,514,350"));

            var (outcomes, _) = ReadAll(path);

            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((1L, "response_tweet_id", RejectReason.MisalignedFields, string.Empty), (reject.Row, reject.Column, reject.Reason, reject.Value));
            Assert.NotNull(outcomes[1].Post);
        }

        [Fact]
        public void Rejects_a_pandas_row_without_its_index_column()
        {
            using var dir = new TempDir();
            var path = dir.File("pandas.csv");
            File.WriteAllText(path, "," + TwcsCsv.Header + "\n0," + TwcsCsv.Row("1", parent: "3.0") + "\n" + TwcsCsv.Row("2") + "\n");

            var (outcomes, reader) = ReadAll(path);

            Assert.Equal("twcs-pandas", reader.Format);
            Assert.Equal("3", outcomes[0].Post!.InReplyToId);
            Assert.Equal(RejectReason.WrongFieldCount, outcomes[1].Rejected!.Reason);
        }

        [Theory]
        [InlineData("", "115712", "True", TwcsCsv.Timestamp, "", "tweet_id", RejectReason.MissingId, "")]
        [InlineData("5.70E+17", "115712", "True", TwcsCsv.Timestamp, "", "tweet_id", RejectReason.IdInScientificNotation, "5.70E+17")]
        [InlineData("3.5", "115712", "True", TwcsCsv.Timestamp, "", "tweet_id", RejectReason.IdNotInteger, "3.5")]
        [InlineData("1", " ", "True", TwcsCsv.Timestamp, "", "author_id", RejectReason.EmptyAuthor, "")]
        [InlineData("1", "115712", "Yes", TwcsCsv.Timestamp, "", "inbound", RejectReason.BadInboundFlag, "Yes")]
        [InlineData("1", "115712", "True", "Fri Feb 30 10:00:00 +0000 2017", "", "created_at", RejectReason.BadTimestamp, "Fri Feb 30 10:00:00 +0000 2017")]
        [InlineData("1", "115712", "True", "2017-10-31 22:10:47", "", "created_at", RejectReason.BadTimestamp, "2017-10-31 22:10:47")]
        [InlineData("1", "115712", "True", TwcsCsv.Timestamp, "5.7e17", "in_response_to_tweet_id", RejectReason.IdInScientificNotation, "5.7e17")]
        [InlineData("1", "115712", "True", TwcsCsv.Timestamp, "abc", "in_response_to_tweet_id", RejectReason.IdNotInteger, "abc")]
        public void Rejects_a_bad_structural_field_naming_the_column_and_value(
            string id, string author, string inbound, string createdAt, string parent, string column, RejectReason reason, string value)
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("fields.csv"), TwcsCsv.Row(id, author, inbound, createdAt, parent: parent));

            var (outcomes, _) = ReadAll(path);

            var reject = Assert.Single(outcomes).Rejected;
            Assert.NotNull(reject);
            Assert.Equal((path, 1L, 2L, column, reason, value), (reject.File, reject.Row, reject.Line, reject.Column, reject.Reason, reject.Value));
        }

        [Fact]
        public void Rejects_a_quote_inside_an_unquoted_field_as_malformed_quoting()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("quotes.csv"), "1,115712,True," + TwcsCsv.Timestamp + ",he said \"hi\" there,,", TwcsCsv.Row("2"));

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(2, outcomes.Count);
            Assert.Equal(RejectReason.MalformedQuoting, outcomes[0].Rejected?.Reason);
            Assert.NotNull(outcomes[1].Post);
        }

        [Fact]
        public void Never_puts_the_post_text_into_a_reject()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("secret.csv"),
                TwcsCsv.Row("1", createdAt: "not a time", text: Secret),
                TwcsCsv.Row("2", inbound: "maybe", text: Secret),
                TwcsCsv.Row("3.5", text: Secret),
                TwcsCsv.Row("4", text: Secret) + "," + Secret,
                "5,115712,True," + TwcsCsv.Timestamp + ",\"" + Secret + "\"x,,");

            var (outcomes, _) = ReadAll(path);

            var rejects = Rejects(outcomes);
            Assert.Equal(5, rejects.Count);
            Assert.All(rejects, r => Assert.DoesNotContain("SECRET", r.ToString(), StringComparison.Ordinal));
            Assert.All(rejects, r => Assert.DoesNotContain("4111", r.ToString(), StringComparison.Ordinal));
        }
    }

    public sealed class Read_recovers_from_a_quote_left_open
    {
        private static string StrayQuoteRow(string id) => id + ",115712,True," + TwcsCsv.Timestamp + ",\"@sprintcare it said \"\"hi,,";

        [Fact]
        public void Rejects_only_the_row_with_the_stray_quote_and_keeps_the_9999_rows_after_it()
        {
            using var dir = new TempDir();
            var rows = TwcsCsv.Rows(10_000).ToArray();
            rows[4] = StrayQuoteRow("5"); // line 6
            var path = TwcsCsv.Write(dir.File("stray.csv"), rows);

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(10_000, outcomes.Count);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((5L, 6L, 1L, "text", RejectReason.MalformedQuoting), (reject.Row, reject.Line, reject.Lines, reject.Column, reject.Reason));
            Assert.Equal("quote opened on line 6 not closed before the next record; 1 line(s) rejected, reading resumed at line 7", reject.Value);
            Assert.Equal(Enumerable.Range(1, 10_000).Where(i => i != 5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                outcomes.Where(o => o.Post is not null).Select(o => o.Post!.PostId));
        }

        [Fact]
        public void Keeps_the_quoted_rows_after_a_stray_quote_instead_of_reading_them_out_of_phase()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("phase.csv"),
                TwcsCsv.Row("1"),
                StrayQuoteRow("2"),
                TwcsCsv.Row("3", text: "hello, world"),
                TwcsCsv.Row("4", text: "two\nlines"),
                TwcsCsv.Row("5", text: "say \"hi\""),
                TwcsCsv.Row("6"));

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(["1", "3", "4", "5", "6"], outcomes.Where(o => o.Post is not null).Select(o => o.Post!.PostId));
            Assert.Equal(["hello, world", "two\nlines", "say \"hi\""], outcomes.Skip(2).Take(3).Select(o => o.Post!.Text));
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, 1L), (reject.Row, reject.Line, reject.Lines));
            Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], outcomes.Select(o => o.Row));
            Assert.Equal([2L, 3L, 4L, 5L, 7L, 8L], outcomes.Select(o => o.Line));
        }

        [Fact]
        public void Spans_the_lines_up_to_the_next_record_and_says_how_many()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("span.csv"),
                TwcsCsv.Row("1"),
                StrayQuoteRow("2"),        // line 3
                "not a record",            // line 4
                "nor is this, really",     // line 5
                TwcsCsv.Row("3"));         // line 6

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(3, outcomes.Count);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, 3L), (reject.Row, reject.Line, reject.Lines));
            Assert.Contains("3 line(s) rejected, reading resumed at line 6", reject.Value, StringComparison.Ordinal);
            Assert.Contains("row 2 (lines 3-5), column 'text': malformed-quoting", reject.ToString(), StringComparison.Ordinal);
            Assert.Equal("3", outcomes[2].Post!.PostId);
        }

        [Fact]
        public void Rejects_a_file_truncated_inside_a_quoted_field_as_a_quote_to_the_end_of_the_file()
        {
            using var dir = new TempDir();
            var path = dir.File("truncated.csv");
            File.WriteAllText(path, TwcsCsv.Header + "\n" + TwcsCsv.Row("1") + "\n2,115712,True," + TwcsCsv.Timestamp + ",\"@sprintcare my order is\nstill not");

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(2, outcomes.Count);
            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, 2L, RejectReason.MalformedQuoting), (reject.Row, reject.Line, reject.Lines, reject.Reason));
            Assert.Equal("quote opened on line 3 never closed; 2 line(s) rejected, to the end of the file", reject.Value);
        }

        [Fact]
        public void Rejects_a_quote_left_open_on_the_last_line_as_malformed_quoting_not_as_a_field_count()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("last.csv"), TwcsCsv.Row("1"), StrayQuoteRow("2"));

            var (outcomes, _) = ReadAll(path);

            var reject = Assert.Single(Rejects(outcomes));
            Assert.Equal((2L, 3L, 1L, RejectReason.MalformedQuoting), (reject.Row, reject.Line, reject.Lines, reject.Reason));
            Assert.Equal("quote opened on line 3 never closed; 1 line(s) rejected, to the end of the file", reject.Value);
        }

        [Fact]
        public void Takes_a_quoted_field_that_swallows_a_complete_record_for_an_open_quote()
        {
            using var dir = new TempDir();
            // Line 3 opens a quote that line 5 happens to close well formed: without the check, row 3 would vanish into row 2's text.
            var path = TwcsCsv.Write(dir.File("swallow.csv"),
                TwcsCsv.Row("1"),
                "2,115712,True," + TwcsCsv.Timestamp + ",\"oops,,",
                TwcsCsv.Row("3"),
                "4,115712,True," + TwcsCsv.Timestamp + ",\",,",
                TwcsCsv.Row("5"));

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(["1", "3", "5"], outcomes.Where(o => o.Post is not null).Select(o => o.Post!.PostId));
            Assert.Equal([(2L, 3L), (4L, 5L)], Rejects(outcomes).Select(r => (r.Row, r.Line)));
        }

        [Fact]
        public void Still_reads_a_post_whose_quoted_text_holds_line_breaks()
        {
            using var dir = new TempDir();
            var path = TwcsCsv.Write(dir.File("multi.csv"), TwcsCsv.Row("1", text: "a\n\nb, c\r\nd"), TwcsCsv.Row("2"));

            var (outcomes, _) = ReadAll(path);

            Assert.Equal("a\n\nb, c\r\nd", outcomes[0].Post!.Text);
            Assert.Equal([(1L, 2L), (2L, 6L)], outcomes.Select(o => (o.Row, o.Line)));
            Assert.Empty(Rejects(outcomes));
        }
    }

    public sealed class Read_refuses_an_unusable_file
    {
        [Theory]
        [InlineData("id,author,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id")]
        [InlineData("tweet_id,author_id,inbound,created_at,text,response_tweet_id")]
        [InlineData("tweet_id;author_id;inbound;created_at;text;response_tweet_id;in_response_to_tweet_id")]
        [InlineData("index,tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id")]
        public void Throws_for_a_wrong_header_naming_the_file_and_line_1(string header)
        {
            using var dir = new TempDir();
            var path = dir.File("wrong-header.csv");
            File.WriteAllText(path, header + "\n" + TwcsCsv.Row("1") + "\n");

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal((path, (long?)1), (e.File, e.Line));
            Assert.StartsWith($"{path} line 1: not a TWCS file", e.Message, StringComparison.Ordinal);
            Assert.Contains("Expected the header tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Throws_for_a_file_that_starts_with_data_without_echoing_it()
        {
            using var dir = new TempDir();
            var path = dir.File("no-header.csv");
            File.WriteAllText(path, TwcsCsv.Row("1", text: Secret) + "\n");

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal(1, e.Line);
            Assert.DoesNotContain("SECRET", e.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Throws_for_an_empty_file()
        {
            using var dir = new TempDir();
            var path = dir.File("empty.csv");
            File.WriteAllText(path, string.Empty);

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal((path, (long?)1), (e.File, e.Line));
            Assert.Contains("the file is empty", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Throws_for_a_missing_file()
        {
            using var dir = new TempDir();
            var path = dir.File("missing.csv");

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal((path, (long?)null), (e.File, e.Line));
            Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Accepts_a_header_with_a_BOM_and_surrounding_spaces()
        {
            using var dir = new TempDir();
            var path = dir.File("bom.csv");
            File.WriteAllText(path, "tweet_id, author_id ,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\r\n" + TwcsCsv.Row("1") + "\r\n", new UTF8Encoding(true));

            var (outcomes, reader) = ReadAll(path);

            Assert.Equal("twcs", reader.Format);
            Assert.Equal("1", Assert.Single(outcomes).Post!.PostId);
        }
    }

    public sealed class Read_with_an_encoding
    {
        private static string WriteWindows1252(TempDir dir, string text)
        {
            var path = dir.File("cp1252.csv");
            var bytes = new List<byte>();
            bytes.AddRange(Encoding.ASCII.GetBytes(TwcsCsv.Header + "\n" + "1,115712,True," + TwcsCsv.Timestamp + ",@AskRBC caf"));
            bytes.Add(0xE9); // 'é' in Windows-1252; on its own it is not valid UTF-8
            bytes.AddRange(Encoding.ASCII.GetBytes(" " + text + ",,\n"));
            File.WriteAllBytes(path, bytes.ToArray());
            return path;
        }

        [Fact]
        public void Throws_for_Windows_1252_bytes_read_as_UTF_8_and_says_which_option_to_use()
        {
            using var dir = new TempDir();
            var path = WriteWindows1252(dir, Secret);

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal(path, e.File);
            Assert.Contains("not valid utf-8", e.Message, StringComparison.Ordinal);
            Assert.Contains("--encoding windows-1252", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", e.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Names_the_line_of_the_first_invalid_byte_even_far_into_the_file()
        {
            using var dir = new TempDir();
            var path = dir.File("late-cp1252.csv");
            using (var stream = File.Create(path))
            {
                stream.Write(Encoding.UTF8.GetBytes(TwcsCsv.Header + "\n" + string.Join("\n", TwcsCsv.Rows(3000)) + "\n"));
                stream.Write(Encoding.ASCII.GetBytes("3001,115712,True," + TwcsCsv.Timestamp + ",caf"));
                stream.WriteByte(0xE9);
                stream.Write(Encoding.ASCII.GetBytes(",,\n" + string.Join("\n", TwcsCsv.Rows(10, 4000)) + "\n"));
            }

            var e = Assert.Throws<InputFileException>(() => ReadAll(path));

            Assert.Equal(3002, e.Line);
            Assert.StartsWith($"{path} line 3002: ", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Decodes_Windows_1252_when_asked()
        {
            using var dir = new TempDir();
            var path = WriteWindows1252(dir, "merci");

            var (outcomes, _) = ReadAll(path, "windows-1252");

            Assert.Equal("@AskRBC café merci", Assert.Single(outcomes).Post!.Text);
        }
    }

    public sealed class Read_across_the_decoding_buffer
    {
        [Fact]
        public void Reads_records_longer_than_the_buffer_and_a_broken_quote_whose_look_ahead_crosses_it_exactly()
        {
            using var dir = new TempDir();
            var huge = string.Concat(Enumerable.Repeat("a \"quoted\" word,\rand\n", 150)) + new string('z', 200_000);
            var rows = new List<string> { TwcsCsv.Row("1", text: huge) };
            rows.AddRange(Enumerable.Range(2, 3000).Select(i => TwcsCsv.Row(i.ToString(CultureInfo.InvariantCulture), author: "sprintcare", inbound: "False", parent: "1.0")));
            rows.Add("3002,115712,True," + TwcsCsv.Timestamp + ",\"never closed" + new string('y', 70_000));
            rows.Add(new string('x', 90_000));
            rows.Add(TwcsCsv.Row("3003", text: "after\nthe broken quote"));
            var path = TwcsCsv.Write(dir.File("long.csv"), [.. rows]);

            var (outcomes, _) = ReadAll(path);

            Assert.Equal(3003, outcomes.Count);
            Assert.Equal(huge, outcomes[0].Post!.Text);
            Assert.All(outcomes.Skip(1).Take(3000), o => Assert.Equal(("sprint", "1", o.Row + 151), (o.Post!.BrandId, o.Post.InReplyToId, o.Line)));
            var reject = outcomes[3001].Rejected!;
            Assert.Equal((3002L, 3153L, "text", RejectReason.MalformedQuoting, 2), (reject.Row, reject.Line, reject.Column, reject.Reason, reject.Lines));
            Assert.Equal((3003L, 3155L, "after\nthe broken quote"), (outcomes[3002].Row, outcomes[3002].Line, outcomes[3002].Post!.Text));
        }
    }
}
