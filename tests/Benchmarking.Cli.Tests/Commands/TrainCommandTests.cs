using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary>The training itself (figures, determinism) is tested in the engine tests; here the command's contract.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public void Missing_labelled_data_is_a_usage_error_naming_the_file()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "train", "sentiment", "--data", "missing.csv", "--model", "m.zip");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(temp.Combine("missing.csv"), result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("m.zip")));
    }

    [Fact]
    public void Invalid_hold_out_lists_the_problem()
    {
        var result = Carebench.Run("train", "sentiment", "--hold-out", "90");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("held-out share must be 1–50 per cent (was 90)", result.Error, StringComparison.Ordinal);
    }
}
