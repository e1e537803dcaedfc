using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary><c>carebench ingest</c> on X API v2 exports published by others (fixtures of the engine's pull tests).</summary>
public sealed class IngestCommandTests
{
    private static string Fixture(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "Benchmarking.Engine.Tests", "Pull", "Fixtures", "x", name);

    [Fact]
    public void Prints_api_error_entries_apart_from_rejected_posts()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "ingest", Fixture("twarc-csv-withheld.jsonl"), "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"));

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains("  read 254 = accepted 254 + rejected 0; 5 API error entries (not posts)\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_only_an_api_error_is_warned_about_and_exits_with_input_rejected()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "ingest", Fixture("twitter-dart-rate-limit-exceeded-error.json"), Fixture("twarc-csv-brexit.jsonl"), "--brands", RepoPaths.Brands, "--store", temp.Combine("s.duckdb"));

        Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
        Assert.Contains("  read 0 = accepted 0 + rejected 0; 1 API error entry (not posts)\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  warning: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("the response is an API error, not posts (1 error entry, first: 'Rate limit exceeded')", result.Out, StringComparison.Ordinal);
        Assert.Contains("  read 110 = accepted 110 + rejected 0\n", result.Out, StringComparison.Ordinal); // the other file was still stored
    }
}
