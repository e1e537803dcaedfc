using Benchmarking.Cli.Tests.Support;

namespace Benchmarking.Cli.Tests;

/// <summary>Command-line validation: everything here fails before the store is opened.</summary>
public sealed class ParsingTests
{
    public sealed class Compare
    {
        [Fact]
        public void Unknown_brand_is_a_usage_error_naming_it()
        {
            var result = Carebench.Run("compare", "Delta", "NoSuchAirline");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains("Unknown brand 'NoSuchAirline'", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_unknown_brand_is_reported_at_once()
        {
            var result = Carebench.Run("compare", "Nope1", "Delta", "Nope2");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("'Nope1'", result.Error, StringComparison.Ordinal);
            Assert.Contains("'Nope2'", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void One_brand_is_a_usage_error()
        {
            var result = Carebench.Run("compare", "Delta");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("at least two brands", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_brand_twice_is_a_usage_error()
        {
            var result = Carebench.Run("compare", "delta", "@Delta");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("two different brands", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Without_a_store_it_is_a_store_error()
        {
            using var temp = new TempDirectory();

            var result = Carebench.RunIn(temp.Path, "compare", "delta", "AmericanAir", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.Store, result.ExitCode);
            Assert.Contains("no store at", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(temp.Combine("out", "carebench.duckdb")));
        }
    }

    public sealed class Explain
    {
        [Fact]
        public void Unknown_brand_is_a_usage_error_naming_it()
        {
            var result = Carebench.Run("explain", "Delta", "NoSuchAirline");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
            Assert.Contains("Unknown brand 'NoSuchAirline'", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void The_same_brand_twice_is_a_usage_error()
        {
            var result = Carebench.Run("explain", "delta", "@Delta");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("explain needs at least two different brands", result.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("delta")]
        [InlineData("delta", "AmericanAir", "united")]
        public void Anything_but_two_brands_is_a_usage_error(params string[] brands)
        {
            var result = Carebench.Run(["explain", .. brands]);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("carebench explain --help", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Without_a_store_it_is_a_store_error()
        {
            using var temp = new TempDirectory();

            var result = Carebench.RunIn(temp.Path, "explain", "delta", "AmericanAir", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.Store, result.ExitCode);
            Assert.False(File.Exists(temp.Combine("out", "carebench.duckdb")));
        }
    }

    public sealed class Methodology
    {
        [Theory]
        [InlineData("rank", "--bootstrap", "-1")]
        [InlineData("compare", "--bootstrap", "100001")]
        [InlineData("run", "--bootstrap", "many")]
        [InlineData("explain", "--seed", "1.5")]
        [InlineData("rank", "--normalisation", "percentile")]
        [InlineData("run", "--clock", "local")]
        public void Bad_value_is_a_usage_error(string command, string option, string value)
        {
            string[] brands = command is "compare" or "explain" ? ["delta", "AmericanAir"] : [];

            var result = Carebench.Run([command, .. brands, option, value]);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Options_map_to_the_score_options()
        {
            var options = new CommonOptions();
            var command = new System.CommandLine.Command("x");
            foreach (var option in options.EvaluationOptions)
            {
                command.Add(option);
            }

            var parsed = options.ScoreOptions(command.Parse(["--normalisation", "relative", "--bootstrap", "0", "--seed", "-7", "--min-mentions", "5", "--clock", "business"]));
            var defaults = options.ScoreOptions(command.Parse([]));

            Assert.Equal((Engine.Scoring.ScoreNormalisation.Relative, 0, -7, 5), (parsed.Normalisation, parsed.BootstrapResamples, parsed.Seed, parsed.MinimumMentions));
            Assert.Equal(Engine.Scoring.ResponseClock.Business, parsed.Clock);
            var engine = new Engine.Scoring.ScoreOptions();
            Assert.Equal((engine.Normalisation, engine.BootstrapResamples, engine.Seed, engine.Clock), (defaults.Normalisation, defaults.BootstrapResamples, defaults.Seed, defaults.Clock));
        }
    }

    public sealed class Options
    {
        [Theory]
        [InlineData("abc")]
        [InlineData("0")]
        [InlineData("-3")]
        [InlineData("NaN")]
        [InlineData("100000")]
        public void Bad_window_is_a_usage_error(string window)
        {
            var result = Carebench.Run("rank", "--window", window);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("--window must be", result.Error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("--min-mentions", "0")]
        [InlineData("--min-mentions", "many")]
        [InlineData("--from", "2017-13-01")]
        [InlineData("--to", "yesterday")]
        [InlineData("--encoding", "latin1")]
        public void Bad_option_value_is_a_usage_error(string option, string value)
        {
            var result = Carebench.Run("run", option, value);

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.StartsWith("Error: ", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Period_end_before_start_is_a_usage_error()
        {
            var result = Carebench.Run("rank", "--from", "2017-11-01", "--to", "2017-10-01");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("must be later than its start", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Unknown_option_is_a_usage_error_pointing_to_help()
        {
            var result = Carebench.Run("rank", "--windw", "24");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("carebench rank --help", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void No_command_is_a_usage_error()
        {
            var result = Carebench.Run();

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains("carebench --help", result.Error, StringComparison.Ordinal);
        }
    }

    public sealed class Inputs
    {
        [Fact]
        public void Missing_input_file_is_an_input_error_naming_the_file()
        {
            using var temp = new TempDirectory();

            var result = Carebench.RunIn(temp.Path, "ingest", "no-such-file.csv", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
            Assert.Contains("no-such-file.csv", result.Error, StringComparison.Ordinal);
            Assert.Contains(temp.Path, result.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(temp.Combine("out")), "nothing may be created before the inputs are checked");
        }

        [Fact]
        public void Run_without_files_and_without_the_sample_is_an_input_error()
        {
            using var temp = new TempDirectory();

            var result = Carebench.RunIn(temp.Path, "run", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
            Assert.Contains("twcs-sample.csv", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void A_folder_is_not_an_input_file()
        {
            using var temp = new TempDirectory();
            Directory.CreateDirectory(temp.Combine("data"));

            var result = Carebench.RunIn(temp.Path, "ingest", "data", "--brands", RepoPaths.Brands);

            Assert.Equal(ExitCodes.InputRejected, result.ExitCode);
            Assert.Contains("is a folder", result.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Relative_brands_path_resolves_against_the_working_directory()
        {
            using var temp = new TempDirectory();

            var result = Carebench.RunIn(temp.Path, "brands");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Contains(Path.Combine(temp.Path, "data", "brands.json"), result.Error, StringComparison.Ordinal);
        }
    }
}
