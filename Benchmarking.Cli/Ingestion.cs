using System.Globalization;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Pipeline;
using Spectre.Console;

namespace Benchmarking.Cli;

/// <summary>Ingests input files one by one, rendering progress and printing each file's accounting. Shared by <c>run</c> and <c>ingest</c>.</summary>
internal static class Ingestion
{
    /// <summary>The shipped sample <c>run</c> ingests when given no files, relative to the current directory.</summary>
    public const string SampleFile = "data/twcs-sample.csv";

    /// <summary>Resolves the input paths and checks each is an existing file, before anything touches the store.</summary>
    /// <exception cref="InputFileException">A file does not exist or is a folder.</exception>
    public static IReadOnlyList<string> ResolveInputs(CliContext context, IReadOnlyList<string> files)
    {
        var resolved = new List<string>();
        foreach (var file in files)
        {
            var path = context.ResolvePath(file);
            if (Directory.Exists(path))
            {
                throw new InputFileException(path, null, "is a folder, not a file", "Pass the CSV files inside it, e.g. carebench ingest folder/*.csv.");
            }

            if (!File.Exists(path))
            {
                throw new InputFileException(path, null, "the file does not exist", $"Check the path; relative paths are resolved against the current directory ({context.WorkingDirectory}).");
            }

            resolved.Add(path);
        }

        return resolved;
    }

    /// <summary>The shipped sample, or a clear error when it is not there.</summary>
    /// <exception cref="InputFileException">The sample is missing.</exception>
    public static string Sample(CliContext context)
    {
        var path = context.ResolveShipped(SampleFile, isDefault: true);
        if (!File.Exists(path))
        {
            throw new InputFileException(path, null, "no input files were given and the shipped sample is not there",
                "Run from the repository root, or pass the files to ingest: carebench run <file.csv>...");
        }

        return path;
    }

    /// <summary>Ingests every file in order, printing the accounting of each as soon as it is done.</summary>
    public static IReadOnlyList<IngestSummary> IngestAll(CliContext context, CareBenchmark benchmark, IReadOnlyList<string> files, IngestOptions options)
    {
        var printer = new ResultPrinter(context);
        var summaries = new List<IngestSummary>();
        context.Out.WriteLine($"Ingesting {Formats.Count(files.Count)} file(s) into {context.Shown(benchmark.StorePath)}");
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            IngestSummary summary;
            try
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                summary = context.Interactive
                    ? IngestWithProgressBar(context, benchmark, file, options)
                    : benchmark.Ingest(file, options, new PlainProgress(context.Out, context.Time), context.CancellationToken);
            }
            catch when (i + 1 < files.Count)
            {
                // The error names the file that failed; say which files after it were not ingested at all.
                var skipped = files.Skip(i + 1).Select(f => ControlCharacters.Escape(f)).ToList();
                context.Out.Flush();
                context.Error.WriteLine($"Not ingested: {ControlCharacters.Escape(file)} (rolled back) and the {Formats.Count(skipped.Count)} file(s) after it: {string.Join(", ", skipped)}. The {Formats.Count(i)} file(s) before it stay stored.");
                throw;
            }

            summaries.Add(summary);
            printer.PrintIngest(summary);
        }

        return summaries;
    }

    private static IngestSummary IngestWithProgressBar(CliContext context, CareBenchmark benchmark, string file, IngestOptions options)
    {
        IngestSummary? summary = null;
        context.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: Math.Max(1, new FileInfo(file).Length));
                var started = context.Time.GetTimestamp();
                var report = new SyncProgress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalBytes);
                    task.Value = Math.Min(p.BytesRead, task.MaxValue);
                    var seconds = context.Time.GetElapsedTime(started).TotalSeconds;
                    var rate = seconds > 0 ? string.Create(CultureInfo.InvariantCulture, $", {p.Rows / seconds:0} rows/s") : string.Empty;
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)} ({p.Rows} rows{rate})"));
                });
                summary = benchmark.Ingest(file, options, report, context.CancellationToken);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
