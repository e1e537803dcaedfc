using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Ingest;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pull;
using Benchmarking.Engine.Scoring;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Engine.Tests.Pull;

public sealed class PullTests
{
    private static readonly MetricsOptions Metrics = new();
    private static readonly ScoreOptions Scores = new() { MinimumMentions = 1, BootstrapResamples = 0 };

    /// <summary>Non-deleted world posts a platform's pull reaches: on X the announcements are neither mentions nor replies.</summary>
    private static int Reachable(PullWorld world, Platform platform) =>
        world.Posts.Count(p => !p.Deleted && (platform != Platform.Twitter || p.Mentions is not null || p.ParentId is not null));

    public sealed class FullPull
    {
        [Fact]
        public void Lands_ingests_and_accounts_for_every_platform_through_faults()
        {
            using var harness = new PullHarness();
            var world = harness.World;
            var acmeAnnouncement = world.Posts.Single(p => p.Brand == "acme" && p.ParentId is null);
            var globexReply = world.Posts.First(p => p.Brand == "globex" && p.ParentId is not null);
            var acmeReply = world.Posts.First(p => p.Brand == "acme" && p.ParentId is not null);
            harness.Faults
                .Add("mastodon:statuses:acme", new FakeResponse(429, """{"error":"Too many requests"}""", new Dictionary<string, string> { ["Retry-After"] = "2" }))
                .Add($"mastodon:context:{globexReply.Id}", new FakeResponse(500, """{"error":"Internal server error"}"""))
                .Add($"mastodon:context:{acmeReply.Id}", new FakeResponse(404, """{"error":"Record not found"}"""))
                .Add("x:replies:acme", new FakeResponse(200, string.Empty, Hang: true))
                .Add("x:mentions:globex", new FakeResponse(503, "<html>Service Unavailable</html>"))
                .Add($"bluesky:thread:{acmeAnnouncement.Id}", FakeResponse.Json("""{"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": """));

            var report = harness.Pull();

            Assert.False(report.Cancelled);
            Assert.Equal(6, report.Summaries.Count);
            foreach (var summary in report.Summaries)
            {
                var ingest = Assert.IsType<IngestSummary>(summary.Ingest);
                Assert.Equal(ingest.Read, ingest.Accepted + ingest.Rejected);
                Assert.Equal(ingest.Accepted, ingest.NewPosts + ingest.AlreadyStored + ingest.Edited);
                Assert.True(Directory.EnumerateFiles(summary.Folder, "*.json").Any());
            }

            // 429 honoured with its Retry-After; the 500, the 503 and the hung request retried.
            Assert.Contains(TimeSpan.FromSeconds(2), harness.Delays);
            Assert.True(report.Retries >= 4, $"retries {report.Retries}");
            Assert.True(harness.X.Requests.Count(r => r["query"] == "from:acme is:reply" && r["next_token"] is null) >= 2, "the hung first page was asked again");

            // Every reachable post stored once per platform; deleted posts counted as rejected, never stored.
            var rows = StoredPosts.Rows(harness.StorePath);
            foreach (var platform in new[] { Platform.Twitter, Platform.Mastodon, Platform.Bluesky })
            {
                Assert.Equal(Reachable(world, platform), rows.Count(r => r.StartsWith(platform.ToName() + "|", StringComparison.Ordinal)));
            }

            Assert.Equal(rows.Count, rows.Select(r => r.Split('|')[0] + r.Split('|')[1]).Distinct().Count());
            var x = report.Summaries.Where(s => s.Platform == Platform.Twitter).ToList();
            Assert.Equal(2, x.Sum(s => s.Ingest!.ApiErrors)); // X reports deleted posts as error entries: not records, so not rejected
            Assert.Equal(0, x.Sum(s => s.Ingest!.RejectedByReason.GetValueOrDefault(RejectReason.DeletedPost)));
            var bluesky = report.Summaries.Where(s => s.Platform == Platform.Bluesky).ToList();
            Assert.Equal(2, bluesky.Sum(s => s.Ingest!.RejectedByReason.GetValueOrDefault(RejectReason.DeletedPost))); // each brand's reply to the deleted mention: a notFoundPost parent
            Assert.Equal(1, bluesky.Sum(s => s.Ingest!.RejectedByReason.GetValueOrDefault(RejectReason.MalformedJson)));

            // The malformed page is named, the rest of the pull went on, and that brand's feed checkpoint was held back.
            var acmeBluesky = bluesky.Single(s => s.BrandId == "acme");
            Assert.Contains(acmeBluesky.Issues, i => i.StartsWith("bluesky app.bsky.feed.getPostThread: the answer is not valid JSON", StringComparison.Ordinal));
            Assert.DoesNotContain(acmeBluesky.Checkpoints, c => c.Endpoint == "author-feed");
            Assert.Contains(bluesky.Single(s => s.BrandId == "globex").Checkpoints, c => c.Endpoint == "author-feed");
            // A 404 (deleted status) is final: reported, and it does not hold the checkpoint back.
            var acmeMastodon = report.Summaries.Single(s => s.Platform == Platform.Mastodon && s.BrandId == "acme");
            Assert.Contains(acmeMastodon.Issues, i => i.StartsWith("mastodon /api/v1/statuses/{id}/context: HTTP 404 Not Found (Record not found): the account or post does not exist or was deleted", StringComparison.Ordinal));
            Assert.Contains(acmeMastodon.Checkpoints, c => c.Endpoint == "statuses");

            // The client clock that lies: the announcement is stored at indexedAt, not the createdAt a day later.
            Assert.Contains(rows, r => r.StartsWith($"bluesky|{FakeBluesky.Uri(acmeAnnouncement)}|", StringComparison.Ordinal)
                                       && r.Contains(acmeAnnouncement.CreatedAt.AddSeconds(1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

            // Audit trail: every landed page is listed in pages.jsonl.
            var landed = Directory.EnumerateFiles(report.RunFolder, "*.json", SearchOption.AllDirectories).Count();
            Assert.Equal(landed, File.ReadAllLines(Path.Combine(report.RunFolder, "pages.jsonl")).Length);
            Assert.Equal(report.Summaries.Sum(s => s.Pages), landed);
        }

        [Fact]
        public void Gives_the_metrics_of_the_conversations_on_all_three_platforms()
        {
            using var harness = new PullHarness();
            harness.Pull();

            using var benchmark = harness.Open();
            var result = benchmark.Evaluate(Metrics, Scores);
            var acme = result.AllBrands.Single(b => b.Brand.Id == "acme").Metrics;
            var globex = result.AllBrands.Single(b => b.Brand.Id == "globex").Metrics;

            // Per platform 6 top-level mentions + 1 reply to the announcement; Acme answers 4, Globex 2; the deleted mention is not in the data.
            Assert.Equal(21, acme.Mentions);
            Assert.Equal(12, acme.Answered);
            Assert.Equal(21, globex.Mentions);
            Assert.Equal(6, globex.Answered);
            Assert.Contains(result.Findings, f => f.RuleId == "orphan-replies" || f.Message.Contains("answer posts that are not in the data", StringComparison.Ordinal));
        }
    }

    public sealed class Incremental
    {
        [Fact]
        public void A_rerun_ingests_nothing_new_and_a_later_run_only_the_new_posts()
        {
            using var harness = new PullHarness();
            var first = harness.Pull();
            var afterFirst = StoredPosts.Rows(harness.StorePath);

            var second = harness.Pull();
            Assert.Equal(0, second.NewPosts);
            Assert.Equal(afterFirst, StoredPosts.Rows(harness.StorePath));
            Assert.True(second.Read < first.Read, $"second run read {second.Read} records, first {first.Read}");
            Assert.DoesNotContain(harness.X.Requests, r => r["since_id"] is not null && r["start_time"] is not null);

            harness.World.AddFollowUps(new DateTimeOffset(2024, 1, 12, 0, 0, 0, TimeSpan.Zero));
            var third = harness.Pull();
            Assert.Equal(12, third.NewPosts); // per platform and brand: the new mention and its answer
            Assert.Equal(afterFirst.Count + 12, StoredPosts.Rows(harness.StorePath).Count);

            var fourth = harness.Pull();
            Assert.Equal(0, fourth.NewPosts);
        }
    }

    public sealed class Resume
    {
        [Fact]
        public void An_interrupted_pull_resumes_without_gaps_or_duplicates()
        {
            using var reference = new PullHarness();
            reference.Pull();
            var expected = StoredPosts.Rows(reference.StorePath);
            var expectedCheckpoints = StoredPosts.Checkpoints(reference.StorePath);

            using var harness = new PullHarness();
            using var stop = new CancellationTokenSource();
            var progress = new SyncProgress<PullProgress>(p =>
            {
                if (p.Platform == Platform.Mastodon && p.BrandId == "acme" && p.Pages == 3)
                {
                    stop.Cancel();
                }
            });
            var interrupted = harness.Pull(progress: progress, cancellationToken: stop.Token);

            Assert.True(interrupted.Cancelled);
            var cut = interrupted.Summaries[^1];
            Assert.True(cut.Interrupted);
            Assert.Empty(cut.Checkpoints);
            Assert.True(cut.Ingest!.NewPosts > 0, "the pages landed before the stop are ingested");
            Assert.DoesNotContain(StoredPosts.Checkpoints(harness.StorePath), c => c.StartsWith("acme|mastodon|", StringComparison.Ordinal));

            var resumed = harness.Pull();

            Assert.False(resumed.Cancelled);
            Assert.Equal(expected, StoredPosts.Rows(harness.StorePath));
            Assert.Equal(expectedCheckpoints, StoredPosts.Checkpoints(harness.StorePath));
        }
    }

    public sealed class FileOrPull
    {
        [Fact]
        public void The_same_data_gives_the_same_metrics_by_x_pull_by_x_jsonl_file_and_by_twcs_file()
        {
            using var harness = new PullHarness();
            var report = harness.Pull(harness.Options(Platform.Twitter));
            Assert.All(report.Summaries, s => Assert.Empty(s.Issues));

            // The landed pages, concatenated as JSONL, are an X API v2 export.
            var jsonl = harness.Folder + "/export.jsonl";
            var pages = Directory.EnumerateFiles(report.RunFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            File.WriteAllLines(jsonl, pages.Select(File.ReadAllText), new UTF8Encoding(false));

            // The same conversations as a TWCS file.
            var csv = harness.Folder + "/export.csv";
            var rows = harness.World.Posts.Where(p => !p.Deleted && (p.Mentions is not null || p.ParentId is not null)).Select(p => TwcsCsv.Row(
                p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                author: p.Author,
                inbound: p.Brand is null ? "True" : "False",
                createdAt: TwcsCsv.Time(p.CreatedAt),
                text: p.Mentions is { } b ? $"@{b} {p.Body}" : p.Body,
                parent: p.ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)).ToArray();
            TwcsCsv.Write(csv, rows);

            var pulled = Evaluate(harness, harness.StorePath, null);
            var fromJsonl = Evaluate(harness, harness.Folder + "/jsonl.duckdb", jsonl);
            var fromCsv = Evaluate(harness, harness.Folder + "/csv.duckdb", csv);

            Assert.Equal(7, pulled[0].Mentions);
            Assert.Equal(pulled, fromJsonl);
            Assert.Equal(pulled, fromCsv);
        }

        private static List<BrandMetrics> Evaluate(PullHarness harness, string store, string? file)
        {
            using var benchmark = harness.Open(store);
            if (file is not null)
            {
                var summary = benchmark.Ingest(file, harness.IngestOptions);
                Assert.Equal(summary.Read, summary.Accepted + summary.Rejected);
            }

            return benchmark.Evaluate(Metrics, Scores).AllBrands.OrderBy(b => b.Brand.Id, StringComparer.Ordinal).Select(b => b.Metrics).ToList();
        }
    }

    public sealed class UnexpectedAnswers
    {
        [Fact]
        public void An_answer_of_the_wrong_shape_is_reported_by_platform_and_endpoint_and_the_pull_goes_on()
        {
            using var harness = new PullHarness();
            harness.Faults
                .Add("x:mentions:acme", FakeResponse.Json("""{"title":"Something else","items":[1,2,3]}"""))
                .Add("mastodon:statuses:globex", FakeResponse.Json("""{"error":"not a list"}"""));

            var report = harness.Pull();

            var issues = report.Summaries.SelectMany(s => s.Issues).ToList();
            Assert.Contains(issues, i => i.StartsWith("twitter /2/tweets/search/recent: unexpected answer (no \"meta\" object)", StringComparison.Ordinal));
            Assert.Contains(issues, i => i.StartsWith("mastodon /api/v1/accounts/{id}/statuses: unexpected answer", StringComparison.Ordinal));
            var mastodon = report.Summaries.Single(s => s.Platform == Platform.Mastodon && s.BrandId == "globex");
            Assert.Equal(1, mastodon.Ingest!.RejectedByReason.GetValueOrDefault(RejectReason.MalformedRecord)); // the odd page is counted
            Assert.DoesNotContain(mastodon.Checkpoints, c => c.Endpoint == "statuses");
            Assert.Contains(report.Summaries.Single(s => s.Platform == Platform.Twitter && s.BrandId == "acme").Checkpoints, c => c.Endpoint == "replies");
            Assert.True(report.NewPosts > 40, $"the rest of the pull went on ({report.NewPosts} new posts)");
        }
    }

    public sealed class Secrets
    {
        [Fact]
        public void Tokens_never_reach_landed_files_rejects_issues_or_the_store()
        {
            using var harness = new PullHarness();
            var report = harness.Pull();
            Assert.Contains(harness.X.Requests, r => r.Authorization == "Bearer " + PullHarness.XToken); // the token was used
            Assert.Contains(harness.Bluesky.Requests, r => r.Body.Contains(PullHarness.BlueskyPassword, StringComparison.Ordinal));

            // A refused token and a refused login: the failures are reported without the secrets.
            var wrong = new PullCredentials { XBearerToken = "xtok-WRONG-SECRET-0000", BlueskyHandle = PullHarness.BlueskyLogin, BlueskyAppPassword = "bsky-WRONG-SECRET-1111" };
            var refused = harness.Pull(credentials: wrong);
            Assert.Contains(refused.Summaries.SelectMany(s => s.Issues), i => i.StartsWith("twitter /2/tweets/search/recent: HTTP 401", StringComparison.Ordinal));
            Assert.Contains(refused.Summaries.SelectMany(s => s.Issues), i => i.StartsWith("bluesky com.atproto.server.createSession: HTTP 401", StringComparison.Ordinal));

            var secrets = new[] { PullHarness.XToken, PullHarness.BlueskyPassword, FakeBluesky.AccessJwt, wrong.XBearerToken!, wrong.BlueskyAppPassword! };
            var texts = new List<(string Where, string Text)>();
            foreach (var file in Directory.EnumerateFiles(harness.Folder, "*", SearchOption.AllDirectories))
            {
                texts.Add((file, Encoding.UTF8.GetString(File.ReadAllBytes(file))));
            }

            texts.AddRange(new[] { report, refused }.SelectMany(r => r.Summaries).SelectMany(s => s.Issues).Select(i => ("issue", i)));
            texts.Add(("credentials", harness.Credentials.ToString()));
            Assert.Contains(texts, t => t.Where.EndsWith("store.duckdb", StringComparison.Ordinal));
            foreach (var (where, text) in texts)
            {
                foreach (var secret in secrets)
                {
                    Assert.False(text.Contains(secret, StringComparison.Ordinal), $"a secret appears in {where}");
                }
            }
        }
    }

    public sealed class Options
    {
        [Fact]
        public void Validate_lists_every_problem()
        {
            var problems = new PullOptions { MaxPages = 0, MaxAttempts = 0, RequestTimeout = TimeSpan.Zero, XBaseUrl = new Uri("ftp://x.example/") }.Validate();

            Assert.Equal(5, problems.Count);
            Assert.Contains(problems, p => p.StartsWith("since must be set", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith("X base URL", StringComparison.Ordinal));
        }

        [Fact]
        public void A_brand_without_handles_on_the_platform_is_a_clear_error()
        {
            using var temp = new TempDir();
            using var benchmark = Engine.Pipeline.CareBenchmark.Open(temp.File("s.duckdb"), Registries.Shipped, FixedTime.Default);
            var error = Assert.Throws<ArgumentException>(() => _ = benchmark.Pull(new PullOptions { Since = PullWorld.Since, Platforms = [Platform.Bluesky], LandingDirectory = temp.File("p") }, new PullCredentials()));
            Assert.Contains("no selected brand has a handle on bluesky", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Missing_credentials_skip_with_a_note_naming_the_variable()
        {
            using var harness = new PullHarness();
            var report = harness.Pull(harness.Options(Platform.Twitter, Platform.Bluesky), credentials: new PullCredentials());

            var issues = report.Summaries.SelectMany(s => s.Issues).ToList();
            Assert.Contains(issues, i => i.Contains(PullCredentials.XBearerTokenVariable, StringComparison.Ordinal));
            Assert.Contains(issues, i => i.Contains(PullCredentials.BlueskyAppPasswordVariable, StringComparison.Ordinal));
            Assert.Empty(harness.X.Requests);
            Assert.True(report.NewPosts > 0, "Bluesky feeds and threads need no login");
        }
    }
}
