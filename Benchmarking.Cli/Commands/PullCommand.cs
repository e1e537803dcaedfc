using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Pull;
using Spectre.Console;

namespace Benchmarking.Cli.Commands;

/// <summary>
/// <c>carebench pull --since … [--brand …] [--platform …]</c>: pull public mentions and replies of the registry's brands
/// from Mastodon, Bluesky and the X API, land the raw pages under <c>&lt;out&gt;/pulls</c> and ingest them into the store.
/// Secrets come only from environment variables (see <c>docs/pulls.md</c>).
/// </summary>
internal static class PullCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var since = new Option<DateTimeOffset?>("--since")
        {
            Description = "Earliest post time of a first pull: ISO 8601 date or date-time, UTC unless an offset is given. Later pulls continue from the stored checkpoints.",
            Required = true,
            CustomParser = CommonOptions.ParseDate,
            HelpName = "date",
        };
        var brands = new Option<string[]>("--brand")
        {
            Description = "Brand to pull (id, handle or name; repeatable). Default: every brand with a handle on the selected platforms.",
            HelpName = "brand",
            AllowMultipleArgumentsPerToken = false,
        };
        var platforms = new Option<string[]>("--platform")
        {
            Description = "Platform to pull (repeatable): twitter (X API v2, needs CAREBENCH_X_BEARER_TOKEN), mastodon or bluesky. Default: all three.",
            HelpName = "twitter|mastodon|bluesky",
        };
        platforms.AcceptOnlyFromAmong("twitter", "x", "mastodon", "bluesky");
        var maxPages = new Option<int>("--max-pages")
        {
            Description = "Pages fetched at most per endpoint and brand in one run; a longer backlog continues on the next run.",
            DefaultValueFactory = _ => new PullOptions().MaxPages,
            HelpName = "count",
        };
        var maxThreads = new Option<int>("--max-threads")
        {
            Description = "Threads (Mastodon contexts, Bluesky post threads) fetched at most per brand and platform in one run.",
            DefaultValueFactory = _ => new PullOptions().MaxThreads,
            HelpName = "count",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one request may take before it counts as hung and is retried.",
            DefaultValueFactory = _ => new PullOptions().RequestTimeout.TotalSeconds,
            HelpName = "seconds",
        };
        var mastodonSearch = new Option<bool>("--mastodon-search")
        {
            Description = "Also search each brand's Mastodon instance for posts mentioning it (many instances allow this only with CAREBENCH_MASTODON_TOKEN).",
        };
        var mastodonUrl = new Option<string?>("--mastodon-url") { Description = "Send every Mastodon request to this base URL instead of the instance in each handle (a proxy or a test server).", HelpName = "url" };
        var blueskyUrl = new Option<string?>("--bluesky-url") { Description = $"Bluesky AppView base URL for feeds and threads (default {new PullOptions().BlueskyBaseUrl}).", HelpName = "url" };
        var blueskyLoginUrl = new Option<string?>("--bluesky-login-url") { Description = $"Bluesky PDS base URL for the login and the mention search (default {new PullOptions().BlueskyLoginBaseUrl}).", HelpName = "url" };
        var xUrl = new Option<string?>("--x-url") { Description = $"X API base URL (default {new PullOptions().XBaseUrl}).", HelpName = "url" };
        var command = new Command("pull", "Pull public brand mentions and replies from Mastodon, Bluesky and X, land the raw API pages under <out>/pulls and ingest them (incremental: reruns fetch only what is new).")
        {
            since, brands, platforms, options.Store, options.Out, maxPages, maxThreads, timeout, mastodonSearch, mastodonUrl, blueskyUrl, blueskyLoginUrl, xUrl,
        };
        command.SetAction(parse => CommandRunner.Run(context, parse, options, () =>
        {
            var registry = options.LoadRegistry(parse, context);
            var ingestOptions = new Engine.Ingest.IngestOptions { RejectsDirectory = Path.Combine(options.OutDirectory(parse, context), "rejects") };
            var selected = (parse.GetValue(platforms) ?? []).Select(p => PlatformNames.TryParse(p, out var platform) ? platform : Platform.Twitter).Distinct().ToList();
            var pullOptions = new PullOptions
            {
                Since = parse.GetValue(since) ?? default,
                Brands = parse.GetValue(brands) ?? [],
                Platforms = selected,
                LandingDirectory = Path.Combine(options.OutDirectory(parse, context), "pulls"),
                MaxPages = parse.GetValue(maxPages),
                MaxThreads = parse.GetValue(maxThreads),
                RequestTimeout = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(timeout))),
                MastodonSearch = parse.GetValue(mastodonSearch),
                MastodonBaseUrl = Url(parse, mastodonUrl),
                BlueskyBaseUrl = Url(parse, blueskyUrl) ?? new PullOptions().BlueskyBaseUrl,
                BlueskyLoginBaseUrl = Url(parse, blueskyLoginUrl) ?? new PullOptions().BlueskyLoginBaseUrl,
                XBaseUrl = Url(parse, xUrl) ?? new PullOptions().XBaseUrl,
            };
            if (pullOptions.Validate() is { Count: > 0 } problems)
            {
                throw new UsageException("Invalid options: " + string.Join("; ", problems) + ".");
            }

            var credentials = PullCredentials.FromEnvironment(Environment.GetEnvironmentVariable);
            using var benchmark = CommandRunner.OpenBenchmark(context, options.StorePath(parse, context), registry, mustExist: false);
            context.Out.WriteLine($"Pulling into {context.Shown(benchmark.StorePath)} ({credentials})");
            var report = context.Interactive
                ? PullWithProgressBars(context, benchmark, pullOptions, credentials, ingestOptions)
                : benchmark.Pull(pullOptions, credentials, ingestOptions, new SyncProgress<PullProgress>(p => PrintPlain(context, p)), context.CancellationToken);
            Print(context, report);
            return ExitCode(report);
        }));
        return command;
    }

    /// <summary>
    /// What a scheduler should do next: 130 when cancelled, 77 when credentials were refused (HTTP 401: a person must
    /// renew them, a retry cannot help), 75 (retry later) when a request failed transiently, 4 when an endpoint was
    /// skipped or bounded (partial data), otherwise 0. Rejected records (e.g. deleted posts) are normal.
    /// </summary>
    internal static int ExitCode(PullReport report) =>
        report.Cancelled ? ExitCodes.Cancelled
        : report.CredentialFailures > 0 ? ExitCodes.CredentialsRefused
        : report.TransientFailures > 0 ? ExitCodes.RetryableFetch
        : report.Issues > 0 ? ExitCodes.PartialData
        : ExitCodes.Ok;

    private static Uri? Url(ParseResult parse, Option<string?> option)
    {
        var text = parse.GetValue(option);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url)
            ? url
            : throw new UsageException($"{option.Name}: '{text}' is not an absolute URL; use e.g. https://mastodon.social/.");
    }

    private static void PrintPlain(CliContext context, PullProgress progress)
    {
        if (progress.Done)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{progress.Step}/{progress.Steps}] {progress.BrandId} on {progress.Platform.ToName()}: {progress.Pages} page(s) landed"));
        }
    }

    private static PullReport PullWithProgressBars(CliContext context, Engine.Pipeline.CareBenchmark benchmark, PullOptions options, PullCredentials credentials, Engine.Ingest.IngestOptions ingestOptions)
    {
        PullReport? report = null;
        context.Console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(bars =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var sink = new SyncProgress<PullProgress>(p =>
                {
                    var key = $"{p.BrandId}/{p.Platform.ToName()}";
                    if (!tasks.TryGetValue(key, out var task))
                    {
                        task = bars.AddTask(Markup.Escape(key), maxValue: 1);
                        task.IsIndeterminate = true;
                        tasks[key] = task;
                    }

                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{key}: {p.Pages} page(s){(p.Endpoint.Length > 0 ? ", " + p.Endpoint : string.Empty)}"));
                    if (p.Done)
                    {
                        task.IsIndeterminate = false;
                        task.Value = 1;
                    }
                });
                report = benchmark.Pull(options, credentials, ingestOptions, sink, context.CancellationToken);
            });
        return report!;
    }

    private static void Print(CliContext context, PullReport report)
    {
        var printer = new ResultPrinter(context);
        foreach (var summary in report.Summaries)
        {
            context.Out.WriteLine($"{summary.BrandId} on {summary.Platform.ToName()} ({summary.Handle}): {Formats.Count(summary.Pages)} page(s) landed in {summary.Folder}");
            if (summary.Ingest is { } ingest)
            {
                printer.PrintIngest(ingest);
            }

            foreach (var issue in summary.Issues)
            {
                context.Out.WriteLine($"  skipped: {issue}");
            }

            if (summary.Interrupted)
            {
                context.Out.WriteLine("  interrupted: the pages landed so far were ingested; the checkpoints were not advanced, so the next run resumes here.");
            }
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Pulled {report.Summaries.Count} brand × platform pull(s): {report.Requests} request(s), {report.Retries} retried; read {report.Read} = new {report.NewPosts} + already stored + rejected {report.Rejected}{(report.ApiErrors > 0 ? $"; {report.ApiErrors} API error entries (not posts)" : string.Empty)}; {report.Issues} skipped or failed request(s). Landed pages: {report.RunFolder}"));
        if (report.Cancelled)
        {
            context.Error.WriteLine("Error: Cancelled. Finished brands and their checkpoints are stored; rerun the same command to resume.");
        }
    }
}
