using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Store;
using Benchmarking.Reports.Output;

namespace Benchmarking.Cli;

/// <summary>
/// Options shared by several commands. One instance of each option is added to every command that uses it, so a
/// command reads it with <see cref="ParseResult.GetValue{T}(Option{T})"/>. <c>--brands</c> and <c>--verbose</c> are
/// global (recursive); the others appear only on the commands they affect.
/// </summary>
internal sealed class CommonOptions
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];

    public Option<string> Store { get; } = new("--store")
    {
        Description = "Store of the ingested posts: a DuckDB file (run and ingest create it; relative to the current directory) or a ClickHouse cluster, clickhouse://host:port[,host:port...]/database?cluster=name (docs/scale-out.md). $CAREBENCH_STORE when not given. DuckDB's memory limit is 2GB unless $CAREBENCH_DUCKDB_MEMORY sets another, e.g. 8GB.",
        DefaultValueFactory = _ => "out/carebench.duckdb",
        HelpName = "path|url",
    };

    public Option<string> Brands { get; } = new("--brands")
    {
        Description = "Brand registry (JSON) mapping handles to brands and industries. Relative to the current directory.",
        DefaultValueFactory = _ => "data/brands.json",
        HelpName = "path",
    };

    public Option<string> Out { get; } = new("--out")
    {
        Description = "Folder for reports and rejects files. Relative to the current directory.",
        DefaultValueFactory = _ => "out",
        HelpName = "folder",
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print stack traces with errors.",
        Recursive = true,
    };

    public Option<string> Encoding { get; } = new("--encoding")
    {
        Description = "Text encoding of the input files: utf-8 (a BOM is honoured) or windows-1252 (files re-saved by Excel).",
        DefaultValueFactory = _ => "utf-8",
        HelpName = "utf-8|windows-1252",
    };

    public Option<double> Window { get; } = new("--window")
    {
        Description = "Answer window in hours: a mention counts as answered only if the brand's first response came within it.",
        DefaultValueFactory = _ => 72,
        CustomParser = ParseWindow,
        HelpName = "hours",
    };

    public Option<DateTimeOffset?> From { get; } = new("--from")
    {
        Description = "Start of the period, inclusive, by mention time: ISO 8601 date or date-time, UTC unless an offset is given (e.g. 2017-10-01).",
        CustomParser = ParseDate,
        HelpName = "date",
    };

    public Option<DateTimeOffset?> To { get; } = new("--to")
    {
        Description = "End of the period, exclusive, by mention time: ISO 8601 date or date-time, UTC unless an offset is given (e.g. 2017-11-01).",
        CustomParser = ParseDate,
        HelpName = "date",
    };

    public Option<int> MinMentions { get; } = new("--min-mentions")
    {
        Description = "Minimum inbound mentions in the period for a brand to be ranked; brands below it are listed as 'not enough data'.",
        DefaultValueFactory = _ => 50,
        CustomParser = ParseMinMentions,
        HelpName = "count",
    };

    public Option<string> Normalisation { get; } = new("--normalisation")
    {
        Description = "How component figures become 0–100: absolute (against fixed expectation curves, comparable across industries and periods) or relative (percentile among the ranked brands of the same industry).",
        DefaultValueFactory = _ => "absolute",
        HelpName = "absolute|relative",
    };

    public Option<string> Clock { get; } = new("--clock")
    {
        Description = "Which response-time clock the care score uses: wall (elapsed time) or business (only each brand's support hours in its time zone, from the registry). Both are reported either way.",
        DefaultValueFactory = _ => "wall",
        HelpName = "wall|business",
    };

    public Option<int> Bootstrap { get; } = new("--bootstrap")
    {
        Description = $"Bootstrap replicates for the 95% intervals of scores, rates, medians and ranks, and for statistical ties; 0 turns them off (faster). At most {MaxBootstrap}.",
        DefaultValueFactory = _ => new ScoreOptions().BootstrapResamples,
        CustomParser = ParseBootstrap,
        HelpName = "count",
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of the bootstrap: the same data, options and seed give the same intervals.",
        DefaultValueFactory = _ => new ScoreOptions().Seed,
        CustomParser = ParseSeed,
        HelpName = "number",
    };

    public Option<bool> NoText { get; } = new("--no-text")
    {
        Description = "Do not analyse the text of posts that have no stored text features (the slow part of a first run on a large store). The originality and same-channel components then count only if every brand post of the period was analysed before; otherwise they drop out and the other weights are renormalised.",
    };

    public Option<bool> Pdf { get; } = new("--pdf")
    {
        Description = "Also print each HTML report to PDF next to it, with headless Chromium (Debian package 'chromium'; or set $CAREBENCH_CHROMIUM).",
    };

    public Option<PaperSize> Paper { get; } = new("--paper")
    {
        Description = "Paper for --pdf: a4 (default) or letter. Pages with wide tables are printed landscape; every page has the report title and its page number.",
        DefaultValueFactory = _ => PaperSize.A4,
        HelpName = "a4|letter",
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Also write the data behind the report — per-brand metrics and rankings of the evaluation — under <out>/export/ in these comma-separated formats: csv, json, parquet, arrow (docs/exports.md).",
        HelpName = "formats",
    };

    public Option<string?> Charts { get; } = new("--charts")
    {
        Description = "Also write every chart of the report beside it, in these comma-separated formats: png, svg (for slides; the Markdown report links them).",
        HelpName = "formats",
    };

    public Option<bool> ShowCustomers { get; } = new("--show-customers")
    {
        Description = "Show customers' real handles instead of pseudonyms (keyed hashes, the default). Brand handles are always shown.",
    };

    public Option<string?> PseudonymKey { get; } = new("--pseudonym-key")
    {
        Description = $"Secret key of the customer pseudonyms (HMAC-SHA-256); default: ${PseudonymKeyVariable}, else a public built-in key.",
        HelpName = "key",
    };

    /// <summary>Environment variable holding the pseudonym key when <c>--pseudonym-key</c> is not given.</summary>
    public const string PseudonymKeyVariable = "CAREBENCH_PSEUDONYM_KEY";

    /// <summary>The public key used when neither <c>--pseudonym-key</c> nor the environment variable gives one.</summary>
    public const string DefaultPseudonymKey = "carebench";

    private const int MaxBootstrap = 100_000;

    public CommonOptions()
    {
        Encoding.AcceptOnlyFromAmong("utf-8", "windows-1252");
        Normalisation.AcceptOnlyFromAmong("absolute", "relative");
        Clock.AcceptOnlyFromAmong("wall", "business");
    }

    /// <summary>Options that set the methodology: normalisation, clock and bootstrap.</summary>
    public IEnumerable<Option> MethodologyOptions => [Normalisation, Clock, Bootstrap, Seed, NoText];

    /// <summary>Options that set the metric period and scoring: for commands that evaluate and write reports.</summary>
    public IEnumerable<Option> EvaluationOptions => [Store, Out, Window, From, To, MinMentions, .. MethodologyOptions];

    /// <summary>Options that set the metric period and scoring: for commands that evaluate and only print.</summary>
    public IEnumerable<Option> PrintOnlyEvaluationOptions => [Store, Window, From, To, MinMentions, .. MethodologyOptions];

    /// <summary>Options for commands that evaluate whole ISO weeks (no --from/--to: the weeks set the period).</summary>
    public IEnumerable<Option> WeeklyEvaluationOptions => [Store, Out, Window, MinMentions, .. MethodologyOptions];

    /// <summary>The pseudonym key: <c>--pseudonym-key</c>, else <c>$CAREBENCH_PSEUDONYM_KEY</c>, else the public default.</summary>
    public string PseudonymKeyValue(ParseResult parse) =>
        parse.GetValue(PseudonymKey) is { } key ? key
        : Environment.GetEnvironmentVariable(PseudonymKeyVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultPseudonymKey;

    /// <summary>Loads and validates the brand registry named by <c>--brands</c>.</summary>
    /// <exception cref="RegistryException">The registry is missing or invalid.</exception>
    public BrandRegistry LoadRegistry(ParseResult parse, CliContext context) => BrandRegistry.Load(RegistryPath(parse, context));

    public string RegistryPath(ParseResult parse, CliContext context) => context.ResolveShipped(parse.GetValue(Brands)!, IsDefault(parse, Brands));

    /// <summary>Whether <paramref name="option"/> was left at its default (not typed on the command line).</summary>
    public static bool IsDefault(ParseResult parse, Option option) => parse.GetResult(option) is not { Implicit: false };

    /// <summary>The formats of <c>--data</c>, or null when it was not given.</summary>
    /// <exception cref="UsageException">A listed format is unknown.</exception>
    public IReadOnlyList<Benchmarking.Reports.Exports.ExportFormat>? DataFormats(ParseResult parse) =>
        parse.GetValue(Data) is { } text ? ParseList<Benchmarking.Reports.Exports.ExportFormat>(text, "--data") : null;

    /// <summary>The formats of <c>--charts</c>, or null when it was not given.</summary>
    /// <exception cref="UsageException">A listed format is unknown.</exception>
    public IReadOnlyList<Benchmarking.Reports.Output.ChartFormat>? ChartFormats(ParseResult parse) =>
        parse.GetValue(Charts) is { } text ? ParseList<Benchmarking.Reports.Output.ChartFormat>(text, "--charts") : null;

    /// <summary>
    /// The store to open: <c>--store</c>, else <c>$CAREBENCH_STORE</c>, else the default; a DuckDB path is resolved
    /// against the working directory, a ClickHouse URL is used as given.
    /// </summary>
    public string StorePath(ParseResult parse, CliContext context)
    {
        var value = parse.GetValue(Store)!;
        if (parse.GetResult(Store) is null or { Implicit: true } && Environment.GetEnvironmentVariable(CareStores.Variable) is { Length: > 0 } fromEnvironment)
        {
            value = fromEnvironment;
        }

        return CareStores.IsClickHouse(value) ? value : context.ResolvePath(value);
    }

    public string OutDirectory(ParseResult parse, CliContext context) => context.ResolvePath(parse.GetValue(Out)!);

    /// <exception cref="UsageException">The options are invalid.</exception>
    public IngestOptions IngestOptions(ParseResult parse, CliContext context)
    {
        var options = new IngestOptions
        {
            Encoding = parse.GetValue(Encoding)!,
            RejectsDirectory = Path.Combine(OutDirectory(parse, context), "rejects"),
        };
        ThrowIfInvalid(options.Validate());
        return options;
    }

    /// <exception cref="UsageException">The options are invalid (e.g. <c>--to</c> not after <c>--from</c>).</exception>
    public MetricsOptions MetricsOptions(ParseResult parse)
    {
        var options = new MetricsOptions
        {
            AnswerWindow = TimeSpan.FromHours(parse.GetValue(Window)),
            From = parse.GetValue(From),
            To = parse.GetValue(To),
        };
        ThrowIfInvalid(options.Validate());
        return options;
    }

    /// <exception cref="UsageException">The options are invalid.</exception>
    public ScoreOptions ScoreOptions(ParseResult parse)
    {
        var options = new ScoreOptions
        {
            MinimumMentions = parse.GetValue(MinMentions),
            Normalisation = parse.GetValue(Normalisation) == "relative" ? ScoreNormalisation.Relative : ScoreNormalisation.Absolute,
            BootstrapResamples = parse.GetValue(Bootstrap),
            Seed = parse.GetValue(Seed),
            Clock = parse.GetValue(Clock) == "business" ? ResponseClock.Business : ResponseClock.Wall,
        };
        ThrowIfInvalid(options.Validate());
        return options;
    }

    private static void ThrowIfInvalid(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
        }
    }

    private static double ParseWindow(ArgumentResult result)
    {
        const double maxHours = 24 * 366;
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && double.IsFinite(hours) && hours > 0 && hours <= maxHours)
        {
            return hours;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--window must be a number of hours greater than 0 and at most {maxHours} (was '{text}'), e.g. --window 24."));
        return 0;
    }

    private static int ParseMinMentions(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        result.AddError($"--min-mentions must be a whole number of at least 1 (was '{text}'), e.g. --min-mentions 50.");
        return 0;
    }

    private static int ParseBootstrap(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count is >= 0 and <= MaxBootstrap)
        {
            return count;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--bootstrap must be a whole number from 0 (off) to {MaxBootstrap} (was '{text}'), e.g. --bootstrap 200."));
        return 0;
    }

    private static int ParseSeed(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        result.AddError($"--seed must be a whole number (was '{text}'), e.g. --seed 42.");
        return 0;
    }

    internal static DateTimeOffset? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "date";
        result.AddError($"{name}: '{text}' is not an ISO 8601 date or date-time; use e.g. 2017-10-01 or 2017-10-01T12:00:00Z.");
        return null;
    }

    /// <summary>Parses a comma-separated list of enum names (case-insensitive, duplicates dropped); a usage error names the bad item and the valid ones.</summary>
    internal static IReadOnlyList<T> ParseList<T>(string text, string option)
        where T : struct, Enum
    {
        var values = new List<T>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<T>(item, ignoreCase: true, out var value) || !Enum.IsDefined(value) || item.Any(char.IsDigit))
            {
                var valid = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
                throw new UsageException($"{option}: '{item}' is not one of {valid}.");
            }

            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        return values;
    }
}
