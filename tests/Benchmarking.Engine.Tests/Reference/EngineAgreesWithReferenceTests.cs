using Benchmarking.Engine.Metrics;

namespace Benchmarking.Engine.Tests.Reference;

/// <summary>
/// "Metrics are specifications": the engine's SQL and the independent reference implementation compute every field of
/// every brand identically on the real TWCS files, under default and non-default periods, windows and as-of times.
/// </summary>
public sealed class EngineAgreesWithReferenceTests(SharedDataSets data) : IClassFixture<SharedDataSets>
{
    public static readonly TheoryData<string, string> Cases = Cross(["defaults", "window-1h", "period", "period-window-1h-as-of", "window-15min-as-of-mid"]);

    [Theory]
    [MemberData(nameof(SharedDataSets.Names), MemberType = typeof(SharedDataSets))]
    public void Both_readers_account_for_the_same_rows(string name)
    {
        var (engine, reference) = data[name];
        var ingest = Assert.Single(engine.Ingests);

        Assert.Equal(reference.Rows, ingest.Read);
        Assert.Equal(reference.Skipped, ingest.Rejected);
        Assert.Equal(reference.Posts.Count, ingest.NewPosts);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Brand_metrics_agree_on_every_field(string name, string variant)
    {
        var (engine, reference) = data[name];
        var options = data.Options(name, variant);

        var expected = ReferenceMetrics.Compute(reference.Posts, data.Registry, options);
        var actual = engine.Metrics(options);

        Assert.NotEmpty(expected);
        Agreement.Equal(expected, actual, $"{name} / {variant}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reply_latencies_agree(string name, string variant)
    {
        var (engine, reference) = data[name];
        var options = data.Options(name, variant);

        var expected = ReferenceMetrics.ReplyLatencies(reference.Posts, data.Registry, options);
        var actual = engine.Benchmark.ReplyLatencies(options);

        Agreement.Equal(expected, actual, $"{name} / {variant}");
    }

    [Fact]
    public void The_variants_exercise_answered_pending_unanswered_and_the_period()
    {
        const string name = "twcs-head-5000";
        var posts = data[name].Reference.Posts;
        BrandMetrics[] Run(string variant) => ReferenceMetrics.Compute(posts, data.Registry, data.Options(name, variant)).ToArray();
        var all = Run("defaults");

        Assert.True(all.Sum(m => m.Answered) > 1000, "answered");
        Assert.True(Run("window-15min-as-of-mid").Sum(m => m.Pending) > 1000, "pending");
        Assert.True(Run("window-1h").Sum(m => m.Unanswered) > all.Sum(m => m.Unanswered), "a shorter window turns late answers into unanswered");
        Assert.True(Run("period").Sum(m => m.Mentions) < all.Sum(m => m.Mentions), "the period excludes mentions");
        Assert.Contains(all, m => m.FirstResponse.Count == 1);
    }

    private static TheoryData<string, string> Cross(string[] variants)
    {
        var data = new TheoryData<string, string>();
        foreach (var name in SharedDataSets.DataSetNames)
        {
            foreach (var variant in variants)
            {
                data.Add(name, variant);
            }
        }

        return data;
    }
}
