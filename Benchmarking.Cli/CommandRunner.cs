using System.CommandLine;
using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Store.ClickHouse;
using Benchmarking.Engine.Text;

namespace Benchmarking.Cli;

/// <summary>
/// Runs a command body and turns every failure into an <c>Error: …</c> line on standard error and a documented exit
/// code (<see cref="ExitCodes"/>). Stack traces are printed only with <c>--verbose</c>.
/// </summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, ParseResult parse, CommonOptions options, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e, context.CancellationToken);
            context.Out.Flush();
            context.Error.WriteLine($"Error: {message}");
            if (parse.GetValue(options.Verbose))
            {
                context.Error.WriteLine(e.ToString());
            }

            return code;
        }
    }

    /// <summary>Opens the store for a command. Commands that only read it require it to exist.</summary>
    /// <exception cref="StoreException">The store is missing (when required) or cannot be opened.</exception>
    public static CareBenchmark OpenBenchmark(CliContext context, string storePath, BrandRegistry registry, bool mustExist)
    {
        if (CareStores.IsClickHouse(storePath))
        {
            return CareBenchmark.Open(storePath, registry, context.Time);
        }

        if (mustExist && !File.Exists(storePath))
        {
            throw new StoreException($"There is no store at '{storePath}'. Ingest data first (carebench run, or carebench ingest <files>), or pass --store with the path of an existing store.");
        }

        if (Path.GetDirectoryName(storePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // A store written by an older carebench is upgraded when it is opened. One that rewrites every post is a long
        // silent pause on a large store unless it is announced, and any upgrade locks the older carebench out.
        if (CareStores.PendingUpgrade(storePath) is not { } upgrade)
        {
            return CareBenchmark.Open(storePath, registry, context.Time);
        }

        if (upgrade.RewritesPosts)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Upgrading the store {context.Shown(storePath)} from schema version {upgrade.FromVersion} to {upgrade.ToVersion}: its {upgrade.Posts:N0} posts are rewritten once, in one transaction (if this is interrupted the store stays as it was and the next run upgrades it again)."));
            context.Out.Flush();
        }

        var started = context.Time.GetTimestamp();
        var benchmark = CareBenchmark.Open(storePath, registry, context.Time);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Store {context.Shown(storePath)} upgraded from schema version {upgrade.FromVersion} to {upgrade.ToVersion} in {context.Time.GetElapsedTime(started).TotalSeconds:0.0} s; an older carebench can no longer open it."));
        return benchmark;
    }

    /// <summary>
    /// Computes the text features that the store lacks (once per post, cached in the store), so the care score includes
    /// originality and same-channel resolution. The model and rules are the shipped ones: <c>text/sentiment-model.zip</c>
    /// and <c>text/rules.json</c> in the folder of the brand registry (<c>data/</c> by default), else <c>data/text/</c>
    /// under the current directory. When neither is there the text components drop out of the score and the
    /// evaluation's findings say so. With <c>--no-text</c> nothing is analysed (stored features are still used).
    /// </summary>
    /// <exception cref="UsageException">The model or rules file exists but cannot be used.</exception>
    public static void AnalyzeText(CliContext context, CareBenchmark benchmark, CommonOptions options, ParseResult parse)
    {
        if (parse.GetValue(options.NoText))
        {
            return;
        }

        var registryPath = options.RegistryPath(parse, context);
        var defaults = new TextQualityOptions();
        var beside = Path.GetDirectoryName(registryPath) is { Length: > 0 } folder
            ? defaults with { ModelPath = Path.Combine(folder, "text", Path.GetFileName(defaults.ModelPath)), RulesPath = Path.Combine(folder, "text", Path.GetFileName(defaults.RulesPath)) }
            : null;
        var current = defaults with { ModelPath = context.ResolvePath(defaults.ModelPath), RulesPath = context.ResolvePath(defaults.RulesPath) };
        var textOptions = new[] { beside, current }.FirstOrDefault(o => o is not null && File.Exists(o.ModelPath) && File.Exists(o.RulesPath));
        if (textOptions is null)
        {
            return;
        }

        try
        {
            TextProgress.Run(context, progress => benchmark.AnalyzeText(textOptions, progress, context.CancellationToken));
        }
        catch (TextModelException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>
    /// The exit code and the message for a failure. Environment faults (a damaged store, a full disk, a path that cannot
    /// be written) are recognised wherever they surface, so a scheduler gets a code it can act on rather than "a bug".
    /// </summary>
    internal static (int Code, string Message) Classify(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            (ExitCodes.Cancelled, "Cancelled. The file being ingested was rolled back; files finished before it stay stored."),
        StoreException { Corrupt: true } => (ExitCodes.StoreCorrupt, e.Message),
        OutputNotWritableException when StoreFaults.IsDiskFull(e) => (ExitCodes.DiskFull, e.Message),
        OutputNotWritableException => (ExitCodes.NotWritable, e.Message),
        UsageException => (ExitCodes.Usage, e.Message),
        RegistryException => (ExitCodes.Usage, e.Message),
        ArgumentException argument => (ExitCodes.Usage, WithoutParameterName(argument)),
        InputFileException => (ExitCodes.InputRejected, e.Message),
        StoreException { InUse: true } => (ExitCodes.StoreBusy, e.Message),
        _ when StoreFaults.Corruption(e) is { } corruption =>
            (ExitCodes.StoreCorrupt, $"The store is damaged: {FirstLine(corruption.Message)}. {StoreFaults.CorruptionFix}"),
        _ when StoreFaults.IsDiskFull(e) =>
            (ExitCodes.DiskFull, $"The disk is full ({FirstLine(e.Message)}). The step that was writing was rolled back: an ingest stores nothing of the interrupted file, reports keep their previous versions. Free space (the store's folder also holds <store>.tmp while DuckDB spills), then rerun."),
        _ when StoreFaults.OutOfMemory(e) is { } memory =>
            (ExitCodes.Usage, $"DuckDB ran out of the memory it may use ({FirstLine(memory.Message)}). What it was writing was rolled back; what finished before stays stored. {StoreFaults.OutOfMemoryFix}"),
        _ when StoreFaults.IsNotWritable(e) =>
            (ExitCodes.NotWritable, $"Cannot write: {FirstLine(e.Message)}. Choose a writable --out or --store, or fix the folder's permissions, then rerun."),
        Reports.Output.ChromiumNotFoundException => (ExitCodes.Usage, e.Message),
        Reports.Output.ChromiumException => (ExitCodes.Usage, e.Message + " The HTML and Markdown reports were written."),
        StoreException => (ExitCodes.Store, e.Message),
        ClickHouseException => (ExitCodes.Store, e.Message),
        _ => (ExitCodes.Internal, $"{e.Message} ({e.GetType().Name}; this is a bug: rerun with --verbose and report the stack trace)"),
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    /// <summary>The message of an <see cref="ArgumentException"/> without the " (Parameter 'x')" suffix .NET appends.</summary>
    private static string WithoutParameterName(ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        return suffix is not null && e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
