using Benchmarking.Engine.Conversations;
using Benchmarking.Engine.Metrics;
using Benchmarking.Engine.Pipeline;
using Benchmarking.Engine.Registry;
using Benchmarking.Engine.Store;
using Benchmarking.Engine.Text;

namespace Benchmarking.Engine.Tests.Support;

/// <summary>The stages the engine composes, run one at a time over a test's warehouse.</summary>
internal static class Stages
{
    /// <summary>The conversation facts of <paramref name="options"/>.</summary>
    public static ConversationFacts Facts(Warehouse warehouse, MetricsOptions options) =>
        new ConversationStage(DuckDbStore.Over(warehouse)).Facts(options);

    /// <summary>The metrics of <paramref name="options"/>, as <see cref="CareBenchmark.Evaluate"/> computes them.</summary>
    public static ComputedMetrics Metrics(Warehouse warehouse, MetricsOptions options, BrandRegistry? registry = null)
    {
        var store = DuckDbStore.Over(warehouse);
        var stage = new ConversationStage(store);
        var facts = stage.Facts(options);
        return MetricsCalculator.Compute(facts, store.CheckConversations(stage.SetOf(facts)), store.CountBrandPosts(facts.Scope), registry);
    }

    /// <summary>The text quality of every brand over the period of <paramref name="options"/>.</summary>
    public static IReadOnlyList<BrandQuality> Quality(Warehouse warehouse, MetricsOptions options, TextQualityOptions textOptions)
    {
        var store = DuckDbStore.Over(warehouse);
        var stage = new ConversationStage(store);
        var facts = stage.Facts(options);
        var set = stage.SetOf(facts);
        return TextQuality.Compute(store.ReadMentionTexts(set), store.ReadBrandReplies(set.Scope), store.ReadFollowUps(set), store.ReadPosts, BrandHandles(warehouse), textOptions);
    }

    /// <summary>The care score's text counts over the period of <paramref name="options"/>.</summary>
    public static IReadOnlyDictionary<string, ReplyTextCounts>? ReplyCounts(Warehouse warehouse, MetricsOptions options, TextQualityOptions textOptions)
    {
        var store = DuckDbStore.Over(warehouse);
        return TextQuality.ReplyCounts(store.ReadReplyTemplates(new ConversationStage(store).ScopeOf(options)), textOptions);
    }

    private static HashSet<string> BrandHandles(Warehouse warehouse)
    {
        var handles = new HashSet<string>(StringComparer.Ordinal);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT handle FROM brand_handles";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            handles.Add(reader.GetString(0));
        }

        return handles;
    }
}
