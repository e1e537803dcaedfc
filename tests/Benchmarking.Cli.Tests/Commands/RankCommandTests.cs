using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class RankCommandTests
{
    [Fact]
    public void Unknown_industry_is_a_usage_error_listing_the_valid_ones()
    {
        var result = Carebench.Run("rank", "--industry", "spaceflight");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Valid industries: airlines, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_it_is_a_store_error_and_creates_nothing()
    {
        using var temp = new TempDirectory();

        var result = Carebench.RunIn(temp.Path, "rank", "--brands", RepoPaths.Brands);

        Assert.Equal(ExitCodes.Store, result.ExitCode);
        Assert.Contains(temp.Combine("out", "carebench.duckdb"), result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
