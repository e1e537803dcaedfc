using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

public sealed class BrandsCommandTests
{
    [Fact]
    public void Lists_the_brands_of_one_industry()
    {
        var result = Carebench.Run("brands", "--industry", "Airlines");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Delta Air Lines", result.Out, StringComparison.Ordinal);
        Assert.Contains("twitter:@AmericanAir", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Apple", result.Out, StringComparison.Ordinal);
        Assert.Contains("brand(s) in airlines", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_industry_lists_the_valid_ones()
    {
        var result = Carebench.Run("brands", "--industry", "spaceflight");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("Unknown industry 'spaceflight'", result.Error, StringComparison.Ordinal);
        Assert.Contains("airlines, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_registry_prints_every_problem_and_exits_1()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("brands.json"), """
            { "industries": ["airlines"], "brands": [
              { "id": "Delta", "name": "Delta", "industry": "airlines", "handles": { "twitter": ["Delta"] } },
              { "id": "united", "name": "", "industry": "rail", "handles": { "twitter": ["Delta"] } }
            ] }
            """);

        var result = Carebench.RunIn(temp.Path, "brands", "--brands", "brands.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("Error: Brand registry", result.Error, StringComparison.Ordinal);
        Assert.Contains("lower-case", result.Error, StringComparison.Ordinal);
        Assert.Contains("industry 'rail'", result.Error, StringComparison.Ordinal);
        Assert.Contains("already belongs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        using var temp = new TempDirectory();

        var quiet = Carebench.RunIn(temp.Path, "brands");
        var verbose = Carebench.RunIn(temp.Path, "brands", "--verbose");

        Assert.DoesNotContain("RegistryException", quiet.Error, StringComparison.Ordinal);
        Assert.Contains("RegistryException", verbose.Error, StringComparison.Ordinal);
    }
}
