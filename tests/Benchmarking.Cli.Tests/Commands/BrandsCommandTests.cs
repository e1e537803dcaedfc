using System.Text.RegularExpressions;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Registry;

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
        Assert.Contains("America/New_York, 24/7", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_aliases_prints_the_evidence_without_post_text_and_writes_only_with_apply()
    {
        using var temp = new TempDirectory();
        // The shipped registry without its aliases, so the suggestions find them again.
        var withoutAliases = Regex.Replace(File.ReadAllText(RepoPaths.Brands), @", ""aliases"": \{ ""twitter"": \[[^\]]*\] \}", string.Empty);
        File.WriteAllText(temp.Combine("brands.json"), withoutAliases);
        Assert.Equal(ExitCodes.Ok, Carebench.RunIn(temp.Path, "ingest", Path.Combine(RepoPaths.Root, "data", "twcs-sample.csv"), "--brands", "brands.json").ExitCode);

        var result = Carebench.RunIn(temp.Path, "brands", "--suggest-aliases", "--brands", "brands.json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("twitter:@115911", result.Out, StringComparison.Ordinal);
        Assert.Contains("t-mobile", result.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing written.", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("upfront", result.Out, StringComparison.OrdinalIgnoreCase); // a customer post's words
        Assert.False(File.Exists(temp.Combine(Path.Combine("out", "brands.with-aliases.json"))));

        var applied = Carebench.RunIn(temp.Path, "brands", "--suggest-aliases", "--apply", "--brands", "brands.json");

        Assert.Equal(ExitCodes.Ok, applied.ExitCode);
        Assert.Equal(withoutAliases, File.ReadAllText(temp.Combine("brands.json")));
        var copy = BrandRegistry.Load(temp.Combine(Path.Combine("out", "brands.with-aliases.json")));
        Assert.Contains(new BrandHandle(Platform.Twitter, "115911"), copy.FindById("t-mobile")!.Aliases);
    }

    [Fact]
    public void Apply_without_suggest_aliases_is_a_usage_error()
    {
        var result = Carebench.Run("brands", "--apply");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--apply only works with --suggest-aliases", result.Error, StringComparison.Ordinal);
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
