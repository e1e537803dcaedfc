using System.Net;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;

namespace Benchmarking.Engine.Pull;

/// <summary>
/// Runs a pull: for each selected brand and platform, fetches and lands the pages (the platform client), then ingests
/// the landed pages through the warehouse as one source and saves the endpoints' checkpoints in the same transaction.
/// A failed request is recorded and the pull goes on; Ctrl-C ingests what was landed for the brand in progress (without
/// advancing its checkpoints) and stops.
/// </summary>
internal sealed class Puller(ICareStore store, BrandRegistry registry, TimeProvider time)
{
    private static readonly Platform[] AllPlatforms = [Platform.Twitter, Platform.Mastodon, Platform.Bluesky];

    public PullReport Run(PullOptions options, PullCredentials credentials, IngestOptions ingestOptions, IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        var work = Plan(options);
        var lander = new PageLander(options.LandingDirectory, time);
        var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("CareBench/1.0 (public social-care benchmark)");
        var http = new PullHttp(client, options, credentials, time);
        var bluesky = new BlueskyClient();
        var summaries = new List<PullSummary>();
        var rejects = ingestOptions with { RejectsDirectory = Path.Combine(ingestOptions.RejectsDirectory, "pulls", Path.GetFileName(lander.RunFolder)) };
        for (var step = 0; step < work.Count; step++)
        {
            var (brand, handle) = work[step];
            var platform = handle.Platform;
            var index = step + 1;
            progress?.Report(new PullProgress(brand.Id, platform, string.Empty, 0, index, work.Count, false));
            var session = new PullSession(http, lander, options, credentials, time, brand, handle, store.Checkpoints(brand.Id, platform.ToName()),
                (endpoint, pages) => progress?.Report(new PullProgress(brand.Id, platform, endpoint, pages, index, work.Count, false)));
            var interrupted = false;
            try
            {
                var pull = platform switch
                {
                    Platform.Mastodon => MastodonClient.PullAsync(session, cancellationToken),
                    Platform.Bluesky => bluesky.PullAsync(session, cancellationToken),
                    _ => XClient.PullAsync(session, cancellationToken),
                };
                pull.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }

            var folder = lander.Folder(platform, brand.Id);
            IngestSummary? ingest = null;
            var saved = interrupted ? [] : session.NewCheckpoints;
            var platformRejects = rejects with { RejectsDirectory = Path.Combine(rejects.RejectsDirectory, platform.ToName()) };
            if (session.Pages.Any(p => p.HoldsPosts))
            {
                var source = Source(platform, folder, session.Pages, handle);
                ingest = store.Ingest(source, platformRejects, time, null, CancellationToken.None, checkpoints: saved);
            }
            else if (saved.Count > 0)
            {
                store.SaveCheckpoints(saved, time.GetUtcNow());
            }

            summaries.Add(new PullSummary(brand.Id, platform, handle.Handle, folder, session.Pages.Count, ingest, saved, session.Issues.ToList(), session.Truncated, interrupted, session.TransientFailures)
            {
                CredentialFailures = session.CredentialFailures,
            });
            progress?.Report(new PullProgress(brand.Id, platform, string.Empty, session.Pages.Count, index, work.Count, true));
            if (interrupted)
            {
                return new PullReport(lander.RunFolder, summaries, http.Requests, http.Retries, Cancelled: true);
            }
        }

        return new PullReport(lander.RunFolder, summaries, http.Requests, http.Retries, Cancelled: false);
    }

    /// <summary>Brand × handle pairs to pull, in registry order then X, Mastodon, Bluesky.</summary>
    /// <exception cref="ArgumentException">An unknown brand id, or nothing to pull.</exception>
    private List<(Brand Brand, BrandHandle Handle)> Plan(PullOptions options)
    {
        var platforms = options.Platforms.Count > 0 ? options.Platforms : AllPlatforms;
        var brands = options.Brands.Count > 0 ? options.Brands.Select(registry.Resolve).DistinctBy(b => b.Id).ToList() : registry.Brands;
        var work = new List<(Brand, BrandHandle)>();
        foreach (var brand in brands)
        {
            foreach (var platform in AllPlatforms.Where(platforms.Contains))
            {
                work.AddRange(brand.Handles.Where(h => h.Platform == platform).Select(h => (brand, h)));
            }
        }

        if (work.Count == 0)
        {
            throw new ArgumentException(
                $"Nothing to pull: no selected brand has a handle on {string.Join(" or ", platforms.Select(p => p.ToName()))} in the registry. Add handles (e.g. \"mastodon\": [\"brand@instance.social\"], \"bluesky\": [\"brand.bsky.social\"]) to the brand registry.");
        }

        return work;
    }

    private IPostSource Source(Platform platform, string folder, IReadOnlyList<LandedPage> pages, BrandHandle handle) => platform switch
    {
        Platform.Mastodon => new PulledPostSource(folder, "mastodon-api", "id", pages,
            (page, root, next, _) => MastodonPages.Read(page, root, next, registry, Instance(handle.Handle))),
        Platform.Bluesky => new PulledPostSource(folder, "bluesky-api", "uri", pages,
            (page, root, next, _) => BlueskyPages.Read(page, root, next, registry)),
        _ => new PulledPostSource(folder, XApiJsonReader.FormatName, "id", pages,
            (page, root, next, errors) => XApiPage.Read(root, page.File, 1, string.Empty, registry, next, errors)),
    };

    private static string Instance(string handle)
    {
        var h = handle.Trim().TrimStart('@');
        var at = h.IndexOf('@', StringComparison.Ordinal);
        return at >= 0 ? h[(at + 1)..] : h;
    }
}
