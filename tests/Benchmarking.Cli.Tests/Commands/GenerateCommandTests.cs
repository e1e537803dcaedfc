using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Registry;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    [Fact]
    public void Help_matches_its_snapshot()
    {
        var result = Carebench.Run("generate", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Snapshot.Match("help-generate.txt", result.Out);
    }

    [Fact]
    public void Writes_the_csv_truth_and_registry_and_prints_their_paths()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "generate", "--posts", "3000", "--brands", "4", "--seed", "5", "--out-file", "sim/gen.csv", "--days", "8");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        foreach (var file in new[] { "gen.csv", "gen.truth.csv", "gen.brands.json" })
        {
            var path = temp.Combine("sim", file);
            Assert.True(File.Exists(path), path);
            Assert.Contains($"  {path}\n", result.Out, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(temp.Combine("sim"), "*.tmp"));
        Assert.StartsWith("Generating about 3000 posts for 4 simulated brand(s), seed 5, 2017-10-01 00:00 UTC + 8 days\n", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"Wrote \d+ rows = \d+ posts \+ \d+ dirt rows", result.Out);
        Assert.Equal(4, BrandRegistry.Load(temp.Combine("sim", "gen.brands.json")).Brands.Count);
        Assert.Equal(5, File.ReadAllLines(temp.Combine("sim", "gen.truth.csv")).Length);
    }

    [Fact]
    public void The_same_seed_writes_the_same_file()
    {
        using var temp = new TempDirectory();

        Carebench.RunIn(temp.Path, "generate", "--posts", "2000", "--brands", "3", "--seed", "9", "--out-file", "a.csv", "--dirt", "0.01");
        Carebench.RunIn(temp.Path, "generate", "--posts", "2000", "--brands", "3", "--seed", "9", "--out-file", "b.csv", "--dirt", "0.01");

        Assert.Equal(File.ReadAllBytes(temp.Combine("a.csv")), File.ReadAllBytes(temp.Combine("b.csv")));
        Assert.Equal(File.ReadAllBytes(temp.Combine("a.truth.csv")), File.ReadAllBytes(temp.Combine("b.truth.csv")));
    }

    [Fact]
    public void Invalid_options_exit_1_and_list_every_problem()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "generate", "--posts", "-5", "--brands", "0", "--days", "2", "--dirt", "0.9", "--out-file", "x.csv");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("Error: Invalid options: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("posts must be at least 1 (was -5)", result.Error, StringComparison.Ordinal);
        Assert.Contains("brands must be between 1 and 10000 (was 0)", result.Error, StringComparison.Ordinal);
        Assert.Contains("days must be between 4 and 3660 (was 2)", result.Error, StringComparison.Ordinal);
        Assert.Contains("dirt rate must be between 0 and 0.5 (was 0.9)", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_a_usage_error()
    {
        var result = Carebench.Run("generate", "--posts", "lots");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("lots", result.Error, StringComparison.Ordinal);
        Assert.Contains("carebench generate --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_files_run_end_to_end()
    {
        using var temp = new TempDirectory();
        var generate = Carebench.RunIn(temp.Path, "generate", "--posts", "4000", "--brands", "3", "--seed", "2", "--out-file", "gen.csv", "--dirt", "0.005", "--days", "8");
        Assert.True(generate.ExitCode == ExitCodes.Ok, generate.ToString());

        var run = Carebench.RunIn(temp.Path, "run", "gen.csv", "--brands", "gen.brands.json", "--store", "gen.duckdb", "--out", "out", "--min-mentions", "1");

        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        var summary = File.ReadAllText(temp.Combine("out", "summary.md"));
        Assert.Contains("Sim SkyLine", summary, StringComparison.Ordinal);
        Assert.Contains("Sim TeleWave", summary, StringComparison.Ordinal);
        Assert.Contains("Sim ShopRight", summary, StringComparison.Ordinal);
        Assert.Matches(@"read \d+ = accepted \d+ \+ rejected [1-9]\d*", run.Out);
    }
}
