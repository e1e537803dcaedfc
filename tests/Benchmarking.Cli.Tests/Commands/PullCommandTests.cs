using Benchmarking.Cli.Commands;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Pull;
using Benchmarking.Cli.Tests.Support;
using Benchmarking.Engine.Tests.Pull;
using Benchmarking.Engine.Tests.Support;

namespace Benchmarking.Cli.Tests.Commands;

/// <summary>
/// <c>carebench pull</c> against fake Mastodon, Bluesky and X servers on loopback, then <c>carebench rank</c> on the
/// store it filled. The secrets are set as environment variables for the duration of each test (this class is the only
/// user of those variables, and its tests do not run in parallel with each other).
/// </summary>
public sealed class PullCommandTests : IDisposable
{
    private const string Token = "xtok-CLI-SECRET-91d2";
    private const string Login = "cli-test.bsky.social";
    private const string Password = "bsky-CLI-SECRET-e3f0";

    private static readonly string[] Variables = ["CAREBENCH_X_BEARER_TOKEN", "CAREBENCH_BLUESKY_HANDLE", "CAREBENCH_BLUESKY_APP_PASSWORD"];
    private readonly Dictionary<string, string?> saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly TempDirectory temp = new();
    private readonly FakeApiServer mastodon;
    private readonly FakeApiServer bluesky;
    private readonly FakeApiServer x;
    private readonly FaultPlan faults = new();

    public PullCommandTests()
    {
        var world = PullWorld.Create();
        mastodon = new FakeApiServer(new FakeMastodon(world, faults).Handle);
        bluesky = new FakeApiServer(new FakeBluesky(world, faults, Login, Password).Handle);
        x = new FakeApiServer(new FakeX(world, faults, Token).Handle);
        Environment.SetEnvironmentVariable("CAREBENCH_X_BEARER_TOKEN", Token);
        Environment.SetEnvironmentVariable("CAREBENCH_BLUESKY_HANDLE", Login);
        Environment.SetEnvironmentVariable("CAREBENCH_BLUESKY_APP_PASSWORD", Password);
        File.WriteAllText(temp.Combine("brands.json"), """
            {
              "industries": ["retail"],
              "brands": [
                { "id": "acme", "name": "Acme", "industry": "retail",
                  "handles": { "twitter": ["acme"], "mastodon": ["acme@social.example"], "bluesky": ["acme.bsky.social"] } },
                { "id": "globex", "name": "Globex", "industry": "retail",
                  "handles": { "twitter": ["globex"], "mastodon": ["globex@social.example"], "bluesky": ["globex.bsky.social"] } }
              ]
            }
            """);
    }

    public static TheoryData<string> Platforms => new() { "twitter", "mastodon", "bluesky" };

    [Theory]
    [MemberData(nameof(Platforms))]
    public void Pull_then_rank_works_for_each_platform(string platform)
    {
        var pull = Pull("--platform", platform);

        Assert.True(pull.ExitCode == ExitCodes.Ok, pull.Error);
        Assert.Equal(string.Empty, pull.Error);
        Assert.Contains($"acme on {platform} (", pull.Out, StringComparison.Ordinal);
        Assert.Contains("Pulled 2 brand × platform pull(s)", pull.Out, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(temp.Combine("out", "pulls"), "*.json", SearchOption.AllDirectories).Any());

        var rank = Rank();

        Assert.Equal(ExitCodes.Ok, rank.ExitCode);
        Assert.Equal(string.Empty, rank.Error);
        Assert.Contains("Acme", rank.Out, StringComparison.Ordinal);
        Assert.Contains("Globex", rank.Out, StringComparison.Ordinal);
        Assert.Contains("retail: 2 ranked, 0 with not enough data", rank.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_of_all_platforms_is_incremental_and_never_prints_a_secret()
    {
        var first = Pull();
        var second = Pull();

        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        Assert.Contains("Pulled 6 brand × platform pull(s)", first.Out, StringComparison.Ordinal);
        Assert.Contains("X token: set, Bluesky login: set", first.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("new 0 + already stored", second.Out, StringComparison.Ordinal);
        foreach (var text in new[] { first.Out, first.Error, second.Out, second.Error })
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        }

        var rank = Rank();
        Assert.Equal(ExitCodes.Ok, rank.ExitCode);
        Assert.Contains("Acme", rank.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_with_an_unexpected_answer_makes_the_exit_code_partial_data()
    {
        faults.Add("mastodon:statuses:globex", FakeResponse.Json("""{"error":"not a list"}"""));

        var pull = Pull("--platform", "mastodon");

        Assert.Equal(ExitCodes.PartialData, pull.ExitCode);
        Assert.Contains("skipped: mastodon", pull.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_credentials_exit_77_not_partial_data_and_an_echoed_token_never_reaches_a_landed_page()
    {
        faults.Add("x:mentions:acme", new FakeResponse(401, """{"title":"Unauthorized","type":"about:blank","status":401}"""));
        faults.Add("x:replies:acme", FakeResponse.Json($$"""{"meta":{"result_count":0},"echo":"Authorization: Bearer {{Token}}"}"""));

        var pull = Pull("--platform", "twitter");

        Assert.Equal(ExitCodes.CredentialsRefused, pull.ExitCode);
        Assert.Contains("HTTP 401 Unauthorized", pull.Out, StringComparison.Ordinal);
        var pages = Directory.EnumerateFiles(temp.Combine("out", "pulls"), "*.json", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain(Token, File.ReadAllText(page), StringComparison.Ordinal));
        Assert.Contains(pages, page => File.ReadAllText(page).Contains("Bearer ***", StringComparison.Ordinal));
    }

    [Fact]
    public void Exit_code_says_retry_later_when_a_request_failed_transiently()
    {
        PullSummary Summary(int issues, int transient) => new("acme", Platform.Mastodon, "acme@social.example", "f", 1, null, [],
            Enumerable.Repeat("mastodon /api/v1/x: HTTP 503", issues).ToList(), false, false, transient);

        Assert.Equal(ExitCodes.Ok, PullCommand.ExitCode(new PullReport("r", [Summary(0, 0)], 1, 0, false)));
        Assert.Equal(ExitCodes.PartialData, PullCommand.ExitCode(new PullReport("r", [Summary(1, 0)], 1, 0, false)));
        Assert.Equal(ExitCodes.RetryableFetch, PullCommand.ExitCode(new PullReport("r", [Summary(0, 0), Summary(1, 1)], 2, 4, false)));
        Assert.Equal(ExitCodes.Cancelled, PullCommand.ExitCode(new PullReport("r", [Summary(1, 1)], 2, 4, true)));
        Assert.Equal(ExitCodes.CredentialsRefused, PullCommand.ExitCode(new PullReport("r", [Summary(1, 1) with { CredentialFailures = 1 }], 2, 4, false)));
    }

    [Fact]
    public void Since_is_required()
    {
        var result = Carebench.RunIn(temp.Path, "pull", "--brands", "brands.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--since", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        mastodon.Dispose();
        bluesky.Dispose();
        x.Dispose();
        temp.Dispose();
    }

    private CliResult Pull(params string[] extra) => Carebench.RunIn(temp.Path,
    [
        "pull", "--since", "2024-01-09", "--brands", "brands.json", "--mastodon-search", "--timeout", "10",
        "--mastodon-url", mastodon.BaseUrl.AbsoluteUri, "--bluesky-url", bluesky.BaseUrl.AbsoluteUri,
        "--bluesky-login-url", bluesky.BaseUrl.AbsoluteUri, "--x-url", x.BaseUrl.AbsoluteUri, .. extra,
    ]);

    private CliResult Rank() => Carebench.RunIn(temp.Path, "rank", "--brands", "brands.json", "--min-mentions", "1", "--bootstrap", "0");
}
