using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary><c>--no-text</c>: no text analysis, so the text components drop out until the posts are analysed.</summary>
public sealed class NoTextTests : IDisposable
{
    private const string Dropped = "(originality and same-channel dropped: no text features; weights renormalised)";
    private readonly TempDirectory temp = new();

    [Fact]
    public void Skips_the_text_analysis_and_a_later_run_without_it_scores_all_six_components()
    {
        File.Copy(Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), temp.Combine("twcs-sample.csv"));

        var skipped = Run("run", "twcs-sample.csv", "--no-text");
        var ranked = Run("rank", "--industry", "airlines");

        Assert.True(skipped.ExitCode == ExitCodes.Ok, skipped.ToString());
        Assert.Contains(Dropped, skipped.Out, StringComparison.Ordinal);
        Assert.True(ranked.ExitCode == ExitCodes.Ok, ranked.ToString());
        Assert.DoesNotContain(Dropped, ranked.Out, StringComparison.Ordinal);
        Assert.Contains("originality 0.10, same-channel 0.10", ranked.Out, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private CliResult Run(params string[] args) =>
        Carebench.RunIn(temp.Path, [.. args, "--brands", RepoPaths.Brands, "--bootstrap", "0"]);
}
