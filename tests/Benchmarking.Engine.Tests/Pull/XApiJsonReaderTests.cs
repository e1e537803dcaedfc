using System.Text;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

public sealed class XApiJsonReaderTests
{
    private const string Page = """
        {"data":[
          {"id":"1001","text":"@acme my parcel is lost","author_id":"11","created_at":"2024-01-10T10:00:00.000Z","conversation_id":"1001"},
          {"id":"1002","text":"@cust sorry, DM us","author_id":"22","created_at":"2024-01-10T10:05:00.000Z","conversation_id":"1001",
           "in_reply_to_user_id":"11","referenced_tweets":[{"type":"replied_to","id":"1001"}]}],
         "includes":{"users":[{"id":"11","name":"Cust","username":"cust"},{"id":"22","name":"Acme","username":"acme"}]},
         "meta":{"newest_id":"1002","oldest_id":"1001","result_count":2}}
        """;

    [Fact]
    public void Reads_a_response_document_with_usernames_from_includes_and_replies_from_referenced_tweets()
    {
        using var temp = new TempDir();
        var file = temp.File("export.json");
        File.WriteAllText(file, Page, new UTF8Encoding(false));
        using var benchmark = Engine.Pipeline.CareBenchmark.Open(temp.File("s.duckdb"), PullWorld.Registry, new FixedTime(PullWorld.Now));

        var summary = benchmark.Ingest(file, new IngestOptions { RejectsDirectory = temp.File("rejects") });

        Assert.Equal("x-api-v2", summary.Format);
        Assert.Equal((2, 2, 0), (summary.Read, summary.NewPosts, summary.Rejected));
        var rows = StoredPosts.Rows(temp.File("s.duckdb"));
        Assert.Contains(rows, r => r.StartsWith("twitter|1002|acme|acme|2024-01-10T10:05:00|1001|", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("twitter|1001|cust|-|", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_bad_records_of_jsonl_naming_file_record_line_and_field()
    {
        using var temp = new TempDir();
        var file = temp.File("export.jsonl");
        File.WriteAllLines(file,
        [
            Page.ReplaceLineEndings(" "),
            """{"id":"2001","text":"@acme hi","author_id":"11","created_at":"yesterday"}""",
            "",
            """{"data":[{"id":"2002","text":"@acme hi","author_id":"11","created_at":"2024-01-11T00:00:00Z"},{"id":"20x3","text":"x","author_id":"11","created_at":"2024-01-11T00:00:00Z"}],""",
            """{"data":[{"id":"2004","author_id":"11","created_at":"2024-01-11T00:00:00Z"}],"errors":[{"resource_type":"tweet","resource_id":"1999","title":"Not Found Error"}]}""",
        ], new UTF8Encoding(false));
        using var benchmark = Engine.Pipeline.CareBenchmark.Open(temp.File("s.duckdb"), PullWorld.Registry, new FixedTime(PullWorld.Now));

        var summary = benchmark.Ingest(file, new IngestOptions { RejectsDirectory = temp.File("rejects") });

        Assert.Equal("x-api-v2-jsonl", summary.Format);
        Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
        Assert.Equal((5L, 2L, 3L, 1L), (summary.Read, summary.Accepted, summary.Rejected, summary.ApiErrors));
        var rejects = summary.FirstRejects.Select(r => r.ToString()).ToList();
        Assert.Contains(rejects, r => r.StartsWith($"{file}: row 3 (line 2), column 'created_at': bad-timestamp (value 'yesterday')", StringComparison.Ordinal));
        Assert.Contains(rejects, r => r.StartsWith($"{file}: row 4 (line 4): malformed-json", StringComparison.Ordinal));
        Assert.Contains(rejects, r => r.StartsWith($"{file}: row 5 (line 5), column 'data[0].text': malformed-record", StringComparison.Ordinal));
        Assert.True(File.Exists(summary.RejectsFile));
    }

    [Fact]
    public void Detects_json_by_content_and_keeps_csv_on_the_twcs_reader()
    {
        using var temp = new TempDir();
        var json = temp.File("export.txt");
        File.WriteAllText(json, "\n  " + Page);
        var csv = TwcsCsv.Write(temp.File("twcs.csv"), TwcsCsv.Row("1"));

        Assert.IsType<XApiJsonReader>(PostSources.ForFile(json, PullWorld.Registry, Encoding.UTF8));
        Assert.IsType<TwcsCsvReader>(PostSources.ForFile(csv, PullWorld.Registry, Encoding.UTF8));
        Assert.IsType<TwcsCsvReader>(PostSources.ForFile(temp.File("missing.csv"), PullWorld.Registry, Encoding.UTF8));
    }

    [Fact]
    public void A_broken_json_document_is_an_unusable_file_naming_the_line()
    {
        using var temp = new TempDir();
        var file = temp.File("broken.json");
        File.WriteAllText(file, "{\"data\": [\n{\"id\": ");
        using var benchmark = Engine.Pipeline.CareBenchmark.Open(temp.File("s.duckdb"), PullWorld.Registry, new FixedTime(PullWorld.Now));

        var error = Assert.Throws<InputFileException>(() => benchmark.Ingest(file, new IngestOptions { RejectsDirectory = temp.File("rejects") }));

        Assert.StartsWith($"{file} line 2: not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Empty(StoredPosts.Rows(temp.File("s.duckdb")));
    }
}
