using System.Globalization;
using System.Text;
using Benchmarking.Engine.Domain;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Tests.Support;
using CsvHelper;
using CsvHelper.Configuration;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// Golden figures from outside the project: the per-brand n / median / mean / p90 (numpy linear) of every brand reply in
/// the first 100,000 TWCS rows, published with the 44,488 (customer tweet, brand reply) pairs they were computed from
/// (<c>../shared/data/twcs-response-pairs-100k-head</c>). The pairs are turned back into a TWCS file, ingested by the
/// engine, and <c>CareBenchmark.ReplyLatencies</c> must reproduce the table for all 105 brands.
/// </summary>
public sealed class PublishedResponseTimesTests : IDisposable
{
    private const string Folder = "twcs-response-pairs-100k-head";

    private readonly TempDir temp = new();

    [Fact]
    public void Engine_reproduces_the_published_table_for_every_brand()
    {
        var registry = BrandRegistry.Load(TestPaths.BrandsJson);
        var pairs = ReadCsv(TestPaths.SharedData(Folder, "response_pairs_sample.csv"));
        var published = ReadCsv(TestPaths.SharedData(Folder, "response_time_by_author_sample.csv"));
        var file = temp.File("pairs-as-twcs.csv");
        File.WriteAllText(file, ToTwcs(pairs), new UTF8Encoding(false));

        using var engine = new EngineRun(registry, file);
        var latencies = engine.Benchmark.ReplyLatencies().ToDictionary(l => l.BrandId, l => l.Stats, StringComparer.Ordinal);

        Assert.Equal(44_488, pairs.Count);
        Assert.Equal(105, published.Count);
        Assert.Equal(0, engine.Ingests[0].Rejected);
        var brandIds = published.Select(row => BrandOf(registry, row["agent_id"])).ToList();
        Assert.Equal(105, brandIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(brandIds.Order(StringComparer.Ordinal), latencies.Keys.Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var (row, brandId) in published.Zip(brandIds))
        {
            var stats = latencies[brandId];
            var agent = row["agent_id"];
            if (stats.Count != long.Parse(row["n_responses"], CultureInfo.InvariantCulture))
            {
                problems.Add($"{agent}: n published {row["n_responses"]}, engine {stats.Count}");
            }

            Check(problems, agent, "median", row["median_sec"], stats.MedianSeconds);
            Check(problems, agent, "mean", row["mean_sec"], stats.MeanSeconds);
            Check(problems, agent, "p90", row["p90_sec"], stats.P90Seconds);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of 420 published figures differ:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_pairs_rebuild_the_published_table_on_their_own()
    {
        // The golden table is consistent with its pairs under type-7 quantiles: the reference statistics of
        // response_time_seconds, grouped by agent, give the same figures. So a mismatch above is the engine's.
        var pairs = ReadCsv(TestPaths.SharedData(Folder, "response_pairs_sample.csv"));
        var published = ReadCsv(TestPaths.SharedData(Folder, "response_time_by_author_sample.csv"));
        var byAgent = pairs.GroupBy(p => p["agent_id"], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ReferenceMetrics.Stats(g.Select(p => double.Parse(p["response_time_seconds"], CultureInfo.InvariantCulture)).ToArray()), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var row in published)
        {
            var stats = byAgent[row["agent_id"]];
            Check(problems, row["agent_id"], "median", row["median_sec"], stats.MedianSeconds);
            Check(problems, row["agent_id"], "mean", row["mean_sec"], stats.MeanSeconds);
            Check(problems, row["agent_id"], "p90", row["p90_sec"], stats.P90Seconds);
        }

        Assert.Empty(problems);
        Assert.Equal(published.Count, byAgent.Count);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Within 1e-9 relative, or 1e-6 s absolute (the table prints 17 significant digits at most).</summary>
    private static void Check(List<string> problems, string agent, string field, string publishedText, double? actual)
    {
        var expected = double.Parse(publishedText, CultureInfo.InvariantCulture);
        if (actual is not { } a || !(Math.Abs(a - expected) <= 1e-9 * Math.Abs(expected) || Math.Abs(a - expected) <= 1e-6))
        {
            problems.Add(FormattableString.Invariant($"{agent}: {field} published {publishedText}, engine {actual:R}"));
        }
    }

    private static string BrandOf(BrandRegistry registry, string agent) =>
        registry.FindByHandle(Platform.Twitter, agent)?.Id ?? throw new InvalidOperationException($"agent_id '{agent}' is not in data/brands.json");

    /// <summary>
    /// One inbound row per distinct customer tweet and one outbound row per reply (parent = the customer tweet), in the
    /// published TWCS layout with <c>Tue Oct 31 22:10:47 +0000 2017</c> timestamps.
    /// </summary>
    private static string ToTwcs(IReadOnlyList<Dictionary<string, string>> pairs)
    {
        var text = new StringBuilder("tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n");
        foreach (var customer in pairs.GroupBy(p => p["customer_tweet_id"], StringComparer.Ordinal))
        {
            var first = customer.First();
            var replies = string.Join(',', customer.Select(p => p["reply_tweet_id"]));
            text.Append(CultureInfo.InvariantCulture, $"{customer.Key},{first["customer_id"]},True,{Twcs(first["created_at_customer"])},@{first["agent_id"]} my order has not arrived,\"{replies}\",\n");
        }

        foreach (var pair in pairs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{pair["reply_tweet_id"]},{pair["agent_id"]},False,{Twcs(pair["created_at_reply"])},@{pair["customer_id"]} Sorry to hear that. Please DM us.,,{pair["customer_tweet_id"]}\n");
        }

        return text.ToString();
    }

    /// <summary><c>2017-10-31 22:08:27+00:00</c> → <c>Tue Oct 31 22:08:27 +0000 2017</c>.</summary>
    private static string Twcs(string iso) =>
        TwcsCsv.Time(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture));

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        parser.Read();
        var header = parser.Record!.Select(h => h.Trim()).ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read())
        {
            rows.Add(header.Zip(parser.Record!).ToDictionary(x => x.First, x => x.Second.TrimEnd('\r'), StringComparer.Ordinal));
        }

        return rows;
    }
}
