using System.CommandLine;
using Benchmarking.Engine.Text;

namespace Benchmarking.Cli.Commands;

/// <summary>The options every <c>evaluate</c> subcommand shares: the labelled file, how to read it, and the model.</summary>
internal sealed class LabelledFileOptions
{
    private readonly Option<string> data = new("--data")
    {
        Description = "The labelled file: CSV (.csv) or tab-separated (any other name) with a header, or one text per line with --labels. Relative to the current directory.",
        Required = true,
        HelpName = "path",
    };

    private readonly Option<string?> labels = new("--labels")
    {
        Description = "A file with one label per line, paired line by line with --data holding one text per line (the SemEval-2017 / TweetEval layout).",
        HelpName = "path",
    };

    private readonly Option<string?> textColumn = new("--text-column")
    {
        Description = "The text column, by header name or 1-based number. Default: the first of text, tweet, content, message, body.",
        HelpName = "column",
    };

    private readonly Option<string?> labelColumn = new("--label-column")
    {
        Description = "The label column, by header name or 1-based number. Default: the first of label, sentiment, airline_sentiment, polarity, class, target, complaint.",
        HelpName = "column",
    };

    private readonly Option<bool> noHeader = new("--no-header") { Description = "The file has no header row; give the columns by number." };

    private readonly Option<string?> skipWhere = new("--skip-where")
    {
        Description = "Skip (and count) rows whose column equals one of the values: column=value1,value2 (column by header name or number).",
        HelpName = "column=values",
    };

    private readonly Option<string?> keepIdHash = new("--keep-id-hash")
    {
        Description = "Keep only rows whose id column hashes into a range of 0–99 (SHA-256 of the id, first 4 bytes big-endian, mod 100; the airline held-out rule): column=from-to, e.g. 1=50-99.",
        HelpName = "column=from-to",
    };

    private readonly Option<string> model = new("--model")
    {
        Description = "The sentiment model (zip written by 'carebench train sentiment'). Relative to the current directory.",
        DefaultValueFactory = _ => new TextQualityOptions().ModelPath,
        HelpName = "path",
    };

    /// <summary>Adds the file options to <paramref name="command"/> (the model option last, via <see cref="AddModel"/>).</summary>
    public void AddFileOptions(Command command)
    {
        command.Add(data);
        command.Add(labels);
        command.Add(textColumn);
        command.Add(labelColumn);
        command.Add(noHeader);
        command.Add(skipWhere);
        command.Add(keepIdHash);
    }

    /// <summary>Adds the model option.</summary>
    public void AddModel(Command command) => command.Add(model);

    /// <summary>The resolved data path and how to read it.</summary>
    /// <exception cref="UsageException">Invalid options.</exception>
    public (string Path, LabelledTextOptions Options) Read(CliContext context, ParseResult parse, bool airlineHeldOut)
    {
        var path = context.ResolvePath(parse.GetValue(data)!);
        var options = new LabelledTextOptions
        {
            LabelsPath = parse.GetValue(labels) is { } l ? context.ResolvePath(l) : null,
            TextColumn = parse.GetValue(textColumn),
            LabelColumn = parse.GetValue(labelColumn),
            NoHeader = parse.GetValue(noHeader),
            SkipWhere = parse.GetValue(skipWhere),
            KeepIdHash = parse.GetValue(keepIdHash),
            AirlineHeldOutOnly = airlineHeldOut,
        };
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
        }

        return (path, options);
    }

    /// <summary>The path of the sentiment model given (or shipped).</summary>
    public string ModelPath(CliContext context, ParseResult parse) =>
        context.ResolveShipped(parse.GetValue(model)!, CommonOptions.IsDefault(parse, model));
}
